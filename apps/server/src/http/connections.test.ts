// End to end over raw sockets: framing on both connection paths (Node's native parser, and the LIST front
// a connection moves to when it sends LIST), requests of a connection in order, refused methods answered
// as Vault answers them, a client that never reads, and Vault's timeouts (set small here).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../testing/fixture.js";
import { exchange, rawRequest } from "../testing/raw-http.js";
import { serveConnections } from "./connections.js";

// Framing and ordering run with Vault's default timeouts, so a loaded machine cannot turn a slow split
// into a 408; only the timeout cases below get a server with small ones.
let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(() => f.close());

const token = "test-root-token";
const req = (method: string, path: string, body?: string, headers: string[] = []) =>
  rawRequest(method, `/v1/${path}`, { token, body, headers });
const chunked = (method: string, path: string, chunks: string[]) =>
  `${method} /v1/${path} HTTP/1.1\r\nHost: x\r\nX-Vault-Token: ${token}\r\nTransfer-Encoding: chunked\r\n\r\n${chunks
    .map((c, i) => `${Buffer.byteLength(c).toString(16)}${i === 0 ? ";ext=LIST" : ""}\r\n${c}\r\n`)
    .join("")}0\r\nX-Trailer: LIST /v1/x HTTP/1.1\r\n\r\n`;

const list = req("LIST", "sys/plugins/catalog/auth");
// Bodies that look like requests, chunked and not: only real request lines may be read as requests.
const description = "LIST /v1/sys/plugins/catalog/secret HTTP/1.1\r\n";
const create = req("POST", "sys/mounts/framed", JSON.stringify({ type: "kv", description }), [
  "Content-Type: application/json",
]);
const tune = chunked("POST", "sys/mounts/framed/tune", ['{"description":"tuned LI', 'ST /v1/x HTTP/1.1"}']);
const read = req("GET", "sys/mounts/framed");
const remove = req("DELETE", "sys/mounts/framed");

// The same requests on each path; the statuses and the order they ran in must not depend on it.
const paths: Array<[string, string[], number[]]> = [
  ["the native parser only", [create, tune, read, remove], [204, 204, 200, 204]],
  ["the LIST front from the first request", [list, create, tune, read, remove], [200, 204, 204, 200, 204]],
  [
    "the native parser, then the front from a LIST on",
    [create, tune, list, read, remove],
    [204, 204, 200, 200, 204],
  ],
];

describe.each(paths)("framing on %s", (_name, requests, statuses) => {
  const bytes = Buffer.from(requests.join(""), "latin1");
  const check = (responses: { status: number; body: string }[], at: string) => {
    const got = responses.map((r) => r.status);
    if (JSON.stringify(got) !== JSON.stringify(statuses))
      expect.fail(`${at}: statuses ${JSON.stringify(got)}`);
    const mount = JSON.parse(responses[requests.indexOf(read)]?.body ?? "{}");
    if (mount.data?.description !== "tuned LIST /v1/x HTTP/1.1")
      expect.fail(`${at}: read ${JSON.stringify(mount)}`);
  };

  it("pipelined in one write: answered in order, each after the one before it ran", async () => {
    const { responses } = await exchange(f.url, [bytes], { expect: statuses.length });
    check(responses, "one write");
    expect((await f.call("GET", "sys/mounts/framed")).status).toBe(400);
  });

  it("the same whatever byte the stream is split at", async () => {
    // Every byte around each request line and chunk boundary, every fifth byte elsewhere.
    const text = bytes.toString("latin1");
    const near = new Set<number>();
    for (const m of text.matchAll(/(?:^|\n)[A-Z]|\r\n[0-9a-f]+[;\r]/g)) {
      for (let i = m.index - 6; i <= m.index + 8; i++) near.add(i);
    }
    const points = [...Array(bytes.length + 1).keys()].filter((i) => i % 5 === 0 || near.has(i));
    for (const at of points) {
      const { responses } = await exchange(f.url, [bytes.subarray(0, at), bytes.subarray(at)], {
        expect: statuses.length,
      });
      check(responses, `split at ${at}`);
    }
    // Some hundred exchanges of five requests, three of them fsynced writes: minutes on a loaded machine.
  }, 240_000);

  it("the same when every byte arrives alone", async () => {
    const { responses } = await exchange(
      f.url,
      [...bytes].map((b) => Buffer.from([b])),
      { expect: statuses.length },
    );
    check(responses, "byte by byte");
  });
});

describe("a connection's requests run in order (issue #14)", () => {
  it.each([
    ["native", ""],
    ["front", list],
  ])("%s: POST then DELETE of one catalog entry in one write leaves no entry", async (_path, prefix) => {
    const sha = await f.writePlugin("ordered");
    const body = JSON.stringify({ sha256: sha, command: "ordered" });
    const { responses } = await exchange(
      f.url,
      [
        prefix +
          req("POST", "sys/plugins/catalog/secret/ordered", body) +
          req("DELETE", "sys/plugins/catalog/secret/ordered"),
      ],
      { expect: prefix ? 3 : 2 },
    );
    expect(responses.slice(prefix ? 1 : 0).map((r) => r.status)).toEqual([204, 204]);
    expect((await f.call("GET", "sys/plugins/catalog/secret/ordered")).status).toBe(404);
  });

  it("a pipelined LIST sees the registration before it", async () => {
    const sha = await f.writePlugin("seen-by-list");
    const { responses } = await exchange(
      f.url,
      [
        req(
          "POST",
          "sys/plugins/catalog/secret/seen-by-list",
          JSON.stringify({ sha256: sha, command: "seen-by-list" }),
        ) + req("LIST", "sys/plugins/catalog/secret"),
      ],
      { expect: 2 },
    );
    expect(responses.map((r) => r.status)).toEqual([204, 200]);
    expect(JSON.parse(responses[1]?.body ?? "{}").data.keys).toContain("seen-by-list");
    await f.call("DELETE", "sys/plugins/catalog/secret/seen-by-list");
  });
});

