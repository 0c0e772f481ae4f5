import { describe, expect, it } from "vitest";
import { parseBool } from "./parse-bool.js";

describe("parseBool reads what Go's strconv.ParseBool reads", () => {
  it.each([
    ["1", true],
    ["t", true],
    ["T", true],
    ["TRUE", true],
    ["true", true],
    ["True", true],
    ["0", false],
    ["f", false],
    ["F", false],
    ["FALSE", false],
    ["false", false],
    ["False", false],
    ["", undefined],
    ["yes", undefined],
    ["tRUE", undefined],
    [" true", undefined],
    ["toString", undefined],
  ])("%j -> %s", (text, want) => {
    expect(parseBool(text)).toBe(want);
  });
});
