// End to end: the built `sysplugins` command, run as a user runs it, against the real server.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ndjson, runCli } from "./test-support.js";

let f: Fixture;

beforeAll(async () => {
  f = await startFixture();
});
afterAll(() => f.close());

const sysplugins = (...args: string[]) => runCli({ VAULT_ADDR: f.url, VAULT_TOKEN: f.token }, ...args);

describe("catalog commands", () => {
  it("register computes the SHA-256 of -binary, then list, info and deregister", async () => {
    const sha = await f.writePlugin("cli-plugin", "#!/bin/sh\necho cli\n");
    const reg = await sysplugins(
      "register",
      `-binary=${join(f.pluginDir, "cli-plugin")}`,
      "-version=1.0.0",
      "secret",
      "cli-plugin",
    );
    expect(reg.code).toBe(0);
    expect(reg.stdout).toContain(sha);

    const list = await sysplugins("list", "secret");
    expect(list.stdout).toMatch(/cli-plugin\s+secret\s+v1\.0\.0/);
    const json = JSON.parse((await sysplugins("list", "-detailed", "-format=json", "secret")).stdout);
    expect(json).toContainEqual({
      type: "secret",
      name: "cli-plugin",
      version: "v1.0.0",
      builtin: false,
      sha256: sha,
    });

    const info = JSON.parse(
      (await sysplugins("info", "-version=v1.0.0", "-format=json", "secret", "cli-plugin")).stdout,
    );
    expect(info).toMatchObject({ name: "cli-plugin", sha256: sha, version: "v1.0.0" });

    expect((await sysplugins("deregister", "-version=1.0.0", "secret", "cli-plugin")).code).toBe(0);
    const gone = await sysplugins("info", "-version=1.0.0", "secret", "cli-plugin");
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain("404");
  });

  it.each([
    [["register", "secret"], "expected TYPE NAME"],
    [["register", "plugin", "x", "-sha256=00"], "TYPE must be one of auth, database, secret"],
    [["register", "secret", "x"], "give -sha256=HEX, or -binary=PATH"],
    [["list", "-bogus=1"], "unknown flag -bogus"],
    [["list", "-bogus"], "flag -bogus needs a value"],
    [["nope"], "Unknown command"],
  ])("%j is a usage error", async (args, message) => {
    const r = await sysplugins(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it("prints Vault's error message and exits 1", async () => {
    const r = await sysplugins("register", "-sha256=abc", "-command=x", "secret", "x");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "Could not decode SHA256 value from Hex abc: encoding/hex: odd length hex string",
    );
  });
});

describe("secrets|auth enable -plugin-version with several versions registered", () => {
  // Vault and OpenBao read config.plugin_version only: a top-level plugin_version is ignored, and the
  // mount would run the newest registered version (v1.1.0 here) instead of the one asked for.
  it.each([
    ["secrets", "secret", "sys/mounts"],
    ["auth", "auth", "sys/auth"],
  ])("%s enable -plugin-version=v1.0.0 mounts v1.0.0, not the newest", async (kind, type, table) => {
    const name = `many-${type}`;
    for (const v of ["1.0.0", "1.1.0"]) {
      const sha = await f.writePlugin(`${name}-${v}`, `#!/bin/sh\necho ${v}\n`);
      await f.call("POST", `sys/plugins/catalog/${type}/${name}`, {
        body: { sha256: sha, command: `${name}-${v}`, version: v },
      });
    }
    const path = `many-${kind}`;
    const r = await sysplugins(
      kind,
      "enable",
      `-path=${path}`,
      "-plugin-version=v1.0.0",
      "-format=json",
      name,
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ path: `${path}/`, type: name, plugin_version: "v1.0.0" });
    const m = (await f.call("GET", `${table}/${path}`)).json.data;
    expect([m.plugin_version, m.running_plugin_version]).toEqual(["v1.0.0", "v1.0.0"]);
    await f.call("DELETE", `${table}/${path}`);
  });
});

describe("help and tables as Vault's CLI prints them", () => {
  it("auth enable's summary says 'an auth method'", async () => {
    expect((await sysplugins("auth", "enable", "-h")).stdout).toContain("Enable an auth method");
  });

  it("upgrade -mounts's help does not contradict itself", async () => {
    const help = (await sysplugins("upgrade", "-h")).stdout;
    const block = help
      .slice(help.indexOf("  -mounts="), help.indexOf("\n\n", help.indexOf("  -mounts=")))
      .replace(/\s+/g, " ");
    expect(block).toContain("The default is every mount or connection of the plugin.");
    expect(block).not.toContain("The default is none");
  });

  it("secrets list -detailed prints options as Go prints a map: map[] when empty, map[k:v] sorted", async () => {
    await f.call("POST", "sys/mounts/opts-none", { body: { type: "kv" } });
    await f.call("POST", "sys/mounts/opts-some", { body: { type: "kv", options: { version: "2", b: "x" } } });
    const r = await sysplugins("secrets", "list", "-detailed");
    expect(r.stdout).toMatch(/^opts-none\/\s.*\smap\[\]\s/m);
    expect(r.stdout).toMatch(/^opts-some\/\s.*\smap\[b:x version:2\]\s/m);
    expect(r.stdout).not.toContain("{}");
    for (const p of ["opts-none", "opts-some"]) await f.call("DELETE", `sys/mounts/${p}`);
  });
});

describe("pins, reload and mounts", () => {
  it("pins, lists pins, reloads, reports reload status, unpins", async () => {
    const sha = await f.writePlugin("pin-plugin");
    await sysplugins(
      "register",
      `-sha256=${sha}`,
      "-command=pin-plugin",
      "-version=1.0.0",
      "auth",
      "pin-plugin",
    );
    expect((await sysplugins("pin", "-version=1.0.0", "auth", "pin-plugin")).code).toBe(0);
    expect(JSON.parse((await sysplugins("pins", "-format=json")).stdout)).toEqual([
      { name: "pin-plugin", type: "auth", version: "v1.0.0" },
    ]);
    const reload = JSON.parse(
      (await sysplugins("reload", "-type=auth", "-plugin=pin-plugin", "-format=json")).stdout,
    );
    expect(reload.warnings).toEqual(["no plugins were reloaded"]);
    const status = JSON.parse((await sysplugins("reload-status", "-format=json", reload.reload_id)).stdout);
    expect(status.reload_id).toBe(reload.reload_id);
    expect((await sysplugins("unpin", "auth", "pin-plugin")).code).toBe(0);
    expect((await sysplugins("pins")).stdout).toContain("No pinned versions.");
  });
});

describe("upgrade, drift and downgrade", () => {
  let v1: string;
  let v2: string;
  beforeAll(async () => {
    v1 = await f.writePlugin("up-v1", "#!/bin/sh\necho v1\n");
    v2 = await f.writePlugin("up-v2", "#!/bin/sh\necho v2\n");
    await sysplugins("register", `-sha256=${v1}`, "-command=up-v1", "-version=1.0.0", "secret", "up");
    for (const path of ["up-a", "up-b"]) {
      await f.call("POST", `sys/mounts/${path}`, {
        body: { type: "up", config: { plugin_version: "v1.0.0" } },
      });
    }
  });

  it("-dry-run prints the plan and changes nothing", async () => {
    const r = await sysplugins(
      "upgrade",
      "-version=1.1.0",
      `-sha256=${v2}`,
      "-command=up-v2",
      "-dry-run",
      "secret",
      "up",
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Plan: upgrade secret plugin up to v1.1.0");
    expect(r.stdout).toContain("register v1.1.0");
    expect(r.stdout).toMatch(/up-a\/\s+v1\.0\.0 -> v1\.1\.0/);
    expect(r.stdout).toContain("Dry run: nothing was changed.");
    expect((await f.call("GET", "sys/plugins/catalog/secret/up?version=1.1.0")).status).toBe(404);
  });

  it("drift finds a mount tuned but not reloaded, and exits 2", async () => {
    await f.call("POST", "sys/mounts/up-b/tune", { body: { plugin_version: "v1.0.0" } });
    expect((await sysplugins("drift")).code).toBe(0);
    const sha = await f.writePlugin("drifty");
    await f.call("POST", "sys/plugins/catalog/secret/drifty", {
      body: { sha256: sha, command: "drifty", version: "2.0.0" },
    });
    await f.call("POST", "sys/plugins/catalog/secret/drifty", {
      body: { sha256: sha, command: "drifty", version: "2.1.0" },
    });
    await f.call("POST", "sys/mounts/drifty", {
      body: { type: "drifty", config: { plugin_version: "2.0.0" } },
    });
    await f.call("POST", "sys/mounts/drifty/tune", { body: { plugin_version: "2.1.0" } });
    const r = await sysplugins("drift", "-format=json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        path: "drifty/",
        plugin: "drifty",
        expected: "v2.1.0",
        configured: "v2.1.0",
        pinned: null,
        running: "v2.0.0",
      },
    ]);
    await f.call("DELETE", "sys/mounts/drifty");
  });

  it("upgrades every mount: register, tune, reload, verify", async () => {
    const r = await sysplugins(
      "upgrade",
      "-version=1.1.0",
      `-sha256=${v2}`,
      "-command=up-v2",
      "secret",
      "up",
    );
    expect(r.stdout).toContain("✓ registered v1.1.0");
    expect(r.stdout).toContain("✓ tuned up-a/ to v1.1.0");
    expect(r.stdout).toMatch(/✓ up-b\/ runs v1\.1\.0/);
    expect(r.stdout).toContain("Success! 2 mount(s) run up v1.1.0.");
    expect(r.code).toBe(0);
    const m = (await f.call("GET", "sys/mounts/up-a")).json.data;
    expect([m.running_plugin_version, m.running_sha256]).toEqual(["v1.1.0", v2]);
  });

  it("refuses to upgrade to an older version, pointing at downgrade", async () => {
    const r = await sysplugins("upgrade", "-version=1.0.0", "secret", "up");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("use `sysplugins downgrade`");
  });

  it("downgrades one mount with -mounts", async () => {
    const r = await sysplugins("downgrade", "-version=1.0.0", "-mounts=up-b", "-format=json", "secret", "up");
    expect(r.code).toBe(0);
    const out = ndjson(r.stdout).at(-1);
    expect(out.event).toBe("result");
    expect(out.ok).toBe(true);
    expect(out.mounts).toEqual([{ path: "up-b/", running: "v1.0.0", runningSha256: v1, ok: true }]);
    expect((await f.call("GET", "sys/mounts/up-a")).json.data.running_plugin_version).toBe("v1.1.0");
  });

  it("on failure with -no-rollback says what runs where and how to restore it", async () => {
    await writeFile(join(f.pluginDir, "up-v3"), "#!/bin/sh\necho v3\n");
    // Registered with a checksum that does not match the binary: the reload must refuse to run it.
    const r = await sysplugins(
      "upgrade",
      "-version=1.2.0",
      `-sha256=${"ab".repeat(32)}`,
      "-command=up-v3",
      "-mounts=up-a",
      "-no-rollback",
      "secret",
      "up",
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("checksums did not match");
    expect(r.stdout).toMatch(/✗ up-a\/ runs v1\.1\.0/);
    expect(r.stdout).toContain("Nothing was rolled back (-no-rollback)");
    expect(r.stdout).toContain("sysplugins secrets tune -plugin-version=v1.1.0 up-a");
    expect(r.stdout).toContain("sysplugins reload -mounts=up-a");
    // The manual behaviour: the failed version stays configured.
    expect((await f.call("GET", "sys/mounts/up-a")).json.data.plugin_version).toBe("v1.2.0");
    await f.call("POST", "sys/mounts/up-a/tune", { body: { plugin_version: "v1.1.0" } });
  });

  it("moves a pin with -pin, and then refuses to tune a pinned plugin", async () => {
    const r = await sysplugins("upgrade", "-version=1.1.0", "-pin", "secret", "up");
    expect(r.stdout).toContain("✓ pinned up to v1.1.0");
    expect(r.code).toBe(0);
    expect((await f.call("GET", "sys/mounts/up-b")).json.data.running_plugin_version).toBe("v1.1.0");
    const tune = await sysplugins("downgrade", "-version=1.0.0", "secret", "up");
    expect(tune.code).toBe(2);
    expect(tune.stderr).toContain("is pinned to v1.1.0: pass -pin");
  });

  it("mounts shows configured, pinned and running versions", async () => {
    const rows = JSON.parse((await sysplugins("mounts", "-format=json")).stdout);
    expect(rows.find((r: { path: string }) => r.path === "up-a/")).toMatchObject({
      plugin: "up",
      pinned: "v1.1.0",
      running: "v1.1.0",
    });
    expect((await sysplugins("mounts")).stdout).toMatch(
      /^Path\s+Plugin\s+Version\s+Pinned\s+Running Version\s+Running SHA256\n----\s+------\s+-------\s+------\s+---------------\s+--------------\n/,
    );
  });
});
