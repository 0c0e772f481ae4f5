import { describe, expect, it } from "vitest";
import { matchesSpecialPath } from "./requests.js";

describe("a plugin's special paths (logical.Paths)", () => {
  it.each([
    [["login"], "login", true],
    [["login"], "login/x", false],
    [["login"], "logi", false],
    [["login/*"], "login/x/y", true],
    [["log*"], "login", true],
    [["log*"], "lo", false],
    [["role/+/secret-id"], "role/r1/secret-id", true],
    [["role/+/secret-id"], "role/r1/other", false],
    [["role/+/secret-id"], "role//secret-id", false],
    [["role/+"], "role/", true],
    [[], "login", false],
  ] as [string[], string, boolean][])("%j matches %j: %s", (patterns, path, want) => {
    expect(matchesSpecialPath(patterns, path)).toBe(want);
  });
});
