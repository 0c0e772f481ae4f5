// Plugins as code against the real server, both flavours: plan's exit codes, apply's verification, an
// apply that fails halfway and undoes everything, a second apply with nothing to do, what a product
// cannot do as a plan error, and the OpenBao export.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ndjson, runCli } from "./test-support.js";

let f: Fixture;
let bao: Fixture;
const sysplugins = (...args: string[]) => runCli({ VAULT_ADDR: f.url, VAULT_TOKEN: f.token }, ...args);
const onBao = (...args: string[]) => runCli({ VAULT_ADDR: bao.url, VAULT_TOKEN: bao.token }, ...args);
const mount = async (path: string) => (await f.call("GET", `sys/mounts/${path}`)).json.data;

/** Writes a desired-state file next to the plugins (binary paths are relative to it). */
async function stateFile(fx: Fixture, name: string, yaml: string): Promise<string> {
  const file = join(fx.dir, name);
  await writeFile(file, yaml);
  return file;
}

/** Everything an apply could change, as the server reports it. */
async function snapshot(fx: Fixture) {
  const read = async (path: string) => (await fx.call("GET", path)).json?.data;
  const mounts = await read("sys/mounts");
  const auth = await read("sys/auth");
  const rows = (
    t: Record<string, { type: string; plugin_version: string; running_plugin_version: string }>,
  ) => Object.entries(t).map(([k, m]) => [k, m.type, m.plugin_version, m.running_plugin_version]);
  return JSON.stringify({
    catalog: (await read("sys/plugins/catalog")).detailed.filter((d: { builtin: boolean }) => !d.builtin),
    pins: await read("sys/plugins/pins"),
    mounts: rows(mounts),
    auth: rows(auth),
  });
}

beforeAll(async () => {
  [f, bao] = await Promise.all([startFixture(), startFixture(["--flavor", "openbao"])]);
  for (const fx of [f, bao])
    for (const v of ["1.0.0", "1.1.0"]) await fx.writePlugin(`st-plugin-${v}`, `#!/bin/sh\necho ${v}\n`);
});
afterAll(async () => {
  await Promise.all([f?.close(), bao?.close()]);
});

const v1 = `
plugins:
  - { type: secret, name: st, version: v1.0.0, binary: plugins/st-plugin-1.0.0 }
  - { type: auth, name: st-auth, version: v1.0.0, binary: plugins/st-plugin-1.0.0 }
secrets:
  st-a: { plugin: st, version: v1.0.0 }
  st-b: { plugin: st, version: v1.0.0 }
auth:
  st-login: { plugin: st-auth, version: v1.0.0 }
`;

