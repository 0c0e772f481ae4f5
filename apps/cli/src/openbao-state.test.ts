// Plugins as code against a real OpenBao 2.7.2 (bao server -dev, the project's real plugins, which
// OpenBao runs): apply reaches a file and a second apply has nothing to do; an apply whose second group
// cannot start its plugin undoes the first and leaves the server as it was; pins are a plan error
// naming the release.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type BaoWithPlugins, baoMissing, startBaoWithPlugins } from "@sysplugins/openbao-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./test-support.js";

const skip = baoMissing("plan and apply against real OpenBao");
let bao: BaoWithPlugins | undefined;
const sysplugins = (...args: string[]) =>
  runCli({ VAULT_ADDR: bao?.address ?? "", VAULT_TOKEN: bao?.token ?? "" }, ...args);

async function api(path: string) {
  const res = await fetch(`${bao?.address}/v1/${path}`, { headers: { "X-Vault-Token": bao?.token ?? "" } });
  return (await res.json()) as { data: Record<string, unknown> };
}
/** What an apply could change: the catalog's external entries and the mounts with their versions. */
async function snapshot() {
  const detailed = (await api("sys/plugins/catalog")).data.detailed as { builtin: boolean }[];
  const mounts = (await api("sys/mounts")).data as Record<string, Record<string, string>>;
  const auth = (await api("sys/auth")).data as Record<string, Record<string, string>>;
  const rows = (t: Record<string, Record<string, string>>) =>
    Object.entries(t).map(([k, m]) => [
      k,
      m.type,
      m.plugin_version,
      m.running_plugin_version,
      m.running_sha256,
    ]);
  return JSON.stringify({
    catalog: detailed.filter((d) => !d.builtin),
    mounts: rows(mounts),
    auth: rows(auth),
  });
}

describe.skipIf(skip)("plan and apply against real OpenBao", () => {
  let dir: string;
  const file = async (name: string, yaml: string) => {
    const path = join(dir, name);
    await writeFile(path, yaml);
    return path;
  };
  const binary = (name: string, version: string) => {
    const b = bao?.plugin(name, version);
    if (!b) throw new Error("plugins not built");
    return b.file;
  };
  beforeAll(async () => {
    bao = await startBaoWithPlugins();
    dir = bao.pluginDir;
  }, 300_000);
  afterAll(() => bao?.stop());

  const v1 = () => `
plugins:
  - { type: secret, name: sysplugins-secret, version: v1.0.0, binary: ${binary("sysplugins-secret", "v1.0.0")} }
  - { type: auth, name: sysplugins-auth, version: v1.0.0, binary: ${binary("sysplugins-auth", "v1.0.0")} }
secrets:
  as-code-a: { plugin: sysplugins-secret, version: v1.0.0 }
  as-code-b: { plugin: sysplugins-secret, version: v1.0.0 }
auth:
  as-code: { plugin: sysplugins-auth, version: v1.0.0 }
`;

  it("apply reaches the file (OpenBao runs each version), then plan exits 0 and apply has nothing to do", async () => {
    const path = await file("v1.yaml", v1());
    expect((await sysplugins("plan", path)).code).toBe(2);
    const r = await sysplugins("apply", path);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/✓ as-code-a\/ runs v1\.0\.0/);
    expect(r.stdout).toMatch(/✓ auth\/as-code\/ runs v1\.0\.0/);
    expect(r.code).toBe(0);
    const m = (await api("sys/mounts/as-code-b")).data;
    expect([m.plugin_version, m.running_plugin_version]).toEqual(["v1.0.0", "v1.0.0"]);
    expect((await sysplugins("plan", path)).code).toBe(0);
    const again = await sysplugins("apply", path);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("No changes: the server matches");
  }, 180_000);

  it("an apply that fails halfway (a plugin that does not start) undoes the first group and leaves the server as it was", async () => {
    const before = await snapshot();
    const path = await file(
      "half.yaml",
      `
plugins:
  - { type: secret, name: sysplugins-secret, version: v1.0.1, binary: ${binary("sysplugins-secret", "v1.0.1")} }
  - { type: auth, name: sysplugins-auth, version: v1.0.2, binary: ${binary("sysplugins-broken", "v1.0.2")} }
secrets:
  as-code-a: { plugin: sysplugins-secret, version: v1.0.1 }
  as-code-b: { plugin: sysplugins-secret, version: v1.0.1 }
auth:
  as-code: { plugin: sysplugins-auth, version: v1.0.2 }
`,
    );
    const r = await sysplugins("apply", path);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✓ as-code-b\/ runs v1\.0\.1/);
    expect(r.stdout).toContain("Undoing what this apply changed, newest first:");
    expect(r.stdout).toContain("tuned as-code-a/ back to v1.0.0");
    expect(r.stdout).toContain(
      "deregistered secret plugin sysplugins-secret v1.0.1 (registered by this apply)",
    );
    expect(r.stdout).toContain("Rolled back: the server is as it was before this apply.");
    expect(await snapshot()).toBe(before);
    expect((await sysplugins("plan", await file("v1-again.yaml", v1()))).code).toBe(0);
  }, 180_000);

  it("pins are a plan error naming OpenBao 2.7.2", async () => {
    const path = await file(
      "pins.yaml",
      `${v1()}pins:\n  - { type: secret, name: sysplugins-secret, version: v1.0.0 }\n`,
    );
    const r = await sysplugins("plan", path);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("pins: OpenBao 2.7.2 has no plugin pins");
  }, 60_000);

  it("drift -all-nodes: bao server -dev lists itself in sys/ha-status, asked at its address", async () => {
    const r = await sysplugins("drift", "-all-nodes", "-format=json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({ node: bao?.address, active: true, checked: true, drift: [] }),
    ]);
  }, 60_000);

  it("preflight on real OpenBao: its own release and Vault 1.16.0 find nothing; a changed binary is named", async () => {
    const own = await sysplugins("preflight", `-plugin-directory=${dir}`);
    expect(own.stderr).toBe("");
    expect(own.stdout).toContain("(OpenBao 2.7.2) for OpenBao 2.7.2");
    expect(own.code).toBe(0);
    const vault = await sysplugins("preflight", "-target=vault-1.16.0", "-format=json");
    expect(JSON.parse(vault.stdout).findings).toEqual([]);
    expect(vault.code).toBe(0);
    const elsewhere = await sysplugins(
      "preflight",
      `-plugin-directory=${join(dir, "nowhere")}`,
      "-format=json",
    );
    expect(elsewhere.code).toBe(2);
    expect(JSON.parse(elsewhere.stdout).findings.map((x: { kind: string }) => x.kind)).toContain(
      "binary-missing",
    );
  }, 60_000);
});
