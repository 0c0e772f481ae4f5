import { describe, expect, it } from "vitest";
import { collapseRepeated, firstLine } from "./output.js";

describe("collapseRepeated", () => {
  it.each([
    [
      "400 error creating database object: invalid database version: 2 errors occurred:\n\t* checksums did not match\n\t* checksums did not match\n\n",
      "400 error creating database object: invalid database version: 2 errors occurred, all the same: checksums did not match",
    ],
    [
      "x: 2 errors occurred:\n\t* Unrecognized remote plugin message: \nFailed to read\n  Path: /p\n\n\t* Unrecognized remote plugin message: \nFailed to read\n  Path: /p\n\n",
      "x: 2 errors occurred, all the same: Unrecognized remote plugin message: \nFailed to read\n  Path: /p",
    ],
    ["x: 2 errors occurred:\n\t* a\n\t* b\n\n", "x: 2 errors occurred:\n\t* a\n\t* b\n\n"],
    ["x: 1 error occurred:\n\t* a\n\n", "x: 1 error occurred:\n\t* a\n\n"],
    ["no list here", "no list here"],
  ])("%j", (message, expected) => {
    expect(collapseRepeated(message)).toBe(expected);
  });
});

describe("firstLine", () => {
  it.each([
    ["one line", "one line"],
    ["first \nsecond", "first … (in full above)"],
  ])("%j", (message, expected) => {
    expect(firstLine(message)).toBe(expected);
  });
});
