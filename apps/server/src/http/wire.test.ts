// End to end: the wire conventions every route shares (reference §5, openbao-and-clients.md §1.2, §4.5).
import net from "node:net";
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

describe("the LIST method through the framing front", () => {
  /** Sends raw bytes, in the given pieces, on one connection; returns everything the server answered. */
  function exchange(pieces: Buffer[], expectResponses: number): Promise<string> {
    const { port } = new URL(f.url);
    return new Promise((resolve, reject) => {
      const socket = net.connect(Number(port), "127.0.0.1");
      socket.setNoDelay(true);
      let received = "";
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`timed out; received ${JSON.stringify(received)}`));
      }, 5000);
      socket.on("data", (d) => {
        received += d.toString("latin1");
        if (
          (received.match(/HTTP\/1\.1 \d{3}/g) ?? []).length >= expectResponses &&
          /\r\n\r\n[\s\S]*\}$|204 No Content[\s\S]*\r\n\r\n$/.test(received)
        ) {
          clearTimeout(timer);
          socket.end();
          resolve(received);
        }
      });
      socket.on("error", reject);
      socket.on("connect", async () => {
        for (const piece of pieces) {
          socket.write(piece);
          await new Promise((r) => setImmediate(r));
        }
      });
    });
  }

  const body = JSON.stringify({ type: "kv", description: "LIST /v1/sys/plugins/catalog/secret HTTP/1.1" });
  const request = (method: string, path: string, extra = "") =>
    `${method} /v1/${path} HTTP/1.1\r\nHost: x\r\nX-Vault-Token: test-root-token\r\n${extra}\r\n`;
  const stream = [
    request("LIST", "sys/plugins/catalog/auth"),
    request(
      "POST",
      "sys/mounts/pipelined",
      `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n`,
    ) + body,
    request("LIST", "sys/plugins/catalog/database"),
  ].join("");

  it("answers pipelined LIST requests on one keep-alive connection; body bytes are never rewritten", async () => {
    const out = await exchange([Buffer.from(stream, "latin1")], 3);
    expect(out.match(/HTTP\/1\.1 (\d{3})/g)).toEqual(["HTTP/1.1 200", "HTTP/1.1 204", "HTTP/1.1 200"]);
    expect(out).toContain("approle");
    expect(out).toContain("mysql-database-plugin");
    const m = await f.call("GET", "sys/mounts/pipelined");
    expect(m.json.data.description).toBe("LIST /v1/sys/plugins/catalog/secret HTTP/1.1");
    await f.call("DELETE", "sys/mounts/pipelined");
  });

  it("answers the same whatever byte the stream is split at", async () => {
    const bytes = Buffer.from(stream, "latin1");
    // Every split point in the first two request lines and around the body, where a wrong parse would show.
    const points = [...Array(bytes.length).keys()].filter((i) => i % 7 === 0 || i < 40);
    for (const at of points) {
      const out = await exchange([bytes.subarray(0, at), bytes.subarray(at)], 3);
      const statuses = out.match(/HTTP\/1\.1 (\d{3})/g);
      if (JSON.stringify(statuses) !== JSON.stringify(["HTTP/1.1 200", "HTTP/1.1 204", "HTTP/1.1 200"])) {
        expect.fail(`split at ${at}: ${JSON.stringify(statuses)}`);
      }
      await f.call("DELETE", "sys/mounts/pipelined");
    }
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
