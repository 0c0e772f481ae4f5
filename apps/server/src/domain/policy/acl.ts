// What a set of policies allows on a path (vault/acl.go NewACL, AllowOperation, Capabilities and
// CheckAllowedFromNonExactPaths; the same in OpenBao's internal/vault/policy/acl.go):
// - rules of the same path text from several policies merge: their capabilities add up, and a `deny`
//   in any of them makes the path deny only;
// - a request's path is matched first exactly; a LIST (whose path ends in "/") also exactly without its
//   "/"; then among the non-exact rules: the longest plain prefix competes with every `+` rule that
//   matches, and the most specific wins — the one whose first `+` or `*` comes latest, then not a prefix,
//   then fewer `+` segments, then the longer path, then the lexically greater; a LIST tries this again
//   without its trailing "/";
// - the root policy allows everything, and must be alone.
import type { Capability, PathRule } from "./policy.js";

export type AclOperation = "read" | "list" | "update" | "create" | "delete" | "patch" | "scan";

type Caps = Set<Capability>;

export interface Acl {
  readonly root: boolean;
  /** The capabilities granted on the path for an operation's matching (undefined: no rule matches). */
  match(path: string, operation: AclOperation): ReadonlySet<Capability> | undefined;
}

interface WildcardCandidate {
  firstGlob: number;
  prefix: boolean;
  wildcards: number;
  path: string;
  caps: Caps;
}

function merge(into: Map<string, Caps>, key: string, caps: ReadonlySet<Capability>): void {
  const existing = into.get(key);
  if (!existing) {
    into.set(key, new Set(caps));
    return;
  }
  if (existing.has("deny")) return;
  if (caps.has("deny")) {
    existing.clear();
    existing.add("deny");
    return;
  }
  for (const c of caps) existing.add(c);
}

/** a is less specific than b. */
function less(a: WildcardCandidate, b: WildcardCandidate): boolean {
  if (a.firstGlob !== b.firstGlob) return a.firstGlob < b.firstGlob;
  if (a.prefix !== b.prefix) return a.prefix;
  if (a.wildcards !== b.wildcards) return a.wildcards > b.wildcards;
  if (a.path.length !== b.path.length) return a.path.length < b.path.length;
  return a.path < b.path;
}

export function buildAcl(policies: readonly { name: string; rules: readonly PathRule[] }[]): Acl {
  if (policies.some((p) => p.name === "root")) {
    if (policies.length !== 1) throw new Error("other policies present along with root");
    return { root: true, match: () => undefined };
  }
  const exact = new Map<string, Caps>();
  const prefixes = new Map<string, Caps>();
  const wildcards = new Map<string, Caps>();
  for (const policy of policies) {
    for (const rule of policy.rules) {
      const table = rule.segmentWildcards ? wildcards : rule.prefix ? prefixes : exact;
      merge(table, rule.path, rule.capabilities);
    }
  }

  function nonExact(path: string): Caps | undefined {
    let longest: string | undefined;
    for (const key of prefixes.keys()) {
      if (path.startsWith(key) && (longest === undefined || key.length > longest.length)) longest = key;
    }
    const fromPrefix = longest === undefined ? undefined : prefixes.get(longest);
    if (wildcards.size === 0) return fromPrefix;
    const candidates: WildcardCandidate[] = [];
    if (longest !== undefined && fromPrefix) {
      candidates.push({
        firstGlob: longest.length,
        prefix: true,
        wildcards: 0,
        path: longest,
        caps: fromPrefix,
      });
    }
    const parts = path.split("/");
    for (const [full, caps] of wildcards) {
      if (full === "") continue;
      const prefix = full.endsWith("*");
      const wcPath = prefix ? full.slice(0, -1) : full;
      const segments = wcPath.split("/");
      if (parts.length < segments.length) continue;
      if (!prefix && segments.length !== parts.length) continue;
      let count = 0;
      let matches = true;
      for (const [i, segment] of segments.entries()) {
        const part = parts[i] as string;
        if (segment === "+") count++;
        else if (segment === part) continue;
        else if (prefix && i === segments.length - 1 && part.startsWith(segment)) continue;
        else {
          matches = false;
          break;
        }
      }
      if (matches)
        candidates.push({ firstGlob: full.indexOf("+"), prefix, wildcards: count, path: wcPath, caps });
    }
    if (candidates.length === 0) return undefined;
    return candidates.reduce((best, c) => (less(best, c) ? c : best)).caps;
  }

  return {
    root: false,
    match(requested, operation) {
      const path = requested.replace(/^\/+/, "");
      const listing = operation === "list" || operation === "scan";
      const found =
        exact.get(path) ??
        (listing ? exact.get(path.replace(/\/$/, "")) : undefined) ??
        nonExact(path) ??
        (listing && path.endsWith("/") ? nonExact(path.slice(0, -1)) : undefined);
      return found;
    },
  };
}

/** Whether the operation is allowed by what matched (AllowOperation, without parameter constraints). */
export function allows(caps: ReadonlySet<Capability> | undefined, operation: AclOperation): boolean {
  if (!caps || caps.has("deny")) return false;
  return caps.has(operation);
}

/**
 * The capabilities answered for a path: ["root"], the granted ones, or ["deny"] (ACL.Capabilities), sorted
 * as Core.Capabilities sorts them (capabilities.go sort.Strings; measured on bao 2.7.2).
 */
export function capabilitiesOn(acl: Acl, path: string, order: readonly Capability[]): string[] {
  if (acl.root) return ["root"];
  const caps = acl.match(path, "list");
  if (!caps || caps.has("deny")) return ["deny"];
  const out = order.filter((c) => caps.has(c));
  return out.length ? out.sort() : ["deny"];
}
