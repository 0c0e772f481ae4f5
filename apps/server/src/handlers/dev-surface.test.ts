// End to end: what a dev-mode server answers besides the plugin API, shaped as `bao server -dev` and
// Vault's api package parse it; one root token, and every other token still 403.
import { contract } from "@sysplugins/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../testing/fixture.js";

let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(() => f.close());

describe("the dev surface", () => {
  it.each([
    ["sys/seal-status", { type: "shamir", initialized: true, sealed: false, t: 1, n: 1, version: "1.20.0" }],
    ["sys/init", { initialized: true }],
    ["sys/leader", { ha_enabled: false }],
  ])("GET %s answers without a token, outside the envelope", async (path, expected) => {
    for (const token of ["", "not-the-root-token", f.token]) {
      const r = await f.call("GET", path, { token });
      expect(r.status).toBe(200);
      expect(r.headers.get("content-type")).toBe("application/json");
      expect(r.json).toMatchObject(expected);
      expect(r.json.data).toBeUndefined();
    }
    expect((await f.call("POST", path, { body: {} })).status).toBe(405);
  });

  it.each(["GET", "POST"])("%s auth/token/lookup-self describes the root token", async (method) => {
    const r = await f.call(method, "auth/token/lookup-self", method === "POST" ? { body: {} } : {});
    expect(r.status).toBe(200);
    expect(r.json.data).toMatchObject({
      id: f.token,
      policies: ["root"],
      path: "auth/token/root",
      expire_time: null,
      ttl: 0,
      type: "service",
    });
    expect(r.json.data.accessor).not.toContain(f.token);
  });

  it.each([
    ["auth/token/lookup-self", "GET", undefined],
    ["sys/capabilities-self", "POST", { paths: ["sys/plugins/catalog"] }],
    ["sys/internal/ui/mounts/secret", "GET", undefined],
  ])("%s refuses any other token", async (path, method, body) => {
    for (const token of ["", "other"]) {
      const r = await f.call(method, path, { token, ...(body ? { body } : {}) });
      expect(r.status).toBe(403);
      expect(r.json.errors.join()).toContain("permission denied");
    }
  });

  it.each([
    [{ paths: ["sys/plugins/catalog", "a/b"] }, { "sys/plugins/catalog": ["root"], "a/b": ["root"] }],
    [{ paths: "x,y" }, { x: ["root"], y: ["root"] }],
    [{ path: "sys/plugins/catalog" }, { "sys/plugins/catalog": ["root"], capabilities: ["root"] }],
    [{ paths: ["one"] }, { one: ["root"], capabilities: ["root"] }],
  ])("capabilities-self %j", async (body, expected) => {
    const r = await f.call("POST", "sys/capabilities-self", { body });
    expect(r.status).toBe(200);
    expect(r.json.data).toEqual(expected);
    expect(r.json).toMatchObject(expected);
  });

  it("capabilities-self without paths is 400 in Vault's words", async () => {
    const r = await f.call("PUT", "sys/capabilities-self", { body: {} });
    expect(r.status).toBe(400);
    expect(r.json).toEqual({ errors: ["paths must be supplied"] });
  });

  it("sys/internal/ui/mounts lists every mount for root and none without a token", async () => {
    const root = await f.call("GET", "sys/internal/ui/mounts");
    expect(Object.keys(root.json.data.secret)).toEqual(expect.arrayContaining(["cubbyhole/", "sys/"]));
    expect(root.json.data.auth["token/"].type).toBe("token");
    expect((await f.call("GET", "sys/internal/ui/mounts", { token: "" })).json.data).toEqual({
      secret: {},
      auth: {},
    });
  });

  it("sys/internal/ui/mounts/:path finds the mount by the longest prefix", async () => {
    await f.call("POST", "sys/mounts/team/kv", { body: { type: "kv" } });
    const kv = await f.call("GET", "sys/internal/ui/mounts/team/kv/some/secret");
    expect(kv.json.data).toMatchObject({ path: "team/kv/", type: "kv" });
    const token = await f.call("GET", "sys/internal/ui/mounts/auth/token");
    expect(token.json.data).toMatchObject({ path: "token/", type: "token" });
    const missing = await f.call("GET", "sys/internal/ui/mounts/nothing-here");
    expect(missing.status).toBe(403);
    expect(missing.json.errors[0]).toMatch(/preflight capability check returned 403.*"nothing-here\/"/);
  });

  it("serves the contract at sys/internal/specs/openapi, and no paths without a token", async () => {
    const r = await f.call("GET", "sys/internal/specs/openapi");
    expect(r.status).toBe(200);
    expect(r.json).toEqual(contract);
    const anonymous = await f.call("GET", "sys/internal/specs/openapi", { token: "" });
    expect(anonymous.json).toMatchObject({ openapi: contract.openapi, paths: {} });
  });

  it("still refuses other tokens on the plugin API", async () => {
    expect((await f.call("GET", "sys/plugins/catalog", { token: "other" })).status).toBe(403);
  });
});
