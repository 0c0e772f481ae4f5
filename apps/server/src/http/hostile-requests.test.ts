// Requests a hostile client sends, against the real server over raw sockets, each answered as OpenBao
// 2.7.2 answers it (measured with `bao server -dev`; issue #24 items 5, 9 and the 431): every request read
// before a malformed one is answered first; an `Upgrade: h2c` request is answered as HTTP/1.1 and the
// connection's later requests too; more than 500 header fields is 431 instead of a token silently dropped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../testing/fixture.js";
import { exchange, rawRequest } from "../testing/raw-http.js";

let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(() => f.close());

const twoLengths = "GET /v1/sys/health HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nContent-Length: 1\r\n\r\n";
const h2cUpgrade = [
  "GET /v1/sys/health HTTP/1.1",
  "Host: 127.0.0.1",
  "Connection: Upgrade, HTTP2-Settings",
  "Upgrade: h2c",
  "HTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA",
  "",
  "",
].join("\r\n");
const statuses = (r: { responses: { status: number }[] }) => r.responses.map((x) => x.status);

describe("a request followed in the same write by a malformed one", () => {
  it.each([
    ["natively", false],
    ["after a LIST", true],
  ])("%s: the first is applied and answered, then 400 and the connection closes", async (_, list) => {
    const path = `/v1/sys/mounts/malformed-${list ? "list" : "native"}`;
    const first = list ? rawRequest("LIST", "/v1/sys/plugins/catalog/secret", { token: f.token }) : "";
    const write = `${first}${rawRequest("POST", path, { token: f.token, body: '{"type":"kv"}' })}${twoLengths}`;
    const r = await exchange(f.url, [write], { untilClosed: true });
    expect(statuses(r)).toEqual([...(list ? [200] : []), 204, 400]);
    expect(r.closed).toBe(true);
    expect((await f.call("GET", `sys/mounts/${path.split("/").pop()}`)).status).toBe(200);
  });
});

describe("Upgrade requests", () => {
  it.each([
    ["natively", false],
    ["after a LIST", true],
  ])("%s: h2c is answered as HTTP/1.1, and so are the connection's later requests", async (_, list) => {
    const first = list ? rawRequest("LIST", "/v1/sys/plugins/catalog/secret", { token: f.token }) : "";
    const later = rawRequest("GET", "/v1/sys/mounts", { token: f.token });
    const r = await exchange(f.url, [`${first}${h2cUpgrade}${later}`], { expect: list ? 3 : 2 });
    expect(statuses(r)).toEqual([...(list ? [200] : []), 200, 200]);
    expect(JSON.parse(r.responses.at(-1)?.body ?? "")).toHaveProperty("data");
  });

  it.each(["GET", "LIST"])(
    "the later request (%s) may come after the answer, as curl --http2 --next sends it",
    async (method) => {
      const r = await exchange(
        f.url,
        [
          h2cUpgrade,
          rawRequest(method, method === "GET" ? "/v1/sys/mounts" : "/v1/sys/plugins/catalog/secret", {
            token: f.token,
          }),
        ],
        {
          expect: 2,
          delayMs: 200,
        },
      );
      expect(statuses(r)).toEqual([200, 200]);
    },
  );
});

describe("header fields", () => {
  const withHeaders = (count: number) =>
    rawRequest("GET", "/v1/sys/mounts", {
      token: f.token,
      headers: Array.from({ length: count }, (_, i) => `X-H${i}: v`),
    });
  it.each([
    // Host and X-Vault-Token count too: OpenBao takes 500 fields and answers 431 to 501.
    [498, 200],
    [499, 431],
    [2100, 431],
  ])("%i more fields: %i", async (count, status) => {
    const r = await exchange(f.url, [withHeaders(count)], { expect: 1 });
    expect(statuses(r)).toEqual([status]);
  });
});
