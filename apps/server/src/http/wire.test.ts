// End to end: the wire conventions every route shares (reference §5, openbao-and-clients.md §1.2, §4.5).
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../testing/fixture.js";
import { exchange, rawRequest } from "../testing/raw-http.js";

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
    ["POST", "sys/mounts/odd1", { type: "kv", config: "not-an-object" }, 400],
    ["POST", "sys/mounts/odd2", { type: "kv", options: { nested: { deep: 1 } } }, 400],
    ["POST", "sys/mounts/odd3", { type: ["kv", "x"] }, 400],
    ["POST", "sys/mounts/odd4", { type: "kv", config: { default_lease_ttl: { h: 1 } } }, 400],
    ["POST", "sys/plugins/catalog/secret/odd", { sha256: 1234, command: ["a", "b"], args: [{ x: 1 }] }, 400],
    ["POST", "sys/plugins/catalog/secret/odd", { sha256: "ab", command: "", version: 1 }, 400],
    [
      "POST",
      "sys/plugins/reload/backend",
      { mounts: [1, null, "x"], plugin: "" },
      500,
    ] /* Vault: 500; OpenBao 400 (flavour rule) */,
    ["POST", "sys/plugins/reload/backend", { mounts: { a: 1 } }, 400],
    ["POST", "sys/plugins/pins/secret/odd", { version: ["1", "2"] }, 400] /* OpenBao has no pins: 404 */,
    ["POST", "sys/mounts/sys/tune", { plugin_version: null }, 400],
    [
      "GET",
      "sys/plugins/catalog/secret/odd?version=%%%",
      undefined,
      400,
    ] /* OpenBao: 404 (the query is ignored); see docs/FIDELITY.md */,
    ["GET", "sys/plugins/catalog/secret/%E0%A4%A", undefined, 400],
    [
      "GET",
      "sys/plugins/catalog/secret/odd?version=1&version=2",
      undefined,
      404,
    ] /* OpenBao: 400 ([]string); see docs/FIDELITY.md */,
    ["DELETE", "sys/plugins/catalog/secret/odd?version=not..a..version", undefined, 400],
    ["GET", `sys/mounts/${"a/".repeat(500)}`, undefined, 400],
  ])(
    "%s %s %j: %i (OpenBao 2.7.2 measured; differences noted), never an unhandled error",
    async (method, path, body, status) => {
      const r = await f.call(method, path, body === undefined ? {} : { body });
      expect(r.status).toBe(status);
      expect(r.headers.get("content-type")).toBe("application/json");
      expect(r.text).not.toContain("internal error");
    },
  );

  it("is still healthy", async () => {
    expect((await f.call("GET", "sys/health")).status).toBe(200);
  });
});

