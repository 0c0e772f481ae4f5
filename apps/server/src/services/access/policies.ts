// ACL policies: the named policies in storage, the default policy the product ships (written once, then
// the operator's to change), the root policy (never stored: it allows everything and cannot change), and
// the ACL of a list of policy names (vault/policy_store.go).

import { invalid, notFound } from "../../domain/errors.js";
import { type Acl, buildAcl, capabilitiesOn } from "../../domain/policy/acl.js";
import { type PathRule, PolicyError, parsePolicy } from "../../domain/policy/policy.js";
import type { PolicyRecord } from "../../domain/records.js";
import type { AccessRules } from "../../ports/flavor.js";
import type { Storage } from "../../ports/storage.js";
import { goTime } from "./times.js";

export interface PolicyServiceDeps {
  storage: Storage;
  rules: AccessRules;
  now?: () => Date;
}

/** policyutil's sanitizeName: trimmed and lower-case. */
export const policyName = (name: string) => name.trim().toLowerCase();

/** Go's base64.StdEncoding.DecodeString: the decoded text, or undefined when it is not base64. */
function decodeBase64(text: string): string | undefined {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  return Buffer.from(text, "base64").toString("utf8");
}

/** Parsed policies are kept by name and text: a policy changed on another node is parsed again. */
const CACHE_LIMIT = 1024;

export function createPolicyService({ storage, rules, now = () => new Date() }: PolicyServiceDeps) {
  const parsed = new Map<string, PathRule[]>();

  function rulesOf(record: PolicyRecord): PathRule[] {
    const key = `${record.name}\u0000${record.policy}`;
    let found = parsed.get(key);
    if (!found) {
      if (parsed.size >= CACHE_LIMIT) parsed.clear();
      found = parsePolicy(record.policy, rules.policy);
      parsed.set(key, found);
    }
    return found;
  }

  /** Writes the default policy unless it is there (setupPolicyStore at every start). */
  async function ensureDefault(): Promise<void> {
    await storage.transact(async (tx) => {
      if (await tx.policies.get("default")) return;
      await tx.policies.put({
        name: "default",
        policy: rules.defaultPolicy,
        modified: goTime(now()),
        version: 1,
      });
    });
  }

  return {
    ensureDefault,

    /** Every policy's name, sorted, with root last (as both products list them). */
    async list(): Promise<string[]> {
      const names = await storage.transact((tx) => tx.policies.list());
      return [...names.filter((n) => n !== "root").sort(), "root"];
    },

    /** The stored policy, or the root policy's empty one; not_found for none. */
    async read(rawName: string): Promise<PolicyRecord & { root?: true }> {
      const name = policyName(rawName);
      if (name === "root") return { name: "root", policy: "", modified: "", version: 0, root: true };
      const found = await storage.transact((tx) => tx.policies.get(name));
      if (!found) throw notFound();
      return found;
    },

    /** Stores a policy; text that is valid base64 is stored decoded (handlePoliciesSet). */
    async write(rawName: string, raw: string): Promise<void> {
      const name = rawName.toLowerCase();
      if (name === "") throw invalid("policy name must be provided in the URL");
      if (raw === "") throw invalid("'policy' parameter not supplied or empty");
      const text = decodeBase64(raw) ?? raw;
      try {
        parsePolicy(text, rules.policy);
      } catch (err) {
        if (err instanceof PolicyError) throw invalid(`failed to parse policy: ${err.message}`);
        throw err;
      }
      if (name === "root") throw invalid(`cannot update "root" policy`);
      await storage.transact(async (tx) => {
        const old = await tx.policies.get(name);
        await tx.policies.put({
          name,
          policy: text,
          modified: goTime(now()),
          version: (old?.version ?? 0) + 1,
        });
      });
    },

    async remove(rawName: string): Promise<void> {
      const name = policyName(rawName);
      if (name === "root") throw invalid(`cannot delete "root" policy`);
      if (name === "default") throw invalid("cannot delete default policy");
      await storage.transact((tx) => tx.policies.delete(name));
    },

    /** Which of these names no policy has (token creation warns of them). */
    async missing(names: readonly string[]): Promise<string[]> {
      return storage.transact(async (tx) => {
        const out: string[] = [];
        for (const n of names) if (n !== "root" && !(await tx.policies.get(n))) out.push(n);
        return out;
      });
    },

    /** The ACL of a token's policies; policies that do not exist grant nothing. */
    async acl(names: readonly string[]): Promise<Acl> {
      if (names.includes("root")) return buildAcl([{ name: "root", rules: [] }]);
      const records = await storage.transact(async (tx) => {
        const out: PolicyRecord[] = [];
        for (const n of names) {
          const r = await tx.policies.get(n);
          if (r) out.push(r);
        }
        return out;
      });
      return buildAcl(records.map((r) => ({ name: r.name, rules: rulesOf(r) })));
    },

    /** The capabilities answered for each path. */
    capabilities(acl: Acl, paths: readonly string[]): Record<string, string[]> {
      return Object.fromEntries(paths.map((p) => [p, capabilitiesOn(acl, p, rules.policy.answerOrder)]));
    },
  };
}

export type PolicyService = ReturnType<typeof createPolicyService>;
