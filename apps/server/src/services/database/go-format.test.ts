import { describe, expect, it } from "vitest";
import { goFormat } from "./go-format.js";

describe("goFormat: a decoded JSON value as Go's %v prints it", () => {
  it.each([
    [
      "a map, keys sorted",
      { b: 2, a: [1, "x", true, null, { c: 1.5 }] },
      "map[a:[1 x true <nil> map[c:1.5]] b:2]",
    ],
    ["an empty map and slice", { m: {}, s: [] }, "map[m:map[] s:[]]"],
    ["a string with spaces", { a: { b: "d e" } }, "map[a:map[b:d e]]"],
    ["scalars", ["s", false, 0], "[s false 0]"],
    ["nil", null, "<nil>"],
  ])("%s", (_, value, want) => {
    expect(goFormat(value)).toBe(want);
  });

  it("prints values nested 10,000 deep", () => {
    let v: unknown = {};
    for (let i = 1; i < 10_000; i++) v = { a: v };
    expect(goFormat(v)).toBe(`${"map[a:".repeat(9_999)}map[]${"]".repeat(9_999)}`);
  });
});
