import { describe, expect, it } from "vitest";
import { goHexError } from "./go-hex.js";

describe("goHexError matches Go's encoding/hex", () => {
  it.each([
    ["", null],
    ["31", null],
    ["ABcd", null],
    ["g1", "encoding/hex: invalid byte: U+0067 'g'"],
    ["1g", "encoding/hex: invalid byte: U+0067 'g'"],
    ["123", "encoding/hex: odd length hex string"],
    ["12z", "encoding/hex: invalid byte: U+007A 'z'"],
    ["12 4", "encoding/hex: invalid byte: U+0020 ' '"],
    ["\n0", "encoding/hex: invalid byte: U+000A"],
  ])("%j -> %j", (input, want) => {
    expect(goHexError(input)).toBe(want);
  });
});
