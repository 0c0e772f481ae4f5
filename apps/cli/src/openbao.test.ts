// Vault's upgrade procedure with sysplugins against a real OpenBao (bao server -dev on a loopback port)
// and the project's real plugin, built at two versions: OpenBao runs the plugin, so what runs is real.
import { type BaoWithPlugins, baoMissing, startBaoWithPlugins } from "@sysplugins/openbao-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./test-support.js";

const skip = baoMissing("the CLI against real OpenBao");
let bao: BaoWithPlugins | undefined;
const sysplugins = (...args: string[]) =>
  runCli({ VAULT_ADDR: bao?.address ?? "", VAULT_TOKEN: bao?.token ?? "" }, ...args);

describe.skipIf(skip)("the CLI against real OpenBao", () => {
  beforeAll(async () => {
    bao = await startBaoWithPlugins();
  }, 300_000);
  afterAll(() => bao?.stop());

  it("register, secrets enable, upgrade (tune, reload, verify), secrets list -detailed", async () => {
    const v0 = bao?.plugin("sysplugins-secret", "v1.0.0");
    const v1 = bao?.plugin("sysplugins-secret", "v1.0.1");
    if (!v0 || !v1) throw new Error("plugins not built");
    const reg = await sysplugins(
      "register",
      `-binary=${v0.file}`,
      "-version=v1.0.0",
      "secret",
      "sysplugins-secret",
    );
    expect(reg.stderr).toBe("");
    const enable = await sysplugins(
      "secrets",
      "enable",
      "-path=cli-bao",
      "-plugin-version=v1.0.0",
      "sysplugins-secret",
    );
    expect(enable.stderr).toBe("");
    const up = await sysplugins(
      "upgrade",
      "-version=v1.0.1",
      `-binary=${v1.file}`,
      "secret",
      "sysplugins-secret",
    );
    expect(up.stdout).toContain(`command ${v1.command}`);
    expect(up.stdout).toMatch(/✓ cli-bao\/ runs v1\.0\.1/);
    expect(up.code).toBe(0);
    const listed = await sysplugins("secrets", "list", "-detailed");
    expect(listed.stdout).toMatch(
      new RegExp(`^cli-bao/\\s.*\\sv1\\.0\\.1\\s+v1\\.0\\.1\\s+${v1.sha256}\\s`, "m"),
    );
    const noop = await sysplugins("upgrade", "-version=v1.0.1", "secret", "sysplugins-secret");
    expect(noop.stdout).toContain("Nothing to do");
    const mounts = await sysplugins("mounts");
    expect(mounts.code).toBe(0);
    expect(mounts.stdout).toMatch(/cli-bao\/\s+sysplugins-secret\s+v1\.0\.1\s+n\/a\s+v1\.0\.1/);
  }, 120_000);

  it("a failed upgrade leaves the mount running what it ran, and exits 1", async () => {
    const broken = bao?.plugin("sysplugins-broken", "v1.0.2");
    if (!broken) throw new Error("plugins not built");
    const r = await sysplugins(
      "upgrade",
      "-version=v1.0.2",
      `-binary=${broken.file}`,
      "secret",
      "sysplugins-secret",
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("upgrade failed");
    const m = await sysplugins("secrets", "list", "-format=json");
    const mount = JSON.parse(m.stdout)["cli-bao/"];
    expect([mount.plugin_version, mount.running_plugin_version]).toEqual(["v1.0.1", "v1.0.1"]);
  }, 120_000);

  // bao secrets enable -plugin-version=v1.0.0 mounts v1.0.0 with v1.0.1 registered: so must sysplugins.
  it.each([
    ["secrets", "secret", "sysplugins-secret", "sys/mounts"],
    ["auth", "auth", "sysplugins-auth", "sys/auth"],
  ])(
    "%s enable -plugin-version=v1.0.0 with v1.0.0 and v1.0.1 registered mounts v1.0.0",
    async (kind, type, name, table) => {
      for (const v of ["v1.0.0", "v1.0.1"]) {
        const b = bao?.plugin(name, v);
        if (!b) throw new Error("plugins not built");
        const reg = await sysplugins("register", `-binary=${b.file}`, `-version=${v}`, type, name);
        expect(reg.stderr).toBe("");
      }
      const path = `cli-many-${kind}`;
      const r = await sysplugins(kind, "enable", `-path=${path}`, "-plugin-version=v1.0.0", name);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const res = await fetch(`${bao?.address}/v1/${table}/${path}`, {
        headers: { "X-Vault-Token": bao?.token ?? "" },
      });
      const m = ((await res.json()) as { data: Record<string, string> }).data;
      expect([m.plugin_version, m.running_plugin_version]).toEqual(["v1.0.0", "v1.0.0"]);
      expect((await sysplugins(kind, "disable", path)).code).toBe(0);
    },
    120_000,
  );
});
