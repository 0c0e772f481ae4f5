import { describe, expect, it } from "vitest";
import { refusedRequest } from "./refused-request.js";

// Packets and offsets as Node's parser reports them (measured on Node 20: a LIST is refused at its S).
describe("refusedRequest", () => {
  it.each([
    ["a LIST first on the connection", "LIST /x HTTP/1.1\r\n\r\n", 2, false, "LIST /x HTTP/1.1\r\n\r\n"],
    [
      "a LIST after a pipelined GET",
      "GET / HTTP/1.1\r\n\r\nLIST /x HTTP/1.1\r\n\r\n",
      20,
      false,
      "LIST /x HTTP/1.1\r\n\r\n",
    ],
    ["a LIST right after a body", "abcLIST /x HTTP/1.1\r\n\r\n", 5, true, "LIST /x HTTP/1.1\r\n\r\n"],
    ["a LIST split after LI", "ST /x HTTP/1.1\r\n\r\n", 0, true, "LIST /x HTTP/1.1\r\n\r\n"],
    ["a LIST split after L", "IST /x HTTP/1.1\r\n\r\n", 1, true, "LIST /x HTTP/1.1\r\n\r\n"],
    ["a packet that ends inside LIST", "LIS", 2, false, "LIS"],
  ])("%s is a LIST", (_name, packet, at, earlier, head) => {
    const got = refusedRequest(Buffer.from(packet, "latin1"), at, earlier);
    expect(got.list && got.head.toString("latin1")).toBe(head);
  });

  it.each([
    ["FOO", "FOO /x HTTP/1.1\r\n\r\n", 1, false],
    ["lowercase list", "list /x HTTP/1.1\r\n\r\n", 0, false],
    ["UNLIST", "UNLIST /x HTTP/1.1\r\n\r\n", 4, false],
    ["LISTEN", "LISTEN /x HTTP/1.1\r\n\r\n", 2, false],
    ["ST at the start of a connection", "ST /x HTTP/1.1\r\n\r\n", 0, false],
  ])("%s is not", (_name, packet, at, earlier) => {
    expect(refusedRequest(Buffer.from(packet, "latin1"), at, earlier).list).toBe(false);
  });
});
