import { describe, expect, it } from "vitest";
import { createRequestRewriter } from "./request-rewriter.js";

function run(chunks: Buffer[]): string {
  const rewriter = createRequestRewriter();
  return Buffer.concat(chunks.map((c) => rewriter.push(c))).toString("latin1");
}

const body = '{"note":"LIST /v1/not-a-request HTTP/1.1\\r\\n"}';
const chunkedBody = "LIST /inside-a-chunk HTTP/1.1\r\n";
const stream = [
  "LIST /v1/sys/plugins/catalog/secret HTTP/1.1\r\nHost: x\r\n\r\n",
  `POST /v1/sys/plugins/catalog/secret/a HTTP/1.1\r\nHost: x\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  `PUT /v1/x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n${chunkedBody.length.toString(16)};ext=1\r\n${chunkedBody}\r\n5\r\nLIST \r\n0\r\nX-Trailer: LIST\r\n\r\n`,
  "\r\nLIST /v1/sys/plugins/catalog/auth HTTP/1.1\r\ncontent-length: 5\r\n\r\nLIST ",
  "GET /v1/sys/plugins/catalog/database?list=true HTTP/1.1\r\n\r\n",
  "LISTEN /v1/odd HTTP/1.1\r\n\r\n",
  "LIST /v1/last HTTP/1.1\r\n\r\n",
].join("");
const expected = stream
  .replace("LIST /v1/sys/plugins/catalog/secret", "LINK /v1/sys/plugins/catalog/secret")
  .replace("LIST /v1/sys/plugins/catalog/auth", "LINK /v1/sys/plugins/catalog/auth")
  .replace("LIST /v1/last", "LINK /v1/last");

describe("request rewriter", () => {
  it("rewrites only real request lines in a pipelined stream", () => {
    expect(run([Buffer.from(stream, "latin1")])).toBe(expected);
  });

  it("gives the same bytes whatever single position the stream is split at", () => {
    const bytes = Buffer.from(stream, "latin1");
    for (let at = 0; at <= bytes.length; at++) {
      const got = run([bytes.subarray(0, at), bytes.subarray(at)]);
      if (got !== expected) expect.fail(`split at byte ${at} gave ${JSON.stringify(got)}`);
    }
  });

  it("gives the same bytes when every byte arrives alone", () => {
    const bytes = Buffer.from(stream, "latin1");
    const single = [...bytes].map((b) => Buffer.from([b]));
    expect(run(single)).toBe(expected);
  });

  it("gives the same bytes for random splits into many pieces", () => {
    const bytes = Buffer.from(stream, "latin1");
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 200; round++) {
      const pieces: Buffer[] = [];
      let at = 0;
      while (at < bytes.length) {
        const n = 1 + Math.floor(random() * 12);
        pieces.push(bytes.subarray(at, at + n));
        at += n;
      }
      expect(run(pieces)).toBe(expected);
    }
  });

  it("passes an upgraded connection through untouched", () => {
    const s = "GET /ws HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\nLIST /x HTTP/1.1\r\n\r\n";
    expect(run([Buffer.from(s)])).toBe(s);
  });
});
