// The cleanup against a real OpenBao when the plugin's version variable is not configured: OpenBao stores
// an unversioned registration under the version the binary reports, and a DELETE without a version then
// answers 204 and removes nothing. The run must still leave nothing with its prefix behind, or say what.
import { type BaoWithPlugins, baoMissing, startBaoWithPlugins } from "@sysplugins/openbao-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checks } from "./checks/index.js";
import { runChecks } from "./engine.js";

const skip = baoMissing("the conformance cleanup against real OpenBao");
let bao: BaoWithPlugins | undefined;

describe.skipIf(skip)("cleanup on real OpenBao", () => {
  beforeAll(async () => {
    bao = await startBaoWithPlugins();
  }, 300_000);
  afterAll(() => bao?.stop());

  it("a run without SYSPLUGINS_CONFORMANCE_PLUGIN_VERSION_ENV leaves no catalog entry of its own", async () => {
    if (!bao) throw new Error("OpenBao did not start");
    const plugin = bao.plugin("sysplugins-secret", "v1.0.0");
    const run = await runChecks({
      target: { address: bao.address, token: bao.token },
      checks: checks.filter((c) => ["catalog.register.204", "catalog.names.slash"].includes(c.id)),
      plugin: { command: plugin.command, sha256: plugin.sha256 },
    });
    const res = await fetch(`${bao.address}/v1/sys/plugins/catalog`, {
      headers: { "X-Vault-Token": bao.token },
    });
    const detailed = ((await res.json()) as { data: { detailed: { name: string; version: string }[] } }).data
      .detailed;
    const left = detailed.filter((d) => d.name.startsWith("sysplugins-conf-"));
    expect(left.map((d) => `${d.name} ${d.version}`)).toEqual([]);
    expect(run.leftovers).toEqual([]);
  }, 120_000);
});
