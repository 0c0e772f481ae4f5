// Releases as data: a behaviour that differs from one release of a product to the next is a rule with the
// first release that has it (and the last, where a later release dropped it) and its evidence. A flavour
// is built for one known release and asks its rules what holds there; a release it has no facts for is
// refused (UnknownReleaseError), never emulated with another release's facts.

/** A behaviour bound to releases: it holds from `first` (every known release when absent) to `last`. */
export interface ReleaseRule {
  /** Stable name, e.g. "reload-scope-check". */
  readonly id: string;
  /** What the behaviour is, for a reader (docs/MATRIX.md, the flavour tests). */
  readonly what: string;
  readonly first?: string;
  readonly last?: string;
  /** Where the fact comes from: a measured run on the real release, or the product's source or changelog. */
  readonly evidence: string;
}

/** A release the flavour has facts for, and where its identity was read. */
export interface KnownRelease {
  readonly version: string;
  readonly evidence: string;
}

export class UnknownReleaseError extends Error {}

const parts = (v: string) => v.split(".").map((p) => Number.parseInt(p, 10) || 0);

/** Numeric MAJOR.MINOR.PATCH comparison. */
export function compareReleases(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Whether the rule holds at that release. */
export const holds = (rule: Pick<ReleaseRule, "first" | "last">, version: string): boolean =>
  (rule.first === undefined || compareReleases(version, rule.first) >= 0) &&
  (rule.last === undefined || compareReleases(version, rule.last) <= 0);

/**
 * The known release `version` names (exactly, or by MAJOR.MINOR where `byLine`: a patch release of a known
 * line has that line's facts); else an UnknownReleaseError naming the known ones.
 */
export function knownRelease(
  product: string,
  releases: readonly KnownRelease[],
  version: string,
  byLine = false,
): KnownRelease {
  const line = (v: string) => v.split(".").slice(0, 2).join(".");
  const found = releases.find((r) => r.version === version || (byLine && line(r.version) === line(version)));
  if (found) return found;
  const known = releases.map((r) => (byLine ? `${line(r.version)}.x` : r.version)).join(", ");
  throw new UnknownReleaseError(
    `--vault-version ${version}: no facts for ${product} ${version}; the ${product} flavour knows ${known}`,
  );
}
