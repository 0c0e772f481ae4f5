// The token store (vault/token_store.go and the expiration manager's part for tokens): tokens kept by the
// SHA-256 of the token, each with its accessor, parent, policies and lease. A token expires at its lease's
// end; a token whose parent (or any ancestor) has gone is gone too, and revoking a token revokes its
// descendants. Expired tokens are removed when next presented (no background timer): what a client sees is
// the same, a bad token.
import { DomainError, invalid } from "../../domain/errors.js";
import type { Caller, TokenRecord } from "../../domain/records.js";
import type { AccessRules } from "../../ports/flavor.js";
import type { Repositories, Storage } from "../../ports/storage.js";
import { parseDurationSecond } from "../durations.js";
import type { PolicyService } from "./policies.js";
import { goTime } from "./times.js";
import { base62, hashToken } from "./token-ids.js";
import { calculateTtl, TtlError } from "./ttl.js";

/** The system's default and max lease TTL on a dev server of either product (768h). */
export const SYSTEM_TTL = 768 * 3600;
/** How far up a parent chain is followed, and how many tokens one revocation removes at most. */
const MAX_DEPTH = 256;
const MAX_REVOKED = 100_000;

export interface TokenServiceDeps {
  storage: Storage;
  rules: AccessRules;
  policies: PolicyService;
  now?: () => Date;
}

export type { Caller };

export interface CreateInput {
  policies?: string[];
  ttl?: string;
  explicit_max_ttl?: string;
  period?: string;
  num_uses?: number;
  no_parent?: boolean;
  no_default_policy?: boolean;
  renewable?: boolean;
  display_name?: string;
  meta?: Record<string, string>;
  type?: string;
  id?: string;
}

/** The auth block of a response that grants or renews a token (logical.Auth as the HTTP layer writes it). */
export interface AuthBlock {
  client_token: string;
  accessor: string;
  policies: string[];
  token_policies: string[];
  metadata: Record<string, string> | null;
  lease_duration: number;
  renewable: boolean;
  entity_id: string;
  token_type: "service";
  orphan: boolean;
  mfa_requirement: null;
  num_uses: number;
}

/** A coded error whose words are logical.ErrorResponse's with ErrPermissionDenied (403, bare). */
export const badToken = () => new DomainError("token_denied", "bad token");

/** policyutil.SanitizePolicies: trimmed, lower-case, no blanks, root alone, default added if asked, sorted. */
export function sanitizePolicies(policies: readonly string[], addDefault: boolean): string[] {
  const clean = policies.map((p) => p.trim().toLowerCase()).filter(Boolean);
  if (clean.includes("root")) return ["root"];
  if (addDefault && !clean.includes("default")) clean.push("default");
  return [...new Set(clean)].sort();
}

const displayName = (name: string) => `token-${name}`.replace(/[^a-zA-Z0-9-]/g, "-").replace(/-$/, "");

function duration(text: string | undefined): number | undefined {
  if (text === undefined || text === "") return undefined;
  try {
    return parseDurationSecond(text);
  } catch (err) {
    throw invalid((err as Error).message);
  }
}

