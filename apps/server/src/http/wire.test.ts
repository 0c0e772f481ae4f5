// End to end: the wire conventions every route shares (reference §5, openbao-and-clients.md §1.2, §4.5).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../testing/fixture.js";

let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(() => f.close());

describe("headers and bodies", () => {
  it.each([
    ["GET", "sys/plugins/catalog", 200],
    ["GET", "sys/plugins/catalog/secret/nope", 404],
    ["GET", "sys/nothing-here", 404],
    ["POST", "sys/mounts/x", 400],
  ])("%s %s: application/json with no charset, and no-store", async (method, path, status) => {
    const r = await f.call(method, path, method === "POST" ? { body: {} } : {});
    expect(r.status).toBe(status);
    expect(r.headers.get("content-type")).toBe("application/json");
    expect(r.headers.get("cache-control")).toBe("no-store");
  });

  it("a 204 has an empty body and still says application/json", async () => {
    const r = await f.call("POST", "sys/mounts/plain", { body: { type: "kv" } });
    expect(r.status).toBe(204);
    expect(r.text).toBe("");
    expect(r.headers.get("content-type")).toBe("application/json");
  });

  it("the envelope has every field", async () => {
    const r = await f.call("GET", "sys/plugins/pins");
    expect(Object.keys(r.json).sort()).toEqual(
      [
        "auth",
        "data",
        "lease_duration",
        "lease_id",
        "mount_type",
        "renewable",
        "request_id",
        "warnings",
        "wrap_info",
      ].sort(),
    );
    expect(r.json.request_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("parses JSON whatever the Content-Type, and takes weak types", async () => {
    const r = await f.call("POST", "sys/mounts/weak", {
      rawBody: JSON.stringify({
        type: "kv",
        local: "true",
        config: { force_no_cache: "true", audit_non_hmac_request_keys: "a,b" },
      }),
      headers: { "Content-Type": "text/plain;charset=UTF-8" },
    });
    expect(r.status).toBe(204);
    const m = (await f.call("GET", "sys/mounts/weak")).json.data;
    expect(m.local).toBe(true);
    expect(m.config.force_no_cache).toBe(true);
    expect(m.config.audit_non_hmac_request_keys).toEqual(["a", "b"]);
  });

  it("a string where Vault wants a list becomes a one-element list (args)", async () => {
    const sha = await f.writePlugin("weak-args");
    await f.call("POST", "sys/plugins/catalog/secret/weak-args", {
      body: { sha256: sha, command: "weak-args", args: "--one,--two" },
    });
    expect((await f.call("GET", "sys/plugins/catalog/secret/weak-args")).json.data.args).toEqual([
      "--one,--two",
    ]);
  });

  it.each([
    ["{not json", "error parsing JSON"],
    ["[1,2]", "error parsing JSON"],
  ])("malformed body %j -> 400 %j", async (rawBody, message) => {
    const r = await f.call("POST", "sys/mounts/bad-json", {
      rawBody,
      headers: { "Content-Type": "application/json" },
    });
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual([message]);
  });

  it("a body over 32 MiB answers 413 and the server stays up", async () => {
    const big = `{"type":"kv","description":"${"x".repeat(32 * 1024 * 1024)}"}`;
    const r = await f.call("POST", "sys/mounts/huge", {
      rawBody: big,
      headers: { "Content-Type": "application/json" },
    });
    expect(r.status).toBe(413);
    expect(r.json.errors).toEqual(["http: request body too large"]);
    expect((await f.call("GET", "sys/health")).status).toBe(200);
  });

  it("an operation that the route lacks is 405, an unknown method too", async () => {
    expect((await f.call("DELETE", "sys/plugins/catalog")).json.errors).toEqual([
      "1 error occurred:\n\t* unsupported operation\n\n",
    ]);
    const patch = await f.call("PATCH", "sys/plugins/catalog", { body: {} });
    expect(patch.status).toBe(405);
    expect(patch.json.errors).toEqual([]);
  });
});

describe("tokens", () => {
  const denied = { errors: ["1 error occurred:\n\t* permission denied\n\n"] };
  it.each([
    ["no token", {}],
    ["a wrong X-Vault-Token", { "X-Vault-Token": "wrong" }],
    ["a wrong bearer", { Authorization: "Bearer wrong" }],
    ["the right token with another scheme", { Authorization: "Basic test-root-token" }],
  ])("%s is 403 on every route but health", async (_name, headers) => {
    for (const path of ["sys/plugins/catalog", "sys/mounts", "sys/plugins/pins", "sys/no-such-route"]) {
      const r = await f.call("GET", path, { token: "", headers });
      expect(r.status).toBe(403);
      expect(r.json).toEqual(denied);
    }
    expect((await f.call("GET", "sys/health", { token: "", headers })).status).toBe(200);
  });

  it("accepts Authorization: Bearer when X-Vault-Token is absent", async () => {
    const r = await f.call("GET", "sys/plugins/catalog", {
      token: "",
      headers: { Authorization: `Bearer ${f.token}` },
    });
    expect(r.status).toBe(200);
  });
});

describe("odd input never breaks the server", () => {
  it.each([
    ["POST", "sys/mounts/odd1", { type: "kv", config: "not-an-object" }],
    ["POST", "sys/mounts/odd2", { type: "kv", options: { nested: { deep: 1 } } }],
    ["POST", "sys/mounts/odd3", { type: ["kv", "x"] }],
    ["POST", "sys/mounts/odd4", { type: "kv", config: { default_lease_ttl: { h: 1 } } }],
    ["POST", "sys/plugins/catalog/secret/odd", { sha256: 1234, command: ["a", "b"], args: [{ x: 1 }] }],
    ["POST", "sys/plugins/catalog/secret/odd", { sha256: "ab", command: "", version: 1 }],
    ["POST", "sys/plugins/reload/backend", { mounts: [1, null, "x"], plugin: "" }],
    ["POST", "sys/plugins/reload/backend", { mounts: { a: 1 } }],
    ["POST", "sys/plugins/pins/secret/odd", { version: ["1", "2"] }],
    ["POST", "sys/mounts/sys/tune", { plugin_version: null }],
    ["GET", "sys/plugins/catalog/secret/odd?version=%%%", undefined],
    ["GET", "sys/plugins/catalog/secret/%E0%A4%A", undefined],
    ["GET", "sys/plugins/catalog/secret/odd?version=1&version=2", undefined],
    ["DELETE", "sys/plugins/catalog/secret/odd?version=not..a..version", undefined],
    ["GET", `sys/mounts/${"a/".repeat(500)}`, undefined],
  ])("%s %s %j: a Vault answer, never an unhandled error", async (method, path, body) => {
    const r = await f.call(method, path, body === undefined ? {} : { body });
    expect(r.status).toBeLessThan(600);
    expect(r.headers.get("content-type")).toBe("application/json");
    expect(r.text).not.toContain("internal error");
  });

  it("is still healthy", async () => {
    expect((await f.call("GET", "sys/health")).status).toBe(200);
  });
});
