import { describe, expect, it } from "vitest";
import { canonicalJson, copyJson, jsonText, sameJson } from "./json-text.js";

const nested = (depth: number) => {
  let v: unknown = {};
  for (let i = 1; i < depth; i++) v = i % 2 ? { a: v, b: [1, null, "x"] } : [v];
  return v;
};

describe("JSON of deeply nested data", () => {
  it("jsonText is JSON.stringify's text where that works, and reads back where it overflows", () => {
    const shallow = { b: 1, a: [1, "two", null, true, { c: undefined }], d: undefined };
    expect(jsonText(shallow)).toBe(JSON.stringify(shallow));
    const deep = nested(10_000);
    expect(() => JSON.stringify(deep)).toThrow(RangeError);
    const text = jsonText(deep);
    expect(text.startsWith('{"a":[{"a":[')).toBe(true);
    expect(canonicalJson(JSON.parse(text))).toBe(text);
  });

  it("agrees with JSON.stringify byte for byte where that works", () => {
    const value = { z: "é\u0000\n", a: [undefined, 1.5, -0, 1e21], n: { m: {} } };
    // Forced through the walk: canonicalJson sorts, so compare an already sorted value.
    expect(canonicalJson({ a: value.a, n: value.n, z: value.z })).toBe(
      JSON.stringify({ a: value.a, n: value.n, z: value.z }),
    );
  });

  it("compares and copies 10,000 deep values, member order aside", () => {
    const a = nested(10_000);
    expect(sameJson(a, copyJson(a))).toBe(true);
    expect(sameJson({ x: 1, y: a }, { y: a, x: 1 })).toBe(true);
    expect(sameJson({ x: 1, y: a }, { x: 2, y: a })).toBe(false);
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
});
