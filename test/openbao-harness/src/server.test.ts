import { access } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baoMissing } from "./find.js";
import { type BaoWithPlugins, startBaoWithPlugins } from "./with-plugins.js";

const skip = baoMissing("the OpenBao harness test");

async function call(bao: BaoWithPlugins, method: string, path: string, body?: unknown) {
  const res = await fetch(`${bao.address}/v1/${path}`, {
    method,
    headers: { "X-Vault-Token": bao.token },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

describe.skipIf(skip)("startBaoWithPlugins", () => {
  let bao: BaoWithPlugins;
  beforeAll(async () => {
    bao = await startBaoWithPlugins();
  });
  afterAll(() => bao?.stop());

  it("is a real OpenBao on loopback, with a plugin directory of its own and an empty external catalog", async () => {
    expect(bao.address).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const catalog = await call(bao, "GET", "sys/plugins/catalog");
    const external = catalog.json.data.detailed.filter((d: { builtin: boolean }) => !d.builtin);
    expect(external).toEqual([]);
    expect(catalog.json.data.detailed[0].version).toBe(`v${bao.version}+builtin.bao`);
  });

  it("runs the project's plugin: registered, mounted, answered by the plugin process", async () => {
    const v1 = bao.plugin("sysplugins-secret", "v1.0.0");
    const body = { sha256: v1.sha256, command: v1.command, version: v1.version };
    expect((await call(bao, "POST", "sys/plugins/catalog/secret/sysplugins-secret", body)).status).toBe(204);
    const mount = { type: "sysplugins-secret", config: { plugin_version: "v1.0.0" } };
    expect((await call(bao, "POST", "sys/mounts/harness", mount)).status).toBe(204);
    const info = await call(bao, "GET", "harness/info");
    expect(info.json.data).toMatchObject({ kind: "secret", version: "v1.0.0" });
  });

  it("stops the server and removes its directories", async () => {
    const { address, pluginDir } = bao;
    await bao.stop();
    await expect(fetch(`${address}/v1/sys/health`)).rejects.toThrow();
    await expect(access(pluginDir)).rejects.toThrow();
  });
});