export function createTokenService({ storage, rules, policies, now = () => new Date() }: TokenServiceDeps) {
  const seconds = (d: Date) => Math.floor(d.getTime() / 1000);
  const expired = (t: TokenRecord, at: Date) =>
    t.lease.expire_time !== null && Date.parse(t.lease.expire_time) <= at.getTime();

  /** Removes the token and all its descendants; returns how many went. */
  async function revokeTree(tx: Repositories, hash: string): Promise<number> {
    const queue = [hash];
    let count = 0;
    while (queue.length > 0 && count < MAX_REVOKED) {
      const next = queue.shift() as string;
      for (const child of await tx.tokens.children(next)) queue.push(child.hash);
      if (await tx.tokens.delete(next)) count++;
    }
    return count;
  }

  /**
   * The live token stored under this hash: not expired, every ancestor there and not expired. A token found
   * dead takes its tree (or the dead ancestor's) with it.
   */
  async function live(tx: Repositories, hash: string, at: Date): Promise<TokenRecord | undefined> {
    const record = await tx.tokens.get(hash);
    if (!record) return undefined;
    let t: TokenRecord | undefined = record;
    for (let depth = 0; t && depth < MAX_DEPTH; depth++) {
      if (expired(t, at)) {
        await revokeTree(tx, t.hash);
        return undefined;
      }
      if (!t.parent) return record;
      const parent: TokenRecord | undefined = await tx.tokens.get(t.parent);
      if (!parent) {
        // The parent went without its children (a crash mid-revocation): they go now.
        await revokeTree(tx, t.hash);
        return undefined;
      }
      t = parent;
    }
    return record;
  }

  function leaseFor(ttl: number, renewable: boolean, numUses: number, at: Date): TokenRecord["lease"] {
    return {
      ttl,
      renewable,
      issue_time: goTime(at),
      expire_time: ttl > 0 ? goTime(new Date(at.getTime() + ttl * 1000)) : null,
      num_uses: numUses,
    };
  }

  function authBlock(token: string, t: TokenRecord, ttl: number): AuthBlock {
    return {
      client_token: token,
      accessor: t.accessor,
      policies: t.policies,
      token_policies: t.policies,
      metadata: t.meta,
      lease_duration: ttl,
      renewable: t.lease.renewable,
      entity_id: t.entity_id,
      token_type: t.type,
      orphan: t.parent === "",
      mfa_requirement: null,
      num_uses: t.lease.num_uses,
    };
  }

  return {
    hashToken,

    /** Stores the dev server's root token unless it is there (it keeps the accessor it was given first). */
    async ensureRoot(token: string, created: number): Promise<void> {
      const hash = hashToken(token);
      await storage.transact(async (tx) => {
        if (await tx.tokens.get(hash)) return;
        const at = new Date(created * 1000);
        await tx.tokens.put({
          hash,
          accessor: base62(),
          parent: "",
          policies: ["root"],
          path: rules.rootToken.path,
          meta: null,
          display_name: rules.rootToken.display_name,
          num_uses: 0,
          creation_time: created,
          creation_ttl: 0,
          explicit_max_ttl: 0,
          period: 0,
          type: "service",
          entity_id: "",
          lease: leaseFor(0, false, 0, at),
        });
      });
    },

    /** The caller behind a token, or undefined for a token that is unknown, expired, revoked or used up. */
    async authenticate(token: string): Promise<Caller | undefined> {
      if (!token) return undefined;
      const record = await storage.transact((tx) => live(tx, hashToken(token), now()));
      return record && record.num_uses >= 0 ? { token, record } : undefined;
    },

    /** Counts one use (UseToken); true when that was the last, and the token must go after the request. */
    async use(caller: Caller): Promise<boolean> {
      if (caller.record.num_uses === 0) return false;
      return storage.transact(async (tx) => {
        const t = await tx.tokens.get(caller.record.hash);
        if (!t || t.num_uses === 0) return false;
        t.num_uses = t.num_uses === 1 ? -1 : t.num_uses - 1;
        await tx.tokens.put(t);
        return t.num_uses === -1;
      });
    },

    /** Revokes a token and its descendants, by the token's text. */
    async revoke(token: string): Promise<void> {
      await storage.transact(async (tx) => {
        await revokeTree(tx, hashToken(token));
      });
    },

    /** Revokes by accessor; false when no token has it. */
    async revokeAccessor(accessor: string): Promise<boolean> {
      return storage.transact(async (tx) => {
        const t = await tx.tokens.byAccessor(accessor);
        if (!t || !(await live(tx, t.hash, now()))) return false;
        await revokeTree(tx, t.hash);
        return true;
      });
    },

    /** Revokes the token alone; its children become orphans (revoke-orphan). */
    async revokeOrphan(token: string): Promise<boolean> {
      return storage.transact(async (tx) => {
        const t = await live(tx, hashToken(token), now());
        if (!t) return false;
        for (const child of await tx.tokens.children(t.hash)) await tx.tokens.put({ ...child, parent: "" });
        await tx.tokens.delete(t.hash);
        return true;
      });
    },

    /** The stored record of a token's text (tokens being used up included, as lookup shows them). */
    async find(token: string): Promise<TokenRecord | undefined> {
      return storage.transact((tx) => live(tx, hashToken(token), now()));
    },

    async findByAccessor(accessor: string): Promise<TokenRecord | undefined> {
      return storage.transact(async (tx) => {
        const t = await tx.tokens.byAccessor(accessor);
        return t && live(tx, t.hash, now());
      });
    },

    /** The lookup answer (handleLookup): `id` is the token's text, or "" when looked up by accessor. */
    lookupData(t: TokenRecord, id: string): Record<string, unknown> {
      const at = now();
      const data: Record<string, unknown> = {
        accessor: t.accessor,
        creation_time: t.creation_time,
        creation_ttl: t.creation_ttl,
        display_name: t.display_name,
        entity_id: t.entity_id,
        expire_time: t.lease.expire_time,
        explicit_max_ttl: t.explicit_max_ttl,
        id,
        issue_time: t.lease.issue_time,
        meta: t.meta,
        num_uses: t.num_uses,
        orphan: t.parent === "",
        path: t.path,
        policies: t.policies,
        renewable: t.lease.renewable && t.lease.expire_time !== null && !expired(t, at),
        ttl:
          t.lease.expire_time === null
            ? 0
            : Math.max(0, Math.trunc((Date.parse(t.lease.expire_time) - at.getTime()) / 1000)),
        type: t.type,
      };
      if (t.period) data.period = t.period;
      if (t.lease.last_renewal_time) {
        data.last_renewal = t.lease.last_renewal_time;
        data.last_renewal_time = Math.floor(Date.parse(t.lease.last_renewal_time) / 1000);
      }
      return Object.fromEntries(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : 1)));
    },

    /**
     * A new token (handleCreateCommon). `sudo`: the caller has sudo on the create path (or is root);
     * `orphan`: create-orphan. Errors are the store's, in its order.
     */
    async create(
      caller: Caller,
      input: CreateInput,
      { sudo, orphan, path }: { sudo: boolean; orphan: boolean; path: string },
    ): Promise<{ auth: AuthBlock; warnings: string[] }> {
      const parent = caller.record;
      if (parent.num_uses !== 0) throw invalid("restricted use token cannot generate child tokens");
      const type = input.type ?? "";
      if (type === "batch") throw invalid("batch tokens are not supported by this server");
      if (type !== "" && type !== "service") throw invalid("invalid 'token_type' value");
      const numUses = input.num_uses ?? 0;
      if (numUses < 0) throw invalid("number of uses cannot be negative");
      const meta = input.meta && Object.keys(input.meta).length > 0 ? input.meta : input.meta ? {} : null;
      const name = input.display_name ? displayName(input.display_name) : "token";
      const warnings: string[] = [];
      let id: string | undefined;
      if (input.id) {
        if (!sudo) throw invalid("root or sudo privileges required to specify token id");
        id = input.id;
      }

      // resolveTokenPolicies, without roles or namespaces.
      const requested = input.policies ?? [];
      const noDefault = input.no_default_policy === true;
      let chosen: string[];
      let addDefault = false;
      if (requested.length === 0) chosen = sanitizePolicies(parent.policies, false);
      else if (!sudo) {
        const wanted = sanitizePolicies(requested, false);
        const held = sanitizePolicies(parent.policies, false);
        if (!wanted.every((p) => held.includes(p))) throw invalid("child policies must be subset of parent");
        chosen = requested;
        addDefault = !noDefault && parent.policies.includes("default");
      } else {
        chosen = requested;
        addDefault = !noDefault;
      }
      let final = sanitizePolicies(chosen, addDefault);
      if (noDefault) final = final.filter((p) => p !== "default");
      if (final.includes("root") && !parent.policies.includes("root")) {
        throw invalid("root tokens may not be created without parent token being root");
      }

      let parentHash = parent.hash;
      if (input.no_parent) {
        if (!sudo) throw invalid("root or sudo privileges required to create orphan token");
        parentHash = "";
      } else if (orphan) parentHash = "";

      const explicitMax = duration(input.explicit_max_ttl) ?? 0;
      if (explicitMax < 0) throw invalid("explicit_max_ttl must be positive");
      let period = duration(input.period) ?? 0;
      if (period < 0) throw invalid("period must be positive");
      if (period > 0 && !sudo) throw invalid("root or sudo privileges required to create periodic token");
      const requestedTtl = duration(input.ttl) ?? 0;
      if (requestedTtl < 0) throw invalid("ttl must be positive");

      const at = now();
      const created = seconds(at);
      let ttl = requestedTtl;
      if (period > 0 || ttl > 0 || !final.includes("root")) {
        const calc = calculateTtl({
          increment: 0,
          backendTtl: ttl,
          period,
          explicitMaxTtl: explicitMax,
          start: created,
          now: created,
          systemDefault: SYSTEM_TTL,
          systemMax: SYSTEM_TTL,
        });
        warnings.push(...calc.warnings);
        ttl = calc.ttl;
        if (period > 0) period = Math.min(period, ttl);
      }
      if (ttl === 0 && explicitMax > 0) ttl = explicitMax;
      let renewable = input.renewable ?? true;
      if (ttl === 0) {
        if (parent.creation_ttl !== 0) {
          throw invalid("expiring root tokens cannot create non-expiring root tokens");
        }
        renewable = false;
      }
      if (id !== undefined) {
        warnings.push(
          "Supplying a custom ID for the token uses the weaker SHA1 hashing instead of the more secure SHA2-256 HMAC for token obfuscation. SHA1 hashed tokens on the wire leads to less secure lookups.",
        );
        if (id.startsWith("hvs.")) throw invalid("custom token ID cannot have the 'hvs.' prefix");
        if (id.startsWith("s.")) throw invalid("custom token ID cannot have the 's.' prefix");
        if (id.includes(".")) throw invalid("custom token ID cannot have a '.' in the value");
      }
      const token = id ?? `${rules.tokenPrefix}${base62()}`;
      const record: TokenRecord = {
        hash: hashToken(token),
        accessor: base62(),
        parent: parentHash,
        policies: final,
        path,
        meta,
        display_name: name,
        num_uses: numUses,
        creation_time: created,
        creation_ttl: ttl,
        explicit_max_ttl: explicitMax,
        period,
        type: "service",
        entity_id: "",
        lease: leaseFor(ttl, renewable, numUses, at),
      };
      await storage.transact(async (tx) => {
        if (id !== undefined && (await tx.tokens.get(record.hash))) {
          throw invalid("cannot create a token with a duplicate ID");
        }
        await tx.tokens.put(record);
      });
      for (const missing of await policies.missing(final))
        warnings.push(`Policy "${missing}" does not exist`);
      return { auth: authBlock(token, record, ttl), warnings };
    },

    /** Renews a token's lease (RenewToken): `increment` seconds, or its last TTL again. */
    async renew(token: string, increment: number): Promise<{ auth: AuthBlock; warnings: string[] }> {
      return storage.transact(async (tx) => {
        const at = now();
        const t = await live(tx, hashToken(token), at);
        if (!t) throw invalid("token not found");
        if (t.lease.expire_time === null || !t.lease.renewable) throw invalid("lease is not renewable");
        let calc: { ttl: number; warnings: string[] };
        try {
          calc = calculateTtl({
            increment,
            backendTtl: t.lease.ttl,
            period: t.period,
            explicitMaxTtl: t.explicit_max_ttl,
            start: seconds(new Date(t.lease.issue_time)),
            now: seconds(at),
            systemDefault: SYSTEM_TTL,
            systemMax: SYSTEM_TTL,
          });
        } catch (err) {
          if (err instanceof TtlError) throw new DomainError("operation_failed", err.message);
          throw err;
        }
        t.lease = {
          ...t.lease,
          ttl: calc.ttl,
          expire_time: goTime(new Date(at.getTime() + calc.ttl * 1000)),
          last_renewal_time: goTime(at),
        };
        await tx.tokens.put(t);
        return { auth: authBlock(token, t, calc.ttl), warnings: calc.warnings };
      });
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