describe("plan and apply (vault flavour)", () => {
  it("plan exits 2 with the steps, apply reaches the file and verifies, then plan and apply have nothing to do", async () => {
    const file = await stateFile(f, "v1.yaml", v1);
    const plan = await sysplugins("plan", file);
    expect(plan.stderr).toBe("");
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain("Plan: register secret plugin st v1.0.0");
    expect(plan.stdout).toContain("Plan: enable secrets engine st-a/ (st v1.0.0)");
    expect(plan.stdout).toContain("Plan: enable auth method auth/st-login/ (st-auth v1.0.0)");
    const json = JSON.parse((await sysplugins("plan", "-format=json", file)).stdout);
    expect(json).toMatchObject({ changes: 5, errors: [], server: { product: "vault", version: "1.20.0" } });

    const apply = await sysplugins("apply", file);
    expect(apply.stderr).toBe("");
    expect(apply.stdout).toMatch(/✓ st-a\/ runs v1\.0\.0/);
    expect(apply.stdout).toMatch(/✓ auth\/st-login\/ runs v1\.0\.0/);
    expect(apply.stdout).toContain("Success! 5 change(s) applied and verified");
    expect(apply.code).toBe(0);
    expect([(await mount("st-b")).plugin_version, (await mount("st-b")).running_plugin_version]).toEqual([
      "v1.0.0",
      "v1.0.0",
    ]);

    expect((await sysplugins("plan", file)).code).toBe(0);
    const again = await sysplugins("apply", "-format=json", file);
    expect(again.code).toBe(0);
    expect(ndjson(again.stdout).at(-1)).toMatchObject({ event: "result", ok: true, noop: true });
  });

  it("an upgrade and a pin through the file: registered, pinned, reloaded, verified; a conflicting version is a plan error", async () => {
    const v2 = `
plugins:
  - { type: secret, name: st, version: v1.0.0, binary: plugins/st-plugin-1.0.0 }
  - { type: secret, name: st, version: v1.1.0, binary: plugins/st-plugin-1.1.0 }
  - { type: auth, name: st-auth, version: v1.0.0, binary: plugins/st-plugin-1.0.0 }
  - { type: auth, name: st-auth, version: v1.1.0, binary: plugins/st-plugin-1.1.0 }
pins:
  - { type: auth, name: st-auth, version: v1.1.0 }
secrets:
  st-a: { plugin: st, version: v1.1.0 }
  st-b: { plugin: st, version: v1.1.0 }
auth:
  st-login: { plugin: st-auth, version: LOGIN }
`;
    const conflict = await sysplugins(
      "plan",
      await stateFile(f, "v2-conflict.yaml", v2.replace("LOGIN", "v1.0.0")),
    );
    expect(conflict.code).toBe(1);
    expect(conflict.stdout).toContain("auth.st-login: st-auth is pinned to v1.1.0 in the same file");

    const file = await stateFile(f, "v2.yaml", v2.replace("LOGIN", "v1.1.0"));
    const apply = await sysplugins("apply", file);
    expect(apply.stderr).toBe("");
    expect(apply.stdout).toContain("✓ pinned st-auth to v1.1.0");
    expect(apply.stdout).toContain("✓ tuned st-a/ to v1.1.0");
    expect(apply.code).toBe(0);
    expect((await mount("st-a")).running_plugin_version).toBe("v1.1.0");
    const login = (await f.call("GET", "sys/auth/st-login")).json.data;
    expect(login.running_plugin_version).toBe("v1.1.0");
    expect((await sysplugins("plan", file)).code).toBe(0);
  });

  it("an apply that fails halfway undoes every change, newest first, and leaves the server as it was", async () => {
    await f.writePlugin("half-1.1.0", "#!/bin/sh\necho half\n");
    const before = await snapshot(f);
    // st moves to v1.2.0 first (it works), then st-auth's v1.2.0 is registered with a checksum its
    // binary does not have: the reload refuses it, and everything is undone.
    const file = await stateFile(
      f,
      "half.yaml",
      `
plugins:
  - { type: secret, name: st, version: v1.2.0, binary: plugins/half-1.1.0 }
  - { type: auth, name: st-auth, version: v1.2.0, command: half-1.1.0, sha256: "${"ab".repeat(32)}" }
pins:
  - { type: auth, name: st-auth, version: v1.2.0 }
secrets:
  st-a: { plugin: st, version: v1.2.0 }
  st-b: { plugin: st, version: v1.2.0 }
  st-new: { plugin: st, version: v1.2.0 }
auth:
  st-login: { plugin: st-auth, version: v1.2.0 }
`,
    );
    expect((await sysplugins("plan", file)).code).toBe(2);
    const r = await sysplugins("apply", file);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✓ st-b\/ runs v1\.2\.0/);
    expect(r.stdout).toContain("checksums did not match");
    expect(r.stdout).toContain("Undoing what this apply changed, newest first:");
    expect(r.stdout).toContain("tuned st-a/ back to v1.1.0");
    expect(r.stdout).toContain("deregistered secret plugin st v1.2.0 (registered by this apply)");
    expect(r.stdout).toContain("Rolled back: the server is as it was before this apply.");
    expect(r.stdout).not.toContain("enabled st-new/");
    expect(await snapshot(f)).toBe(before);
    const json = ndjson((await sysplugins("apply", "-format=json", file)).stdout).at(-1);
    expect(json).toMatchObject({ event: "result", ok: false, rolledBack: true });
    expect(await snapshot(f)).toBe(before);
  });

  it("database connections: the file's plugin_version is written (each restarts) and verified; then nothing to do", async () => {
    await f.writePlugin("st-db-1.0.0", "#!/bin/sh\n# db 1\n");
    await f.writePlugin("st-db-1.1.0", "#!/bin/sh\n# db 2\n");
    await sysplugins(
      "register",
      `-binary=${join(f.pluginDir, "st-db-1.0.0")}`,
      "-version=v1.0.0",
      "database",
      "st-db",
    );
    await f.call("POST", "sys/mounts/st-database", { body: { type: "database" } });
    for (const name of ["one", "two"])
      await f.call("POST", `st-database/config/${name}`, {
        body: {
          plugin_name: "st-db",
          connection_url: "postgres://{{username}}@db/x",
          verify_connection: false,
        },
      });
    const file = await stateFile(
      f,
      "db.yaml",
      `
plugins:
  - { type: database, name: st-db, version: v1.1.0, binary: plugins/st-db-1.1.0 }
databases:
  st-database/config/one: { plugin: st-db, version: v1.1.0 }
  st-database/config/missing: { version: v1.1.0 }
`,
    );
    const refused = await sysplugins("plan", file);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("databases.st-database/config/missing: no such connection");
    await writeFile(file, (await readFile(file, "utf8")).replace(/ {2}st-database\/config\/missing.*\n/, ""));
    const r = await sysplugins("apply", file);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/✓ st-database\/config\/one runs v1\.1\.0/);
    expect(r.code).toBe(0);
    const read = async (n: string) => (await f.call("GET", `st-database/config/${n}`)).json.data;
    expect([(await read("one")).plugin_version, (await read("one")).running_plugin_version]).toEqual([
      "v1.1.0",
      "v1.1.0",
    ]);
    expect((await read("two")).running_plugin_version).toBe("v1.0.0");
    expect((await sysplugins("plan", file)).code).toBe(0);
  });

  it("file mistakes are usage errors naming their place, before the server is asked", async () => {
    const cases: [string, string][] = [
      ["plugins:\n  - { type: secret, name: x, version: v1.0.0 }\n", "plugins[0]: give sha256, or binary"],
      [
        "plugins:\n  - { type: plugin, name: x, version: v1.0.0, sha256: abc }\n",
        "plugins[0].type must be one of",
      ],
      ["secrets:\n  x: { plugin: p, version: 1.0.0- }\n", "secrets.x.version must be a semantic version"],
      ["mounts: {}\n", "the file: unknown field mounts"],
      ["databases:\n  nope: { version: v1.0.0 }\n", "a connection's path is MOUNT/config/NAME"],
    ];
    for (const [yaml, message] of cases) {
      const r = await sysplugins("plan", await stateFile(f, "bad.yaml", yaml));
      expect(r.code, yaml).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });
});