describe("methods Node's parser refuses are answered as Vault answers them", () => {
  it.each([
    ["FOO", "native", ""],
    ["list", "native", ""],
    ["UNLIST", "native", ""],
    ["FOO", "front", list],
    ["list", "front", list],
  ])("%s on the %s path: 405 {errors: []} after the request before it", async (method, _path, prefix) => {
    const { responses, closed } = await exchange(
      f.url,
      [prefix + req("GET", "sys/health") + req(method, "sys/plugins/catalog/secret")],
      { untilClosed: true },
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses).toEqual([...(prefix ? [200] : []), 200, 405]);
    expect(responses.at(-1)?.body).toBe('{"errors":[]}\n');
    expect(responses.at(-1)?.headers["content-type"]).toBe("application/json");
    expect(closed).toBe(true);
  });

  it.each([
    ["/v1/sys/health", 405],
    ["127.0.0.1:8200", 404],
  ])("CONNECT %s -> %i {errors: []}", async (target, status) => {
    const { responses } = await exchange(
      f.url,
      [`${req("GET", "sys/health")}CONNECT ${target} HTTP/1.1\r\nHost: x\r\n\r\n`],
      { untilClosed: true },
    );
    expect(responses.map((r) => [r.status, r.body])).toEqual([
      [200, expect.any(String)],
      [status, '{"errors":[]}\n'],
    ]);
  });

  it("and the server stays healthy", async () => {
    expect((await f.call("GET", "sys/health")).status).toBe(200);
  });
});

describe("timeouts (Vault's listener settings, 300 ms / 600 ms / 300 ms here)", () => {
  let short: Fixture;
  beforeAll(async () => {
    short = await startFixture([
      "--http-read-header-timeout",
      "300ms",
      "--http-read-timeout",
      "600ms",
      "--http-idle-timeout",
      "300ms",
    ]);
  });
  afterAll(() => short.close());
  const drip = (head: string, n: number) => [head, ...Array.from({ length: n }, () => "X-Drip: 1\r\n")];
  it.each([
    ["a connection that sends nothing", [], 0],
    ["headers dripped", drip("GET /v1/sys/health HTTP/1.1\r\n", 200), 50],
    ["headers dripped after a LIST", drip(`${list}GET /v1/sys/health HTTP/1.1\r\n`, 200), 50],
    [
      "a body dripped",
      [
        `POST /v1/sys/mounts/slow HTTP/1.1\r\nHost: x\r\nX-Vault-Token: ${token}\r\nContent-Length: 500\r\n\r\n`,
        ..."x".repeat(200),
      ],
      50,
    ],
    ["an idle connection after a response", [req("GET", "sys/health")], 0],
    ["an idle connection after a LIST", [list], 0],
  ] as Array<[string, string[], number]>)("%s is closed", async (_name, pieces, delayMs) => {
    const { closed } = await exchange(short.url, pieces, { untilClosed: true, delayMs, timeoutMs: 10_000 });
    expect(closed).toBe(true);
  });
});

describe("a client that pipelines and never reads", () => {
  it("makes the server build one response at a time, not one per request", async () => {
    let built = 0;
    let inFlight = 0;
    let mostInFlight = 0;
    let firstBuilt: () => void = () => {};
    const first = new Promise<void>((resolve) => {
      firstBuilt = resolve;
    });
    const body = Buffer.alloc(16 << 20, 0x61);
    const connections = serveConnections(
      createServer((_req, res) => {
        built++;
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        res.once("finish", () => inFlight--);
        res.end(body);
        firstBuilt();
      }),
    );
    await new Promise<void>((resolve) => connections.server.listen(0, "127.0.0.1", resolve));
    const { port } = connections.server.address() as AddressInfo;
    const socket = net.connect(port, "127.0.0.1");
    socket.pause();
    try {
      await new Promise((resolve) => socket.once("connect", resolve));
      // All 50 in one write: Node parses them in one go, so a server that built a response per request
      // would have built them all in the turn it built the first.
      socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".repeat(50));
      await first;
      for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
      const builtWhileUnread = built;
      // Now read everything: every request is answered, and no more than a few responses were ever
      // built and not yet handed to the kernel (the kernel's buffers hold a little).
      let received = 0;
      const all = 50 * body.length;
      await new Promise<void>((resolve, reject) => {
        socket.on("data", (d: Buffer) => {
          received += d.length;
          if (received >= all) resolve();
        });
        socket.once("error", reject);
        socket.resume();
      });
      expect(builtWhileUnread).toBeLessThanOrEqual(3);
      expect(built).toBe(50);
      expect(mostInFlight).toBeLessThanOrEqual(2);
    } finally {
      socket.destroy();
      await connections.close(100);
    }
  }, 60_000);
});
