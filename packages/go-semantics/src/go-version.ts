// Version parsing and ordering as Vault does it with hashicorp/go-version:
// NewSemver (strict: a prerelease must follow "-") for the catalog and pins, NewVersion (lenient: "1.0.0beta")
// for mounts and tune. String() rebuilds the version from its parts, so "01.2" becomes "1.2.0".

export interface GoVersion {
  readonly segments: readonly bigint[];
  readonly pre: string;
  readonly metadata: string;
}

// go-version's patterns, rewritten so that no two ways of matching compete: "[0-9]+[0-9A-Za-z-~]*" reads
// the same strings as "[0-9][0-9A-Za-z-~]*", so a prerelease is one run of identifiers whichever form
// starts it. The same strings match, with the same parts (go-version.test.ts compares them with
// go-version's own patterns), but a backtracking engine needs linear time instead of quadratic (a
// 100,000-character version took 33 s). Groups: 1 the segments, 2 the prerelease, 3 the metadata.
const dotted = "[0-9A-Za-z~-]+(?:\\.[0-9A-Za-z~-]+)*";
const core = "v?([0-9]+(?:\\.[0-9]+)*)";
const meta = `(?:\\+(${dotted}))?`;
const SEMVER = new RegExp(`^${core}(?:-(${dotted}))?${meta}$`);
/** NewVersion: "-" and a digit, or an optional "-" and a letter, "-" or "~", start the prerelease. */
const LENIENT = new RegExp(`^${core}(?:(?:-(?=[0-9])|-?(?=[A-Za-z~-]))(${dotted}))?${meta}$`);
const INT64_MAX = 2n ** 63n - 1n;

/** Longer versions are refused as malformed before any pattern runs: no real version comes near. */
export const MAX_VERSION_LENGTH = 1024;

export class MalformedVersionError extends Error {}

function parse(input: string, pattern: RegExp): GoVersion {
  const m = input.length <= MAX_VERSION_LENGTH ? pattern.exec(input) : null;
  if (!m) throw new MalformedVersionError(`Malformed version: ${input}`);
  const segments = (m[1] ?? "").split(".").map((s) => {
    const n = BigInt(s);
    if (n > INT64_MAX) {
      throw new MalformedVersionError(
        `Error parsing version: strconv.ParseInt: parsing "${s}": value out of range`,
      );
    }
    return n;
  });
  while (segments.length < 3) segments.push(0n);
  return { segments, pre: m[2] ?? "", metadata: m[3] ?? "" };
}

/** go-version NewSemver. Throws MalformedVersionError with go-version's message. */
export const parseSemver = (input: string): GoVersion => parse(input, SEMVER);
/** go-version NewVersion, the lenient parser. */
export const parseLenient = (input: string): GoVersion => parse(input, LENIENT);

/** go-version String(): segments, then -pre, then +metadata. */
export function versionString(v: GoVersion): string {
  let out = v.segments.join(".");
  if (v.pre) out += `-${v.pre}`;
  if (v.metadata) out += `+${v.metadata}`;
  return out;
}

/** Vault's canonical form: "v" + String(). */
export const canonical = (v: GoVersion): string => `v${versionString(v)}`;

function comparePart(a: string, b: string): number {
  if (a === b) return 0;
  const aNum = /^-?[0-9]+$/.test(a);
  const bNum = /^-?[0-9]+$/.test(b);
  if (a === "") return bNum ? -1 : 1;
  if (b === "") return aNum ? 1 : -1;
  if (aNum && !bNum) return -1;
  if (!aNum && bNum) return 1;
  if (!aNum && !bNum) return a > b ? 1 : -1;
  return BigInt(a) > BigInt(b) ? 1 : -1;
}

function comparePrereleases(a: string, b: string): number {
  if (a === b) return 0;
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const c = comparePart(pa[i] ?? "", pb[i] ?? "");
    if (c !== 0) return c;
  }
  return 0;
}

/** go-version Compare: segments numerically, then prerelease (a release sorts after its prereleases). */
export function compareVersions(a: GoVersion, b: GoVersion): number {
  if (versionString(a) === versionString(b)) return 0;
  const sa = a.segments;
  const sb = b.segments;
  if (sa.length === sb.length && sa.every((s, i) => s === sb[i])) {
    if (!a.pre && !b.pre) return 0;
    if (!a.pre) return 1;
    if (!b.pre) return -1;
    return comparePrereleases(a.pre, b.pre);
  }
  for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
    if (i >= sa.length) return sb.slice(i).every((s) => s === 0n) ? 0 : -1;
    if (i >= sb.length) return sa.slice(i).every((s) => s === 0n) ? 0 : 1;
    const x = sa[i] as bigint;
    const y = sb[i] as bigint;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** helper/versions IsBuiltinVersion: a semver whose build metadata has the identifier "builtin". */
export function isBuiltinVersion(input: string): boolean {
  try {
    return parseSemver(input).metadata.split(".").includes("builtin");
  } catch {
    return false;
  }
}