describe("plan and apply (openbao flavour)", () => {
  it("pins are a plan error naming the product and release; without them the same file applies", async () => {
    const withPins = `${v1}pins:\n  - { type: secret, name: st, version: v1.0.0 }\n`;
    const r = await onBao("plan", await stateFile(bao, "pins.yaml", withPins));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/pins: OpenBao 2\.7\.\d+ has no plugin pins/);
    const applied = await onBao("apply", "-format=json", await stateFile(bao, "v1.yaml", v1));
    expect(applied.stderr).toBe("");
    expect(ndjson(applied.stdout).at(-1)).toMatchObject({ event: "result", ok: true });
    expect((await onBao("plan", join(bao.dir, "v1.yaml"))).code).toBe(0);
    expect((await onBao("apply", join(bao.dir, "v1.yaml"))).stdout).toContain("No changes");
  });

  it("an apply that fails halfway leaves the server as it was", async () => {
    const before = await snapshot(bao);
    const half = `
plugins:
  - { type: secret, name: st, version: v1.1.0, binary: plugins/st-plugin-1.1.0 }
  - { type: auth, name: st-auth, version: v1.1.0, command: st-plugin-1.1.0, sha256: "${"ab".repeat(32)}" }
secrets:
  st-a: { plugin: st, version: v1.1.0 }
auth:
  st-login: { plugin: st-auth, version: v1.1.0 }
`;
    const r = await onBao("apply", await stateFile(bao, "half.yaml", half));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✓ st-a\/ runs v1\.1\.0/);
    expect(r.stdout).toContain("Rolled back: the server is as it was before this apply.");
    expect(await snapshot(bao)).toBe(before);
  });
});

describe("export", () => {
  it("prints OpenBao's declarative plugin stanzas with plugin_auto_register = true, and needs no server", async () => {
    const file = await stateFile(f, "v1.yaml", v1);
    const r = await runCli({ VAULT_ADDR: "http://127.0.0.1:1" }, "export", file);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^plugin_auto_register = true$/m);
    expect(r.stdout).toContain(
      'plugin "secret" "st" {\n  command   = "st-plugin-1.0.0"\n  version   = "v1.0.0"',
    );
    expect(r.stdout).toMatch(/sha256sum = "[0-9a-f]{64}"/);
    expect(r.stdout).toContain("Not exported: 3 mount(s) and connection(s)");
  });
});
