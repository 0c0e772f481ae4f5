// The guided upgrade never leaves things worse: the built command against the real server.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ndjson, runCli } from "./test-support.js";

let f: Fixture;
let v1: string;
let v2: string;
const sysplugins = (...args: string[]) => runCli({ VAULT_ADDR: f.url, VAULT_TOKEN: f.token }, ...args);
const mount = async (path: string) => (await f.call("GET", `sys/mounts/${path}`)).json.data;

beforeAll(async () => {
  f = await startFixture();
  v1 = await f.writePlugin("my-plugin-1.0.0", "#!/bin/sh\necho 1.0.0\n");
  v2 = await f.writePlugin("my-plugin-1.1.0", "#!/bin/sh\necho 1.1.0\n");
  await writeFile(join(f.pluginDir, "my-plugin-1.2.0"), "#!/bin/sh\necho 1.2.0\n");
});
afterAll(() => f.close());

/** A fresh plugin NAME at v1.0.0 with mounts at NAME-a and NAME-b. */
async function setUp(name: string, pin = false) {
  await f.call("POST", `sys/plugins/catalog/secret/${name}`, {
    body: { sha256: v1, command: "my-plugin-1.0.0", version: "v1.0.0" },
  });
  if (pin) await f.call("POST", `sys/plugins/pins/secret/${name}`, { body: { version: "v1.0.0" } });
  for (const m of [`${name}-a`, `${name}-b`])
    await f.call("POST", `sys/mounts/${m}`, {
      body: { type: name, ...(pin ? {} : { config: { plugin_version: "v1.0.0" } }) },
    });
}
const bad = `-sha256=${"ab".repeat(32)}`;

