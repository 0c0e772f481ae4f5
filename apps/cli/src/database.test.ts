// End to end: the built `sysplugins` command moving database connections (Vault's upgrade procedure for
// database plugins), `mounts` and `drift` showing them, and the automatic rollback, against the real server.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ndjson, runCli } from "./test-support.js";

let f: Fixture;
let v1: string;
let v2: string;
beforeAll(async () => {
  f = await startFixture();
  v1 = await f.writePlugin("db-v1", "#!/bin/sh\n# db v1\n");
  v2 = await f.writePlugin("db-v2", "#!/bin/sh\n# db v2\n");
  await f.call("POST", "sys/plugins/catalog/database/my-db-plugin", {
    body: { sha256: v1, command: "db-v1", version: "v1.0.0" },
  });
  await f.call("POST", "sys/mounts/database", { body: { type: "database" } });
  for (const name of ["conn-a", "conn-b"]) {
    await f.call("POST", `database/config/${name}`, {
      body: {
        plugin_name: "my-db-plugin",
        connection_url: "postgres://{{username}}@db/x",
        verify_connection: false,
      },
    });
  }
});
afterAll(() => f.close());

const sysplugins = (...args: string[]) => runCli({ VAULT_ADDR: f.url, VAULT_TOKEN: f.token }, ...args);
const running = async (name: string) =>
  (await f.call("GET", `database/config/${name}`)).json.data.running_plugin_version;

