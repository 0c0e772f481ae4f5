// ACL policies as both products parse them (vault/policy.go ParseACLPolicy, and OpenBao's copy in
// internal/vault/policy/policy.go): `path "<glob>" { capabilities = [...] }` blocks (or the old
// `policy = "read" | "write" | "sudo" | "deny"`), in HCL 1 or JSON. A path may end in `*` (a prefix) and
// hold `+` segments (one segment each); `deny` replaces every other capability of its block. Which
// capabilities exist differs by product and release: the flavour says (PolicyLanguage).
import { type HclError, type Item, parseHcl, type Value } from "./hcl.js";

export const allCapabilities = [
  "deny",
  "create",
  "read",
  "update",
  "delete",
  "list",
  "sudo",
  "patch",
  "scan",
  "subscribe",
  "recover",
] as const;
export type Capability = (typeof allCapabilities)[number];

export interface PolicyLanguage {
  /** The capabilities a policy may name (besides the old `policy` words). */
  readonly capabilities: readonly Capability[];
  /** The order capabilities are answered in (ACL.Capabilities); "deny" is never listed with others. */
  readonly answerOrder: readonly Capability[];
}

export interface PathRule {
  /** The path without a trailing `*` for a plain prefix; with it when the path also has `+` segments. */
  path: string;
  prefix: boolean;
  segmentWildcards: boolean;
  capabilities: ReadonlySet<Capability>;
}

/** Why a policy does not parse, in the product's words (after "failed to parse policy: "). */
export class PolicyError extends Error {}

/** The path keys a block may hold; only capabilities and policy matter here, the others are accepted. */
const pathKeys = new Set([
  "comment",
  "policy",
  "capabilities",
  "allowed_parameters",
  "denied_parameters",
  "required_parameters",
  "min_wrapping_ttl",
  "max_wrapping_ttl",
  "mfa_methods",
  "pagination_limit",
  "expiration",
  "list_scan_response_keys_filter_path",
  "control_group",
  "subscribe_event_types",
]);

const oldPolicies: Record<string, Capability[]> = {
  deny: ["deny"],
  read: ["read", "list"],
  write: ["create", "read", "update", "delete", "list"],
  sudo: ["create", "read", "update", "delete", "list", "sudo"],
};

const strings = (v: Value | undefined, where: string): string[] => {
  if (v === undefined) return [];
  if (v.kind === "string") return [v.value];
  if (v.kind === "list" && v.items.every((i) => i.kind === "string"))
    return v.items.map((i) => (i as { value: string }).value);
  throw new PolicyError(`${where}: expected a list of strings`);
};

function pathRule(key: string, value: Value, line: number, language: PolicyLanguage): PathRule {
  if (value.kind !== "object") throw new PolicyError(`path ${JSON.stringify(key)}: expected an object`);
  const field = (name: string) => value.items.find((i) => i.keys[0] === name)?.value;
  for (const item of value.items) {
    if (!pathKeys.has(item.keys[0] as string)) {
      throw new PolicyError(
        `path ${JSON.stringify(key)}: invalid key ${JSON.stringify(item.keys[0])} on line ${item.line || line}`,
      );
    }
  }
  let capabilities: string[] = strings(field("capabilities"), `path ${JSON.stringify(key)}`);
  const old = field("policy");
  if (old) {
    const word = old.kind === "string" ? old.value : "";
    const granted = oldPolicies[word];
    if (!granted)
      throw new PolicyError(`path ${JSON.stringify(key)}: invalid policy ${JSON.stringify(word)}`);
    capabilities = word === "deny" ? ["deny"] : [...capabilities, ...granted];
  }
  const set = new Set<Capability>();
  for (const c of capabilities) {
    if (c === "deny") {
      set.clear();
      set.add("deny");
      break;
    }
    if (!(language.capabilities as readonly string[]).includes(c)) {
      throw new PolicyError(`path ${JSON.stringify(key)}: invalid capability ${JSON.stringify(c)}`);
    }
    set.add(c as Capability);
  }
  let path = key.startsWith("/") ? key.slice(1) : key;
  if (path.includes("+*")) {
    throw new PolicyError(`path ${JSON.stringify(path)}: invalid use of wildcards ('+*' is forbidden)`);
  }
  const segmentWildcards = path === "+" || path.includes("/+") || path.startsWith("+/");
  let prefix = false;
  if (path.endsWith("*") && !segmentWildcards) {
    path = path.slice(0, -1);
    prefix = true;
  }
  return { path, prefix, segmentWildcards, capabilities: set };
}

/** The rules of a policy's text; throws PolicyError. */
export function parsePolicy(text: string, language: PolicyLanguage): PathRule[] {
  let items: Item[];
  try {
    items = parseHcl(text);
  } catch (err) {
    throw new PolicyError((err as HclError).message);
  }
  const rules: PathRule[] = [];
  for (const item of items) {
    const [head, ...rest] = item.keys;
    if (head !== "name" && head !== "path") {
      throw new PolicyError(`invalid key ${JSON.stringify(head)} on line ${item.line}`);
    }
    if (head !== "path") continue;
    const key = rest[0] ?? "path";
    try {
      rules.push(pathRule(key, item.value, item.line, language));
    } catch (err) {
      // bao 2.7.2 names the path twice (measured): once where the rule fails, once around it.
      if (err instanceof PolicyError && !/ on line \d+$/.test(err.message)) {
        throw new PolicyError(`path ${JSON.stringify(key)}: ${err.message}`);
      }
      throw err;
    }
  }
  return rules;
}
