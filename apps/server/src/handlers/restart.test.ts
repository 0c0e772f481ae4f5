// End to end: a restart sets every mount up again, as Vault does at unseal. What ran before is not kept:
// a mount tuned but not reloaded runs its new version, a pinned mount runs the pin.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../testing/fixture.js";

let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(() => f.close());

async function register(name: string, version: string, sha: string): Promise<void> {
  const r = await f.call("POST", `sys/plugins/catalog/secret/${name}`, {
    body: { sha256: sha, command: "restart-bin", version },
  });
  expect(r.status).toBe(204);
}

const running = async (path: string) => (await f.call("GET", `sys/mounts/${path}`)).json.data;

describe("restart", () => {
  it("runs what the pin, else the configured version, selects — not what ran before", async () => {
    const sha = await f.writePlugin("restart-bin");
    for (const v of ["1.0.0", "1.0.1"]) {
      await register("tuned", v, sha);
      await register("pinny", v, sha);
    }
    await f.call("POST", "sys/mounts/tuned", {
      body: { type: "tuned", config: { plugin_version: "1.0.0" } },
    });
    await f.call("POST", "sys/mounts/pinned", {
      body: { type: "pinny", config: { plugin_version: "1.0.1" } },
    });
    expect(
      (await f.call("POST", "sys/mounts/tuned/tune", { body: { plugin_version: "1.0.1" } })).status,
    ).toBe(204);
    expect(
      (await f.call("POST", "sys/plugins/pins/secret/pinny", { body: { version: "1.0.0" } })).status,
    ).toBe(200);
    // Before the restart nothing was reloaded: both still run what they started with.
    expect(await running("tuned")).toMatchObject({
      plugin_version: "v1.0.1",
      running_plugin_version: "v1.0.0",
    });
    expect(await running("pinned")).toMatchObject({
      plugin_version: "v1.0.1",
      running_plugin_version: "v1.0.1",
    });

    await f.restart();

    expect(await running("tuned")).toMatchObject({
      plugin_version: "v1.0.1",
      running_plugin_version: "v1.0.1",
      running_sha256: sha,
    });
    const pinned = await f.call("GET", "sys/mounts/pinned");
    expect(pinned.json.data).toMatchObject({ plugin_version: "v1.0.1", running_plugin_version: "v1.0.0" });
    expect(pinned.json.warnings?.[0]).toContain("because that version is pinned");
  });

  it("a mount whose binary is gone runs nothing after a restart, and says so", async () => {
    const sha = await f.writePlugin("doomed-bin");
    await f.call("POST", "sys/plugins/catalog/secret/doomed", {
      body: { sha256: sha, command: "doomed-bin" },
    });
    expect((await f.call("POST", "sys/mounts/doomed", { body: { type: "doomed" } })).status).toBe(204);
    expect((await running("doomed")).running_sha256).toBe(sha);
    await f.writePlugin("doomed-bin", "replaced");
    await f.restart();
    expect(await running("doomed")).toMatchObject({ running_plugin_version: "", running_sha256: "" });
    // The builtins and the default mounts run again.
    expect((await running("sys")).running_plugin_version).toMatch(/\+builtin\.vault$/);
  });
});