describe("database plugins with the CLI", () => {
  it("mounts lists each connection with its versions", async () => {
    const r = await sysplugins("mounts", "-format=json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toContainEqual({
      type: "database",
      path: "database/config/conn-a",
      mountPath: "database/",
      connection: "conn-a",
      plugin: "my-db-plugin",
      configured: "v1.0.0",
      running: "v1.0.0",
      runningSha256: v1,
    });
    expect((await sysplugins("mounts")).stdout).toMatch(/database\/config\/conn-b\s+my-db-plugin\s+v1\.0\.0/);
  });

  it("upgrade registers v1.1.0, writes plugin_version on every connection and verifies them", async () => {
    const plan = await sysplugins(
      "upgrade",
      "-version=1.1.0",
      `-sha256=${v2}`,
      "-command=db-v2",
      "-dry-run",
      "database",
      "my-db-plugin",
    );
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain("write plugin_version on 2 connection(s); each restarts at once");
    expect(plan.stdout).toMatch(/database\/config\/conn-a\s+v1\.0\.0 -> v1\.1\.0/);

    const r = await sysplugins(
      "upgrade",
      "-version=1.1.0",
      `-sha256=${v2}`,
      "-command=db-v2",
      "database",
      "my-db-plugin",
    );
    expect(r.stdout).toContain("✓ registered v1.1.0");
    expect(r.stdout).toContain("✓ tuned database/config/conn-a to v1.1.0");
    expect(r.stdout).toMatch(/✓ database\/config\/conn-b runs v1\.1\.0/);
    expect(r.code).toBe(0);
    expect([await running("conn-a"), await running("conn-b")]).toEqual(["v1.1.0", "v1.1.0"]);
    // Omitted parameters kept their values.
    const c = (await f.call("GET", "database/config/conn-a")).json.data;
    expect([c.verify_connection, c.connection_details.connection_url]).toEqual([
      false,
      "postgres://{{username}}@db/x",
    ]);
  });

  it("downgrade of one connection with -mounts leaves the other alone", async () => {
    const r = await sysplugins(
      "downgrade",
      "-version=1.0.0",
      "-mounts=database/config/conn-b",
      "-format=json",
      "database",
      "my-db-plugin",
    );
    expect(r.code).toBe(0);
    const result = ndjson(r.stdout).at(-1);
    expect(result.ok).toBe(true);
    expect(result.mounts).toEqual([
      { path: "database/config/conn-b", running: "v1.0.0", runningSha256: v1, ok: true },
    ]);
    expect(await running("conn-a")).toBe("v1.1.0");
  });

  it("-pin moves the pin and reloads the connections; drift sees what a pin left behind", async () => {
    const r = await sysplugins("upgrade", "-version=1.1.0", "-pin", "database", "my-db-plugin");
    expect(r.code).toBe(0);
    expect([await running("conn-a"), await running("conn-b")]).toEqual(["v1.1.0", "v1.1.0"]);
    expect((await f.call("GET", "sys/plugins/pins/database/my-db-plugin")).json.data.version).toBe("v1.1.0");
    // conn-b is configured v1.0.0 but the pin runs v1.1.0: that is what a pin means, not drift.
    expect((await sysplugins("drift")).code).toBe(0);
    await f.call("DELETE", "sys/plugins/pins/database/my-db-plugin");
    const d = await sysplugins("drift", "-format=json");
    expect(d.code).toBe(2);
    expect(JSON.parse(d.stdout)).toEqual([
      {
        path: "database/config/conn-b",
        plugin: "my-db-plugin",
        expected: "v1.0.0",
        configured: "v1.0.0",
        pinned: null,
        running: "v1.1.0",
      },
    ]);
    expect((await sysplugins("drift")).stdout).toContain(
      "sysplugins reload -type=database -plugin=my-db-plugin",
    );
    expect((await sysplugins("reload", "-type=database", "-plugin=my-db-plugin")).code).toBe(0);
    expect((await sysplugins("drift")).code).toBe(0);
  });

  it("a version whose binary does not match is rolled back by itself: every connection runs what it ran", async () => {
    await writeFile(join(f.pluginDir, "db-v3"), "#!/bin/sh\n# db v3\n");
    const r = await sysplugins(
      "upgrade",
      "-version=1.2.0",
      `-sha256=${"ab".repeat(32)}`,
      "-command=db-v3",
      "database",
      "my-db-plugin",
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("checksums did not match");
    expect(r.stdout).toContain("Rolled back to the state before the upgrade");
    expect([await running("conn-a"), await running("conn-b")]).toEqual(["v1.1.0", "v1.0.0"]);
  });

  it("a re-registration with another SHA-256 is rolled back: the former entry first, then the connection's write", async () => {
    const r = await sysplugins(
      "upgrade",
      "-version=1.1.0",
      `-sha256=${"cd".repeat(32)}`,
      "-command=db-v2",
      "-mounts=database/config/conn-a",
      "database",
      "my-db-plugin",
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("checksums did not match");
    expect(r.stdout).toContain(
      "✓ left database/config/conn-a on v1.1.0: the server refused its write and stored nothing",
    );
    expect(r.stdout).not.toContain("tuned database/config/conn-a back");
    expect(r.stdout).toContain("Rolled back to the state before the upgrade");
    const entry = await f.call("GET", "sys/plugins/catalog/database/my-db-plugin?version=v1.1.0");
    expect(entry.json.data.sha256).toBe(v2);
    expect(await running("conn-a")).toBe("v1.1.0");
  });
});

describe("database plugins with the CLI, against our server's OpenBao flavour (no running version reported)", () => {
  let bao: Fixture;
  let sha: string;
  const cli = (...args: string[]) => runCli({ VAULT_ADDR: bao.url, VAULT_TOKEN: bao.token }, ...args);
  beforeAll(async () => {
    bao = await startFixture(["--flavor", "openbao"]);
    await bao.writePlugin("db-v1", "#!/bin/sh\n# db v1\n");
    sha = await bao.writePlugin("db-v2", "#!/bin/sh\n# db v2\n");
    await cli(
      "register",
      `-binary=${join(bao.pluginDir, "db-v1")}`,
      "-version=v1.0.0",
      "database",
      "my-db-plugin",
    );
    await cli("secrets", "enable", "database");
    await bao.call("POST", "database/config/conn", {
      body: {
        plugin_name: "my-db-plugin",
        connection_url: "postgres://{{username}}@db/x",
        verify_connection: false,
      },
    });
  });
  afterAll(() => bao.close());

  it("mounts marks the connection's running version as not reported; drift says it did not check it", async () => {
    expect((await bao.call("GET", "database/config/conn")).json.data).not.toHaveProperty(
      "running_plugin_version",
    );
    const rows = JSON.parse((await cli("mounts", "-format=json")).stdout);
    expect(rows.find((r: { path: string }) => r.path === "database/config/conn")).toMatchObject({
      configured: "v1.0.0",
      running: "v1.0.0",
      runningInferred: true,
    });
    expect((await cli("mounts")).stdout).toContain("* Not reported");
    const d = await cli("drift");
    expect(d.code).toBe(0);
    expect(d.stdout).toContain("Not checked: database/config/conn.");
  });

  it("upgrade verifies what the server shows and says what it could not; -pin is refused", async () => {
    const pin = await cli(
      "upgrade",
      "-version=v1.1.0",
      `-sha256=${sha}`,
      "-command=db-v2",
      "-pin",
      "database",
      "my-db-plugin",
    );
    expect([pin.code, pin.stderr]).toEqual([2, expect.stringContaining("this server has no plugin pins")]);
    const r = await cli(
      "upgrade",
      "-version=v1.1.0",
      `-sha256=${sha}`,
      "-command=db-v2",
      "database",
      "my-db-plugin",
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("✓ database/config/conn is configured v1.1.0");
    expect(r.stdout).toContain("Not verified: what the processes run");
    expect((await bao.call("GET", "database/config/conn")).json.data.plugin_version).toBe("v1.1.0");
  });

  it("reload -type=database resets each connection of the plugin, as the server has no reload for it", async () => {
    const r = await cli("reload", "-type=database", "-plugin=my-db-plugin");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Reset 1 of 1 connection(s) of my-db-plugin, one by one");
    expect(r.stdout).toContain("✓ database/config/conn");
  });
});
