// End to end: reload requests and status (reference §3; TestSystemBackend_Plugin_reload,
// TestSystemBackend_PluginReload_WarningIfNoneReloaded).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../testing/fixture.js";

let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
  const sha = await f.writePlugin("mock-plugin");
  await f.call("POST", "sys/plugins/catalog/secret/mock", { body: { sha256: sha, command: "mock-plugin" } });
  await f.call("POST", "sys/plugins/catalog/auth/mock", { body: { sha256: sha, command: "mock-plugin" } });
  await f.call("POST", "sys/mounts/mock-0", { body: { type: "mock" } });
  await f.call("POST", "sys/mounts/mock-1", { body: { type: "mock" } });
  await f.call("POST", "sys/auth/mock-0", { body: { type: "mock" } });
  await f.call("POST", "sys/auth/mock-1", { body: { type: "mock" } });
});
afterAll(() => f.close());

describe("reload", () => {
  it.each([
    ["backend by plugin", "sys/plugins/reload/backend", { plugin: "mock" }],
    ["backend by mounts (comma string)", "sys/plugins/reload/backend", { mounts: "mock-0/,mock-1" }],
    ["backend by auth mounts", "sys/plugins/reload/backend", { mounts: "sys/auth/mock-0/,auth/mock-1/" }],
    ["backend by mounts (array)", "sys/plugins/reload/backend", { mounts: ["mock-0", "auth/mock-1"] }],
    ["root reload auth", "sys/plugins/reload/auth/mock", {}],
    ["root reload secret", "sys/plugins/reload/secret/mock", {}],
    ["root reload unknown", "sys/plugins/reload/unknown/mock", {}],
  ])("%s answers 200 with a reload_id and no warnings", async (_name, path, body) => {
    const r = await f.call("POST", path, { body });
    expect(r.status).toBe(200);
    expect(r.json.data.reload_id).toBe(r.json.request_id);
    expect(r.json.warnings).toBeNull();
    const status = await f.call(
      "GET",
      `sys/plugins/reload/backend/status?reload_id=${r.json.data.reload_id}`,
    );
    expect(status.status).toBe(200);
    const [node] = Object.values(status.json.data.results) as { timestamp: string; error: string }[];
    expect(node?.error).toBe("");
    expect(Date.parse(node?.timestamp ?? "")).not.toBeNaN();
  });

  it("warns when nothing was reloaded, and says so for global scope with 202", async () => {
    const none = await f.call("POST", "sys/plugins/reload/backend", { body: { plugin: "does-not-exist" } });
    expect(none.status).toBe(200);
    expect(none.json.warnings).toEqual(["no plugins were reloaded"]);
    const global = await f.call("POST", "sys/plugins/reload/backend", {
      body: { plugin: "does-not-exist", scope: "global" },
    });
    expect(global.status).toBe(202);
    expect(global.json.warnings).toEqual([
      "no plugins were reloaded locally (but they may be reloaded on other nodes)",
    ]);
    const rootGlobal = await f.call("POST", "sys/plugins/reload/secret/mock", { body: { scope: "global" } });
    expect(rootGlobal.status).toBe(202);
  });

  it.each([
    [{ plugin: "mock", scope: "local" }, 400, "reload scope must be omitted or 'global'"],
    [{ plugin: "mock", mounts: ["mock-0"] }, 400, "plugin and mounts cannot be set at the same time"],
    [{}, 400, "plugin or mounts must be provided"],
    [{ mounts: "mock-0,missing" }, 500, '1 error occurred:\n\t* cannot fetch mount entry on "missing/"\n\n'],
  ])("%j -> %i", async (body, status, message) => {
    const r = await f.call("POST", "sys/plugins/reload/backend", { body });
    expect(r.status).toBe(status);
    expect(r.json.errors).toEqual([message]);
  });

  it("status: missing reload_id is 400, an unknown one 404, and a failed reload reports its error", async () => {
    expect((await f.call("GET", "sys/plugins/reload/backend/status")).status).toBe(400);
    expect((await f.call("GET", "sys/plugins/reload/backend/status?reload_id=nope")).status).toBe(404);
  });
});
