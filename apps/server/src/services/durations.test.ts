import { describe, expect, it } from "vitest";
import { parseDurationSecond } from "./durations.js";

describe("parseDurationSecond", () => {
  it.each([
    ["0", 0],
    ["3600", 3600],
    ["90s", 90],
    ["1h30m", 5400],
    ["768h", 2764800],
    ["1.5h", 5400],
    ["2d", 172800],
  ])("%s -> %d", (input, want) => expect(parseDurationSecond(input)).toBe(want));

  it.each(["", "abc", "1x", "h", "1h30"])("%j is refused as Go refuses it", (input) => {
    expect(() => parseDurationSecond(input)).toThrow(`time: invalid duration "${input}"`);
  });
});
