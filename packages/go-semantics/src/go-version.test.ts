import { describe, expect, it } from "vitest";
import {
  canonical,
  compareVersions,
  isBuiltinVersion,
  MAX_VERSION_LENGTH,
  MalformedVersionError,
  parseLenient,
  parseSemver,
} from "./go-version.js";

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

describe("the linear patterns read what go-version's patterns read", () => {
  // go-version's SemverRegexpRaw and VersionRegexpRaw as written: the oracle, on short inputs only.
  const core = String.raw`v?([0-9]+(\.[0-9]+)*?)`;
  const numericPre = String.raw`-([0-9]+[0-9A-Za-z\-~]*(\.[0-9A-Za-z\-~]+)*)`;
  const alphaPre = String.raw`([A-Za-z\-~]+[0-9A-Za-z\-~]*(\.[0-9A-Za-z\-~]+)*)`;
  const meta = String.raw`(\+([0-9A-Za-z\-~]+(\.[0-9A-Za-z\-~]+)*))??`;
  const oracles = {
    semver: [new RegExp(`^${core}(${numericPre}|(-${alphaPre}))?${meta}$`), parseSemver],
    lenient: [new RegExp(`^${core}(${numericPre}|(-?${alphaPre}))?${meta}$`), parseLenient],
  } as const;
  const read = (m: RegExpExecArray | null) => {
    if (!m) return null;
    const segments = (m[1] ?? "").split(".").map(BigInt);
    while (segments.length < 3) segments.push(0n);
    return `${segments.join(".")} ${m[7] || m[4] || ""} ${m[10] ?? ""}`;
  };
  const parts = (parse: typeof parseSemver, input: string) => {
    try {
      const v = parse(input);
      return `${v.segments.join(".")} ${v.pre} ${v.metadata}`;
    } catch {
      return null;
    }
  };

  it.each(Object.keys(oracles) as (keyof typeof oracles)[])(
    "%s: every string of up to 5 characters",
    (kind) => {
      const [oracle, parse] = oracles[kind];
      const alphabet = ["0", "1", ".", "-", "+", "a", "v", "~", "!"];
      let inputs = [""];
      const all: string[] = [];
      for (let len = 1; len <= 5; len++) {
        inputs = inputs.flatMap((s) => alphabet.map((c) => s + c));
        all.push(...inputs);
      }
      const mismatches = all.filter((input) => read(oracle.exec(input)) !== parts(parse, input));
      expect(mismatches).toEqual([]);
    },
  );

  it("refuses a version longer than MAX_VERSION_LENGTH as malformed", () => {
    const long = `1.0.0-${"a".repeat(MAX_VERSION_LENGTH)}`;
    expect(() => parseSemver(long)).toThrow(`Malformed version: ${long}`);
    expect(() => parseLenient(long)).toThrow(MalformedVersionError);
  });
});
