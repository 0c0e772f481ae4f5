import { describe, expect, it } from "vitest";
import { type LineChunk, LineSplitter } from "./lines.js";

function split(max: number, ...pushes: string[]): Array<LineChunk & { continuation: boolean }> {
  const out: Array<LineChunk & { continuation: boolean }> = [];
  const splitter = new LineSplitter(max, (c) => out.push(c));
  for (const p of pushes) splitter.push(Buffer.from(p));
  splitter.end();
  return out;
}

describe("LineSplitter", () => {
  it.each([
    { name: "lines across pushes", max: 100, pushes: ["ab", "c\nde", "f\n"], lines: ["abc", "def"] },
    { name: "CRLF", max: 100, pushes: ["a\r\nb\r\n"], lines: ["a", "b"] },
    { name: "last line without newline", max: 100, pushes: ["a\nb"], lines: ["a", "b"] },
    { name: "empty lines", max: 100, pushes: ["\n\n"], lines: ["", ""] },
    {
      name: "a long line in pieces",
      max: 4,
      pushes: ["abcdefghij\nk\n"],
      lines: ["abcd", "efgh", "ij", "k"],
    },
  ])("$name", ({ max, pushes, lines }) => {
    expect(split(max, ...pushes).map((c) => c.text)).toEqual(lines);
  });

  it("marks the pieces of a long line", () => {
    expect(split(4, "abcdefghij\nk\n")).toEqual([
      { text: "abcd", partial: true, continuation: false },
      { text: "efgh", partial: true, continuation: true },
      { text: "ij", partial: false, continuation: true },
      { text: "k", partial: false, continuation: false },
    ]);
  });

  it("holds at most the bound however much arrives without a newline", () => {
    let held = 0;
    const splitter = new LineSplitter(1024, (c) => {
      held = Math.max(held, Buffer.byteLength(c.text));
    });
    for (let i = 0; i < 1000; i++) splitter.push(Buffer.alloc(10_000, 0x61));
    expect(held).toBe(1024);
    expect((splitter as unknown as { heldBytes: number }).heldBytes).toBeLessThanOrEqual(1024);
  });
});
