// Vault's upgrade procedure for database plugins with sysplugins against a real OpenBao (bao server -dev on
// a loopback port) and the project's real database plugin (dbplugin v5) at two versions, plus the build that
// does not start. OpenBao reports no running version for a connection, has no pins and no
// database/reload: the CLI must verify what the server can show and say what it could not.
import { type BaoWithPlugins, baoMissing, startBaoWithPlugins } from "@sysplugins/openbao-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ndjson, runCli } from "./test-support.js";

const skip = baoMissing("the CLI's database plugin upgrade against real OpenBao");
let bao: BaoWithPlugins | undefined;
const sysplugins = (...args: string[]) =>
  runCli({ VAULT_ADDR: bao?.address ?? "", VAULT_TOKEN: bao?.token ?? "" }, ...args);

/** One request to OpenBao itself, with the root token: what the server says, not what the CLI says. */
async function api(method: string, path: string, body?: unknown) {
  const res = await fetch(`${bao?.address}/v1/${path}`, {
    method,
    headers: { "X-Vault-Token": bao?.token ?? "", "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}
const stored = async (name: string) => (await api("GET", `cli-db/config/${name}`)).json.data;
const versions = async () => [
  (await stored("my-db")).plugin_version,
  (await stored("my-db-2")).plugin_version,
];
const PLUGIN = "sysplugins-database";
const CONNECTIONS = ["cli-db/config/my-db", "cli-db/config/my-db-2"];

describe.skipIf(skip)("the CLI's database plugin upgrade against real OpenBao", () => {
  beforeAll(async () => {
    bao = await startBaoWithPlugins();
  }, 300_000);
  afterAll(() => bao?.stop());

  const binary = (name: string, version: string) => {
    const b = bao?.plugin(name, version);
    if (!b) throw new Error("plugins not built");
    return b;
  };

  it("register, secrets enable database, two connections: mounts shows them, marked as not reported", async () => {
    const v0 = binary(PLUGIN, "v1.0.0");
    const reg = await sysplugins("register", `-binary=${v0.file}`, "-version=v1.0.0", "database", PLUGIN);
    expect(reg.stderr).toBe("");
    expect(reg.code).toBe(0);
    const enable = await sysplugins("secrets", "enable", "-path=cli-db", "database");
    expect(enable.stderr).toBe("");
    expect(enable.code).toBe(0);
    for (const name of ["my-db", "my-db-2"]) {
      const w = await api("POST", `cli-db/config/${name}`, {
        plugin_name: PLUGIN,
        plugin_version: "v1.0.0",
        connection_url: "postgresql://{{username}}:{{password}}@db.internal:5432/app",
        username: "vault",
        password: "a-secret",
        allowed_roles: "readonly",
        verify_connection: false,
      });
      expect(w.status).toBe(204);
    }
    // OpenBao's read has no running_plugin_version: what the CLI must work without.
    expect(await stored("my-db")).not.toHaveProperty("running_plugin_version");

    const json = await sysplugins("mounts", "-format=json");
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toContainEqual({
      type: "database",
      path: "cli-db/config/my-db",
      mountPath: "cli-db/",
      connection: "my-db",
      plugin: PLUGIN,
      configured: "v1.0.0",
      running: "v1.0.0",
      runningSha256: v0.sha256,
      runningInferred: true,
    });
    const table = await sysplugins("mounts");
    expect(table.stdout).toMatch(
      /^cli-db\/config\/my-db\s+sysplugins-database\s+v1\.0\.0\s+n\/a\s+v1\.0\.0\*\s/m,
    );
    expect(table.stdout).toContain("* Not reported: this server (OpenBao) reports no running version");
    const drift = await sysplugins("drift");
    expect(drift.code).toBe(0);
    expect(drift.stdout).toContain(`Not checked: ${CONNECTIONS.join(", ")}.`);
  }, 300_000);

  it("upgrade to v1.0.1: the plan names each connection; OpenBao stores v1.0.1 and keeps the rest; a second run does nothing", async () => {
    const v1 = binary(PLUGIN, "v1.0.1");
    const dry = await sysplugins(
      "upgrade",
      "-version=v1.0.1",
      `-binary=${v1.file}`,
      "-dry-run",
      "database",
      PLUGIN,
    );
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("write plugin_version on 2 connection(s); each restarts at once");
    for (const c of CONNECTIONS) expect(dry.stdout).toMatch(new RegExp(`${c}\\s+v1\\.0\\.0 -> v1\\.0\\.1`));
    expect(dry.stdout).toContain("this server reports no running version for a connection");
    expect(await versions()).toEqual(["v1.0.0", "v1.0.0"]);

    const up = await sysplugins("upgrade", "-version=v1.0.1", `-binary=${v1.file}`, "database", PLUGIN);
    expect(up.stdout).toContain(`register v1.0.1 (sha256 ${v1.sha256.slice(0, 12)}…, command ${v1.command})`);
    expect(up.stdout).toContain("✓ tuned cli-db/config/my-db to v1.0.1");
    // No reload is claimed: the write is what restarts a connection.
    expect(up.stdout).not.toContain("reloaded");
    expect(up.stdout).toContain(
      `✓ cli-db/config/my-db-2 is configured v1.0.1 (sha256 ${v1.sha256.slice(0, 12)}… in the catalog)`,
    );
    expect(up.stdout).toContain("Not verified: what the processes run");
    expect(up.code).toBe(0);
    expect(await versions()).toEqual(["v1.0.1", "v1.0.1"]);
    const c = await stored("my-db");
    expect([c.plugin_name, c.connection_details, c.allowed_roles]).toEqual([
      PLUGIN,
      { connection_url: "postgresql://{{username}}:{{password}}@db.internal:5432/app", username: "vault" },
      ["readonly"],
    ]);
    // The connection starts on what it is configured with: OpenBao restarts it on reset.
    expect((await api("POST", "cli-db/reset/my-db")).status).toBe(204);

    const noop = await sysplugins("upgrade", "-version=v1.0.1", "database", PLUGIN);
    expect(noop.code).toBe(0);
    expect(noop.stdout).toContain(
      "Nothing to do: v1.0.1 is registered and every connection of sysplugins-database (2) is configured to it",
    );
    const mounts = await sysplugins("mounts", "-detailed");
    expect(mounts.stdout).toMatch(
      new RegExp(
        `^cli-db/config/my-db-2\\s+${PLUGIN}\\s+v1\\.0\\.1\\s+n/a\\s+v1\\.0\\.1\\*\\s+${v1.sha256}\\s+no$`,
        "m",
      ),
    );
  }, 120_000);

  it("-pin is refused before anything changes: OpenBao has no pins", async () => {
    const r = await sysplugins("upgrade", "-version=v1.0.1", "-pin", "database", PLUGIN);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("this server has no plugin pins");
    expect(await versions()).toEqual(["v1.0.1", "v1.0.1"]);
  }, 60_000);

  it("downgrade back to v1.0.0 (NDJSON): each connection verified by what OpenBao shows", async () => {
    const v0 = binary(PLUGIN, "v1.0.0");
    const r = await sysplugins("downgrade", "-version=v1.0.0", "-format=json", "database", PLUGIN);
    expect(r.code).toBe(0);
    const events = ndjson(r.stdout);
    expect(events[0].plan.mounts.map((m: { path: string }) => m.path)).toEqual(CONNECTIONS);
    expect(events.filter((e) => e.event === "verify")).toEqual(
      CONNECTIONS.map((path) =>
        expect.objectContaining({
          path,
          running: "v1.0.0",
          runningSha256: v0.sha256,
          ok: true,
          runningInferred: true,
        }),
      ),
    );
    expect(events.at(-1)).toMatchObject({ event: "result", ok: true });
    expect(await versions()).toEqual(["v1.0.0", "v1.0.0"]);
  }, 60_000);

  it("an upgrade onto the build that does not start is refused by OpenBao and rolled back: the connections stay on v1.0.0", async () => {
    const broken = binary("sysplugins-broken", "v1.0.2");
    const r = await sysplugins("upgrade", "-version=v1.0.2", `-binary=${broken.file}`, "database", PLUGIN);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("✓ registered v1.0.2");
    expect(r.stdout).toMatch(
      /✗ tuned cli-db\/config\/my-db to v1\.0\.2: .*400 error creating database object/,
    );
    expect(r.stdout).toContain("✗ cli-db/config/my-db is configured v1.0.0");
    expect(r.stdout).toContain("the server refused the write");
    // The connection kept running v1.0.0: the rollback does not restart it by writing v1.0.0 again.
    expect(r.stdout).toContain(
      "✓ left cli-db/config/my-db on v1.0.0: the server refused its write and stored nothing",
    );
    expect(r.stdout).not.toContain("back to v1.0.0");
    // go-plugin's long message (OpenBao's v5 and v4 attempts, the same text) is printed once.
    expect(r.stdout.split("Failed to read any lines from plugin").length - 1).toBe(1);
    expect(r.stdout).toContain("Rolled back to the state before the upgrade");
    expect(r.stdout).toContain(
      `v1.0.2 stays registered, unused: sysplugins deregister -version=v1.0.2 database ${PLUGIN}`,
    );
    expect(await versions()).toEqual(["v1.0.0", "v1.0.0"]);
    expect((await api("POST", "cli-db/reset/my-db")).status).toBe(204);
    expect((await api("POST", "cli-db/reset/my-db-2")).status).toBe(204);
  }, 60_000);

  it("re-registering v1.0.0 with a SHA-256 its binary does not have fails the write; the former entry comes back first, then the connection", async () => {
    const v0 = binary(PLUGIN, "v1.0.0");
    const r = await sysplugins(
      "upgrade",
      "-version=v1.0.0",
      `-sha256=${"ab".repeat(32)}`,
      `-command=${v0.command}`,
      "database",
      PLUGIN,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("2 errors occurred, all the same: checksums did not match");
    expect(r.stdout).toContain(
      "✓ left cli-db/config/my-db on v1.0.0: the server refused its write and stored nothing",
    );
    expect(r.stdout).toContain(`✓ re-registered v1.0.0 with its former sha256 ${v0.sha256.slice(0, 12)}…`);
    expect(r.stdout).toContain("Rolled back to the state before the upgrade");
    expect(r.stdout).not.toContain("✓ cli-db/config/my-db is configured v1.0.0 (sha256 abab");
    const entry = await api("GET", `sys/plugins/catalog/database/${PLUGIN}?version=v1.0.0`);
    expect(entry.json.data.sha256).toBe(v0.sha256);
    expect(await versions()).toEqual(["v1.0.0", "v1.0.0"]);
    expect((await api("POST", "cli-db/reset/my-db")).status).toBe(204);
    const after = await sysplugins("mounts", "-format=json");
    expect(
      JSON.parse(after.stdout).find((m: { path: string }) => m.path === "cli-db/config/my-db"),
    ).toMatchObject({
      configured: "v1.0.0",
      runningSha256: v0.sha256,
    });
  }, 60_000);

  it("reload of the database plugin resets each connection (OpenBao cannot reload one), and says which failed", async () => {
    const plain = await sysplugins("reload", `-plugin=${PLUGIN}`);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain("only plugins of type auth and secret can be reloaded");
    expect(plain.stderr).toContain(`sysplugins reload -type=database -plugin=${PLUGIN}`);

    const ok = await sysplugins("reload", "-type=database", `-plugin=${PLUGIN}`);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`Reset 2 of 2 connection(s) of ${PLUGIN}, one by one`);
    for (const c of CONNECTIONS) expect(ok.stdout).toContain(`✓ ${c}`);

    // A connection whose version left the catalog cannot restart: OpenBao answers its reset 500.
    const w = await api("POST", "cli-db/config/my-db-3", {
      plugin_name: PLUGIN,
      plugin_version: "v1.0.1",
      connection_url: "postgresql://{{username}}@db.internal:5432/app",
      verify_connection: false,
    });
    expect(w.status).toBe(204);
    expect((await api("DELETE", `sys/plugins/catalog/database/${PLUGIN}?version=v1.0.1`)).status).toBe(204);
    const drift = await sysplugins("drift");
    expect(drift.stdout).toContain(
      `cli-db/config/my-db-3: ${PLUGIN} v1.0.1 is not in the catalog, so the connection cannot restart`,
    );
    expect(drift.stdout).not.toContain("cli-db/config/my-db:");
    const r = await sysplugins("reload", "-type=database", `-plugin=${PLUGIN}`, "-format=json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      reset: CONNECTIONS,
      failed: [{ path: "cli-db/config/my-db-3", error: expect.stringContaining(": 500 ") }],
    });
  }, 60_000);
});
