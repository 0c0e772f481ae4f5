// Every JSON body ends with one "\n", as Go's json.Encoder writes it (every one of 57 bodies of bao server
// -dev 2.6.1 to 2.7.2 did, measured; Vault's jsonutil.EncodeJSON is the same encoder): envelopes, raw
// answers, mount reads (data at the top), errors of every kind, answers written below Koa.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../testing/fixture.js";

let f: Fixture;
beforeAll(async () => {
  f = await startFixture(["--flavor", "openbao"]);
});
afterAll(() => f.close());

const raw = (method: string, path: string, body?: string, token = true) =>
  new Promise<{ status: number; type: string | undefined; text: string }>((resolve, reject) => {
    const req = request(`${f.url}/v1/${path}`, {
      method,
      headers: token ? { "X-Vault-Token": f.token } : {},
    });
    req.on("response", (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => {
        text += c;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"], text }));
    });
    req.on("error", reject);
    req.end(body);
  });

describe("JSON bodies end with a newline", () => {
  it.each([
    ["GET", "sys/health", undefined, true, 200],
    ["GET", "sys/seal-status", undefined, true, 200],
    ["GET", "sys/plugins/catalog", undefined, true, 200],
    ["GET", "sys/mounts/sys", undefined, true, 200],
    ["GET", "sys/plugins/catalog/secret/none", undefined, true, 404],
    ["POST", "sys/plugins/catalog/secret/x", "{not json", true, 400],
    ["GET", "sys/plugins/pins", undefined, true, 404],
    ["GET", "sys/plugins/catalog", undefined, false, 403],
    ["FOO", "sys/health", undefined, true, 405],
  ] as const)("%s %s", async (method, path, body, token, status) => {
    const r = await raw(method, path, body, token);
    expect(r.status).toBe(status);
    expect(r.type).toBe("application/json");
    expect(r.text.endsWith("}\n")).toBe(true);
    expect(JSON.parse(r.text)).toBeTypeOf("object");
  });

  it("a 204 stays empty", async () => {
    const r = await raw("DELETE", "sys/plugins/catalog/secret/none");
    expect([r.status, r.text]).toEqual([204, ""]);
  });
});
