import { describe, expect, it } from "vitest";
import { canonical, compareVersions, isBuiltinVersion, parseLenient, parseSemver } from "./go-version.js";

describe("parseSemver canonicalises as Vault does", () => {
  it.each([
    ["1.0.0", "v1.0.0"],
    ["v1.0.0", "v1.0.0"],
    ["1.0", "v1.0.0"],
    ["1", "v1.0.0"],
    ["v01.02.3", "v1.2.3"],
    ["1.2.3.4", "v1.2.3.4"],
    ["1.2.3-beta.1+meta", "v1.2.3-beta.1+meta"],
    ["1.2.3-1", "v1.2.3-1"],
    ["v1.2.3+special.builtin", "v1.2.3+special.builtin"],
  ])("%s -> %s", (input, want) => {
    expect(canonical(parseSemver(input))).toBe(want);
  });

  it.each(["", "1.x", "1.0.0beta", "v", "1..0", " 1.0.0", "1.0.0+", "not-a-semver"])(
    "rejects %j with go-version's message",
    (input) => {
      expect(() => parseSemver(input)).toThrow(`Malformed version: ${input}`);
    },
  );

  it("the lenient parser accepts a prerelease with no dash", () => {
    expect(canonical(parseLenient("1.0.0beta"))).toBe("v1.0.0-beta");
    expect(() => parseLenient("1.x")).toThrow("Malformed version: 1.x");
  });
});

describe("compareVersions orders as go-version", () => {
  const sorted = [
    "0.0.1",
    "1.0.0-alpha",
    "1.0.0-alpha.1",
    "1.0.0-alpha.beta",
    "1.0.0-beta.2",
    "1.0.0-beta.11",
    "1.0.0-rc.1",
    "1.0.0",
    "1.0.1",
    "1.2.0",
    "1.10.0",
    "2.0.0",
  ];
  it("sorts a shuffled list into semantic order", () => {
    const shuffled = [...sorted].reverse();
    shuffled.sort((a, b) => compareVersions(parseSemver(a), parseSemver(b)));
    expect(shuffled).toEqual(sorted);
  });
  it("ignores metadata and trailing zero segments", () => {
    expect(compareVersions(parseSemver("1.0.0+a"), parseSemver("1.0.0+b"))).toBe(0);
    expect(compareVersions(parseSemver("1.0.0.0"), parseSemver("1.0.0"))).toBe(0);
    expect(compareVersions(parseSemver("1.0.0.1"), parseSemver("1.0.0"))).toBe(1);
  });
});

describe("isBuiltinVersion (helper/versions TestIsBuiltinVersion)", () => {
  it.each([
    ["v1.0.0+builtin", true],
    ["v2.3.4+builtin.vault", true],
    ["1.0.0+builtin.anythingelse", true],
    ["v1.0.0+other.builtin", true],
    ["v1.0.0+builtinbutnot", false],
    ["v1.0.0", false],
    ["not-a-semver", false],
  ])("%s -> %s", (input, want) => {
    expect(isBuiltinVersion(input)).toBe(want);
  });
});