describe("on failure the upgrade restores the recorded state by itself and exits 1", () => {
  it("a failed tune-and-reload tunes every mount back and reloads", async () => {
    await setUp("tuned");
    const r = await sysplugins(
      "upgrade",
      "-version=1.2.0",
      bad,
      "-command=my-plugin-1.2.0",
      "secret",
      "tuned",
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("checksums did not match");
    expect(r.stdout).toContain("Rolled back to the state before the upgrade:");
    expect(r.stdout).toContain("tuned tuned-a/ back to v1.0.0");
    expect(r.stdout).toContain("tuned tuned-b/ back to v1.0.0");
    expect(r.stdout).toMatch(/✓ tuned-a\/ runs v1\.0\.0 again/);
    for (const m of ["tuned-a", "tuned-b"]) {
      const data = await mount(m);
      expect([data.plugin_version, data.running_plugin_version, data.running_sha256]).toEqual([
        "v1.0.0",
        "v1.0.0",
        v1,
      ]);
    }
  });

  it("a failed pin puts the previous pin back, and a second run offers no roll back to the failed pin", async () => {
    await setUp("pinned", true);
    const r = await sysplugins(
      "upgrade",
      "-version=1.2.0",
      bad,
      "-command=my-plugin-1.2.0",
      "-pin",
      "secret",
      "pinned",
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("restored the pin of pinned to v1.0.0");
    expect((await f.call("GET", "sys/plugins/pins/secret/pinned")).json.data.version).toBe("v1.0.0");
    expect((await mount("pinned-a")).running_plugin_version).toBe("v1.0.0");
    const again = await sysplugins(
      "upgrade",
      "-version=1.2.0",
      "-pin",
      "-no-rollback",
      "-format=json",
      "secret",
      "pinned",
    );
    const plan = ndjson(again.stdout)[0];
    expect(plan.plan.previousPin).toBe("v1.0.0");
    const result = ndjson(again.stdout).at(-1);
    expect(result.rollback).toEqual([
      "sysplugins pin -version=v1.0.0 secret pinned && sysplugins reload -type=secret -plugin=pinned",
    ]);
    await f.call("POST", "sys/plugins/pins/secret/pinned", { body: { version: "v1.0.0" } });
  });

  it("a failed first pin (none before) removes the pin", async () => {
    await setUp("unpinned");
    const r = await sysplugins(
      "upgrade",
      "-version=1.2.0",
      bad,
      "-command=my-plugin-1.2.0",
      "-pin",
      "secret",
      "unpinned",
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("removed the pin of unpinned (there was none)");
    expect((await f.call("GET", "sys/plugins/pins/secret/unpinned")).status).toBe(404);
  });

  // A binary outside the plugin directory: the server refuses the registration (500 lstat), so nothing
  // changed. The CLI must not report mounts that "fail" to run a version never registered, a roll back of
  // nothing, or a version that "stays registered".
  it("a refused registration changes nothing and says so: no verify against the new version, no roll back", async () => {
    await setUp("unregistered");
    const outside = join(f.dir, "my-plugin-1.3.0");
    await writeFile(outside, "#!/bin/sh\necho 1.3.0\n");
    const r = await sysplugins("upgrade", "-version=1.3.0", `-binary=${outside}`, "secret", "unregistered");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("✗ registered v1.3.0:");
    expect(r.stdout).toContain("Nothing was changed: the registration of v1.3.0 failed");
    expect(r.stdout).not.toContain("expected v1.3.0");
    expect(r.stdout).not.toContain("Rolled back");
    expect(r.stdout).not.toContain("stays registered");
    const json = ndjson(
      (
        await sysplugins(
          "upgrade",
          "-version=1.3.0",
          `-binary=${outside}`,
          "-format=json",
          "secret",
          "unregistered",
        )
      ).stdout,
    ).at(-1);
    expect(json).toMatchObject({
      event: "result",
      ok: false,
      changed: false,
      rolledBack: false,
      restored: [],
    });
    expect((await f.call("GET", "sys/plugins/catalog/secret/unregistered?version=1.3.0")).status).toBe(404);
    for (const m of ["unregistered-a", "unregistered-b"])
      expect((await mount(m)).running_plugin_version).toBe("v1.0.0");
  });

  it("-no-rollback leaves the failed state and prints how to restore it", async () => {
    await setUp("manual");
    const r = await sysplugins(
      "upgrade",
      "-version=1.2.0",
      bad,
      "-command=my-plugin-1.2.0",
      "-no-rollback",
      "secret",
      "manual",
    );
    expect(r.code).toBe(1);
    expect((await mount("manual-a")).plugin_version).toBe("v1.2.0");
    expect(r.stdout).toContain("sysplugins secrets tune -plugin-version=v1.0.0 manual-a");
  });
});

describe("the plan", () => {
  it("-binary=plugins/my-plugin-1.1.0 registers the file's name as the command", async () => {
    await setUp("binary");
    const r = await sysplugins(
      "upgrade",
      "-version=1.1.0",
      `-binary=${join(f.pluginDir, "my-plugin-1.1.0")}`,
      "secret",
      "binary",
    );
    expect(r.stdout).toContain("command my-plugin-1.1.0");
    expect(r.code).toBe(0);
    const entry = (await f.call("GET", "sys/plugins/catalog/secret/binary?version=v1.1.0")).json.data;
    expect([entry.command, entry.sha256]).toEqual(["my-plugin-1.1.0", v2]);
    expect((await mount("binary-b")).running_plugin_version).toBe("v1.1.0");
  });

  it("a no-op upgrade changes nothing and says so", async () => {
    const before = (await f.call("GET", "sys/plugins/reload/backend/status?reload_id=x")).status;
    const uuid = (await mount("binary-a")).uuid;
    const r = await sysplugins("upgrade", "-version=1.1.0", "secret", "binary");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "Nothing to do: v1.1.0 is registered and every mount of binary (2) already runs it",
    );
    expect(r.stdout).not.toContain("tuned");
    expect(r.stdout).not.toContain("reloaded");
    expect((await mount("binary-a")).uuid).toBe(uuid);
    expect(before).toBe(404);
  });

  it("moves only the mounts that do not run the version yet", async () => {
    await f.call("POST", "sys/mounts/binary-c", {
      body: { type: "binary", config: { plugin_version: "v1.0.0" } },
    });
    const r = await sysplugins("upgrade", "-version=1.1.0", "-format=json", "secret", "binary");
    expect(r.code).toBe(0);
    const tuned = ndjson(r.stdout)
      .filter((e) => e.step === "tune")
      .map((e) => e.mount);
    expect(tuned).toEqual(["binary-c/"]);
  });

  it.each([
    [["-version=1.2.0", "-sha256=zz"], "-sha256 must be 64 hex digits"],
    [["-version=banana", `-sha256=${"ab".repeat(32)}`], "-version must be a semantic version"],
    [["-version=1.2.0", "-binary=/nonexistent/plugin"], "-binary=/nonexistent/plugin: no such file"],
    [["-version=1.2.0", "-mounts=/"], "-mounts has an empty path"],
  ])("%j is refused before the plan, with nothing registered", async (flags, message) => {
    const r = await sysplugins("upgrade", ...flags, "secret", "binary");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).not.toContain("Plan:");
    expect(r.stdout).not.toContain("roll");
    expect((await f.call("GET", "sys/plugins/catalog/secret/binary?version=v1.2.0")).status).toBe(404);
  });

  it("-sha256 that is not the -binary's checksum is refused", async () => {
    const r = await sysplugins(
      "upgrade",
      "-version=1.2.0",
      `-sha256=${v1}`,
      `-binary=${join(f.pluginDir, "my-plugin-1.1.0")}`,
      "secret",
      "binary",
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is not the SHA-256 of -binary");
  });
});

describe("auth methods", () => {
  it("upgrades an auth method, and on failure tunes it back under auth/", async () => {
    await f.call("POST", "sys/plugins/catalog/auth/my-auth", {
      body: { sha256: v1, command: "my-plugin-1.0.0", version: "v1.0.0" },
    });
    await f.call("POST", "sys/auth/my-auth", {
      body: { type: "my-auth", config: { plugin_version: "v1.0.0" } },
    });
    const failed = await sysplugins(
      "upgrade",
      "-version=1.2.0",
      bad,
      "-command=my-plugin-1.2.0",
      "auth",
      "my-auth",
    );
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain("tuned auth/my-auth/ back to v1.0.0");
    expect((await f.call("GET", "sys/auth/my-auth")).json.data.plugin_version).toBe("v1.0.0");
    const r = await sysplugins(
      "upgrade",
      "-version=1.1.0",
      `-binary=${join(f.pluginDir, "my-plugin-1.1.0")}`,
      "auth",
      "my-auth",
    );
    expect(r.stdout).toMatch(/✓ auth\/my-auth\/ runs v1\.1\.0/);
    expect(r.code).toBe(0);
    const auth = (await f.call("GET", "sys/auth/my-auth")).json.data;
    expect([auth.running_plugin_version, auth.running_sha256]).toEqual(["v1.1.0", v2]);
  });
});

describe("progress", () => {
  it("progress lines carry timestamps", async () => {
    await setUp("stamps");
    const r = await sysplugins(
      "upgrade",
      "-version=1.1.0",
      `-sha256=${v2}`,
      "-command=my-plugin-1.1.0",
      "secret",
      "stamps",
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ ✓ registered v1\.1\.0$/m);
    expect(r.stdout).toMatch(/^ {2}\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ ✓ stamps-a\/ runs v1\.1\.0/m);
  });

  it("-format=json streams one JSON object per step (NDJSON)", async () => {
    await setUp("stream");
    const r = await sysplugins(
      "upgrade",
      "-version=1.1.0",
      `-sha256=${v2}`,
      "-command=my-plugin-1.1.0",
      "-format=json",
      "secret",
      "stream",
    );
    expect(r.code).toBe(0);
    const events = ndjson(r.stdout);
    expect(events.map((e) => e.step ?? e.event)).toEqual([
      "plan",
      "register",
      "tune",
      "tune",
      "reload",
      "verify",
      "verify",
      "result",
    ]);
    for (const e of events) expect(Number.isNaN(Date.parse(e.time))).toBe(false);
    expect(events.at(-1)).toMatchObject({ event: "result", ok: true, rolledBack: false });
  });
});
