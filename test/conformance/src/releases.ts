// Which product and release the target is, and what that release does where releases differ. The suite
// reads the release from sys/health (version) and the product from sys/seal-status (OpenBao names its build
// date commit_date, Vault build_date; else the builtin versions' suffix), then holds the server to that
// release's facts. A release the suite has no facts for is judged by the newest it knows, and the report
// says so. Each rule: the releases that have it and where that was read or measured.

export type Product = "vault" | "openbao";

export interface Release {
  product: Product;
  /** The release judged by: the one reported, or the newest known when the suite has no facts for it. */
  version: string;
  /** What the server reported (sys/health version); "" when it did not say. */
  reported: string;
  /** "OpenBao 2.7.2": whose behaviour a failure names. */
  label: string;
  /** Why the release judged by is not the one reported, for the report header; "" when it is. */
  note: string;
}

export interface Rule {
  product: Product;
  first?: string;
  last?: string;
  evidence: string;
}

/** The releases the suite has facts for: OpenBao's measured one by one, Vault's by release line. */
export const knownReleases: Record<Product, readonly string[]> = {
  openbao: ["2.6.1", "2.7.0", "2.7.1", "2.7.2"],
  vault: ["1.12", "1.15", "1.16", "1.20"],
};

export const rules = {
  openbaoReloadScope: {
    product: "openbao",
    first: "2.7.2",
    evidence:
      'measured: reload {"plugin":"kv","scope":"local"} answers 200 on bao 2.6.1, 2.7.0, 2.7.1 and 400 on 2.7.2',
  },
  openbaoShaLength: {
    product: "openbao",
    first: "2.7.0",
    evidence: 'measured: register {"sha256":"0011"} answers 204 on bao 2.6.1, 400 on 2.7.0, 2.7.1, 2.7.2',
  },
  openbaoDecoder2: {
    product: "openbao",
    first: "2.7.0",
    evidence:
      "measured: the body {not json is \"failed to decode JSON input: invalid character 'n'\" on bao 2.6.1 and \"… invalid character 'o' in literal null (expecting 'u')\" on 2.7.0, 2.7.1, 2.7.2",
  },
  vault116: {
    product: "vault",
    first: "1.16",
    evidence:
      "Vault 1.16 (vault/logical_system.go, builtin/logical/database @36266a49; vault-behavior.md §8): reload warnings (no plugins were reloaded), the mount read's version warning, database connections' running_plugin_version, verify_connection and <mount>/reload/:plugin_name",
  },
  vaultOciCommandText: {
    product: "vault",
    first: "1.15",
    evidence: "vault/logical_system.go handlePluginCatalogUpdate @e6922c5 (≤1.14: missing command value)",
  },
  vaultArtifactText: {
    product: "vault",
    first: "1.20",
    evidence: "vault/logical_system.go handlePluginCatalogUpdate @01c88db7 (≤1.19: missing SHA-256 value)",
  },
} satisfies Record<string, Rule>;

const nums = (v: string) => v.split(".").map((p) => Number.parseInt(p, 10) || 0);
function compare(a: string, b: string): number {
  const [x, y] = [nums(a), nums(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const name = (p: Product) => (p === "openbao" ? "OpenBao" : "Vault");
const line = (v: string) => v.split(".").slice(0, 2).join(".");

/** The release to judge the target by, from what it reported (or what the user asked it to be judged as). */
export function resolveRelease(product: Product, reported: string): Release {
  const known = knownReleases[product];
  const newest = known[known.length - 1] as string;
  const match = known.find((k) => k === reported || (product === "vault" && k === line(reported)));
  if (match) {
    const version = product === "vault" ? reported : match;
    return { product, version, reported, label: `${name(product)} ${version}`, note: "" };
  }
  const note = `no facts for ${name(product)} ${reported || "(release not reported)"}: judged as ${name(product)} ${newest}, the newest the suite knows`;
  return { product, version: newest, reported, label: `${name(product)} ${newest}`, note };
}

/** Whether the rule holds at the release (false for the other product). */
export function holds(rule: Rule, release: Release): boolean {
  if (rule.product !== release.product) return false;
  const v = release.product === "vault" ? line(release.version) : release.version;
  return (!rule.first || compare(v, rule.first) >= 0) && (!rule.last || compare(v, rule.last) <= 0);
}

/** The releases a rule names, for messages: "OpenBao 2.7.2 and later", "OpenBao 2.6.1". */
export function releasesOf(rule: Rule, has = true): string {
  const known = knownReleases[rule.product];
  const inside = known.filter((k) => holds(rule, { product: rule.product, version: k } as Release) === has);
  if (inside.length === 0) return `no ${name(rule.product)} release`;
  const last = inside[inside.length - 1];
  if (inside.length === 1) return `${name(rule.product)} ${inside[0]}`;
  if (last === known[known.length - 1]) return `${name(rule.product)} ${inside[0]} and later`;
  return `${name(rule.product)} ${inside[0]} to ${last}`;
}