describe("wire details where Vault's answer is the reference (issue #14)", () => {
  const gzip = zlib.gzipSync(JSON.stringify({ type: "kv" }));
  it.each(["gzip", "deflate", "br"])(
    "Content-Encoding: %s on a plain JSON body is read as plain",
    async (enc) => {
      const r = await f.call("POST", `sys/mounts/enc-${enc}`, {
        rawBody: JSON.stringify({ type: "kv" }),
        headers: { "Content-Type": "application/json", "Content-Encoding": enc },
      });
      expect(r.status).toBe(204);
      expect((await f.call("GET", `sys/mounts/enc-${enc}`)).status).toBe(200);
    },
  );

  it("a compressed body is not decoded: 400 error parsing JSON", async () => {
    const head = `POST /v1/sys/mounts/gz HTTP/1.1\r\nHost: x\r\nX-Vault-Token: ${f.token}\r\nContent-Encoding: gzip\r\nContent-Length: ${gzip.length}\r\n\r\n`;
    const { responses } = await exchange(f.url, [Buffer.concat([Buffer.from(head), gzip])], { expect: 1 });
    expect(responses[0]?.status).toBe(400);
    expect(JSON.parse(responses[0]?.body ?? "{}").errors).toEqual(["error parsing JSON"]);
  });

  it.each(["*/*", "garbage", "application/json, text/plain"])(
    "a Content-Type that does not parse (%j): the body is still JSON",
    async (contentType) => {
      const name = `ct-${contentType.replace(/\W/g, "")}`;
      expect((await f.call("POST", `sys/mounts/${name}`, { body: { type: "kv" } })).status).toBe(204);
      const tune = await f.call("POST", `sys/mounts/${name}/tune`, {
        rawBody: JSON.stringify({ description: "applied" }),
        headers: { "Content-Type": contentType },
      });
      expect(tune.status).toBe(204);
      expect((await f.call("GET", `sys/mounts/${name}`)).json.data.description).toBe("applied");
      const register = await f.call("POST", "sys/plugins/catalog/secret/ct-plugin", {
        rawBody: JSON.stringify({ sha256: await f.writePlugin("ct-plugin"), command: "ct-plugin" }),
        headers: { "Content-Type": contentType },
      });
      expect(register.status).toBe(204);
    },
  );

  it.each([5_000, 9_999])("JSON nested %i levels in a typed field: 400, not 500", async (depth) => {
    const r = await f.call("POST", "sys/mounts/deep", {
      rawBody: `{"type":"kv","config":${"[".repeat(depth)}${"]".repeat(depth)}}`,
      headers: { "Content-Type": "application/json" },
    });
    expect(r.status).toBe(400);
    expect((await f.call("GET", "sys/health")).status).toBe(200);
  });

  it("HEAD /v1/sys/health: 200 with no body", async () => {
    const { responses, raw } = await exchange(f.url, [rawRequest("HEAD", "/v1/sys/health")], {
      expect: 1,
      heads: [true],
    });
    expect(responses[0]?.status).toBe(200);
    expect(responses[0]?.headers["content-type"]).toBe("application/json");
    expect(raw.endsWith("\r\n\r\n")).toBe(true);
  });

  it("HEAD elsewhere is 405 as Vault answers it", async () => {
    expect((await f.call("HEAD", "sys/mounts")).status).toBe(405);
  });

  it("two X-Vault-Token headers: the first counts, as Go's Header.Get reads it", async () => {
    const twice = (first: string, second: string) =>
      exchange(
        f.url,
        [
          rawRequest("GET", "/v1/sys/mounts", {
            headers: [`X-Vault-Token: ${first}`, `X-Vault-Token: ${second}`],
          }),
        ],
        { expect: 1 },
      );
    expect((await twice(f.token, "wrong")).responses[0]?.status).toBe(200);
    expect((await twice("wrong", f.token)).responses[0]?.status).toBe(403);
  });

  it.each([
    ["POST", "/v1/sys/mounts/..", "/v1/sys/", ""],
    ["POST", "/v1/sys/mounts/x/../y", "/v1/sys/mounts/y", ""],
    [
      "GET",
      "/v1/sys//mounts?a=1",
      "/v1/sys/mounts?a=1",
      '<a href="/v1/sys/mounts?a=1">Temporary Redirect</a>.\n\n',
    ],
    ["GET", "/v1/sys", "/v1/sys/", '<a href="/v1/sys/">Temporary Redirect</a>.\n\n'],
  ])("%s %s: 307 to the cleaned path %s, as Go's mux answers", async (method, path, location, body) => {
    const { responses } = await exchange(
      f.url,
      [rawRequest(method, path, { token: f.token, body: method === "POST" ? '{"type":"kv"}' : undefined })],
      { expect: 1 },
    );
    expect(responses[0]?.status).toBe(307);
    expect(responses[0]?.headers.location).toBe(location);
    expect(responses[0]?.body).toBe(body);
    expect(responses[0]?.headers["content-type"]).toBe(body ? "text/html; charset=utf-8" : undefined);
    expect((await f.call("GET", "sys/mounts")).json.data["../"]).toBeUndefined();
  });
});
