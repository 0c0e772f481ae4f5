// What a record read back from disk must be before it enters the state: the shape the services rely on,
// and a key that is the one its record would be stored under. A record that fails is refused at start
// (with the reason) instead of answering 500 on every later read.
import type {
  CatalogRecord,
  ConnectionRecord,
  MountRecord,
  PinRecord,
  PluginEntryRecord,
  PolicyRecord,
  ReloadRecord,
  TokenRecord,
} from "../../../domain/records.js";
import { catalogKey, mountKey, pinKey, type State } from "../state.js";

export type JournalOp =
  | { t: "catalog"; k: string; v: CatalogRecord }
  | { t: "pins"; k: string; v: PinRecord }
  | { t: "mounts"; k: string; v: MountRecord }
  | { t: "connections"; k: string; v: ConnectionRecord }
  | { t: "entries"; k: string; v: PluginEntryRecord }
  | { t: "tokens"; k: string; v: TokenRecord }
  | { t: "policies"; k: string; v: PolicyRecord }
  | { t: Table; k: string; d: true }
  | { t: "reloads"; v: ReloadRecord[] };

type Table = "catalog" | "pins" | "mounts" | "connections" | "entries" | "tokens" | "policies";
const tables: readonly Table[] = [
  "catalog",
  "pins",
  "mounts",
  "connections",
  "entries",
  "tokens",
  "policies",
];
type Row = Record<string, unknown>;
const isObject = (v: unknown): v is Row => typeof v === "object" && v !== null && !Array.isArray(v);
const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === "string");
const oneOf = (v: unknown, values: readonly string[]) => typeof v === "string" && values.includes(v);

const catalogTypes = ["auth", "database", "secret", "unknown"];
const pluginTypes = ["auth", "database", "secret"];

/** Returns why `v` is not the record stored under `k`, or "" when it is. */
const checks: Record<Table, (k: string, v: Row) => string> = {
  catalog(k, v) {
    if (!oneOf(v.type, catalogTypes) || typeof v.name !== "string" || typeof v.version !== "string")
      return "a catalog entry needs a type, a name and a version";
    if (
      typeof v.command !== "string" ||
      !isStrings(v.args) ||
      !isStrings(v.env) ||
      typeof v.sha256 !== "string"
    )
      return "a catalog entry needs a command, args, env and sha256";
    const want = catalogKey(v.type as CatalogRecord["type"], v.name, v.version);
    return k === want ? "" : `key ${JSON.stringify(k)} should be ${JSON.stringify(want)}`;
  },
  pins(k, v) {
    if (!oneOf(v.type, pluginTypes) || typeof v.name !== "string" || typeof v.version !== "string")
      return "a pin needs a type, a name and a version";
    const want = pinKey(v.type as PinRecord["type"], v.name);
    return k === want ? "" : `key ${JSON.stringify(k)} should be ${JSON.stringify(want)}`;
  },
  mounts(k, v) {
    if (!oneOf(v.table, ["secret", "auth"]) || typeof v.path !== "string" || !v.path.endsWith("/"))
      return "a mount needs a table and a path ending in /";
    if (typeof v.type !== "string" || !isObject(v.config) || typeof v.plugin_version !== "string")
      return "a mount needs a type, a config and a plugin_version";
    const want = mountKey(v.table as MountRecord["table"], v.path);
    return k === want ? "" : `key ${JSON.stringify(k)} should be ${JSON.stringify(want)}`;
  },
  connections(k, v) {
    if (typeof v.plugin_name !== "string" || typeof v.plugin_version !== "string")
      return "a connection needs a plugin_name and a plugin_version";
    if (!isObject(v.connection_details)) return "a connection needs connection_details";
    return removalKeys.connections.test(k) ? "" : `key ${JSON.stringify(k)} is not "<mount uuid>/<name>"`;
  },
  entries(k, v) {
    if (typeof v.value !== "string" || typeof v.seal_wrap !== "boolean")
      return "a plugin entry needs a value and seal_wrap";
    return removalKeys.entries.test(k) ? "" : `key ${JSON.stringify(k)} is not "<mount uuid>/<key>"`;
  },
  tokens(k, v) {
    if (typeof v.hash !== "string" || typeof v.accessor !== "string" || typeof v.parent !== "string")
      return "a token needs a hash, an accessor and a parent";
    if (!isStrings(v.policies) || !isObject(v.lease)) return "a token needs policies and a lease";
    return k === v.hash ? "" : `key ${JSON.stringify(k)} should be its hash`;
  },
  policies(k, v) {
    if (typeof v.name !== "string" || typeof v.policy !== "string") return "a policy needs a name and a text";
    return k === v.name ? "" : `key ${JSON.stringify(k)} should be ${JSON.stringify(v.name)}`;
  },
};

/** What a removal's key must look like. */
const removalKeys = {
  catalog: /^(auth|database|secret|unknown)\/[^/]*\/./s,
  pins: /^(auth|database|secret)\/./s,
  mounts: /^(secret|auth)\/.*\/$/s,
  connections: /^[^/]+\/./s,
  entries: /^[^/]+\/./s,
  tokens: /^[0-9a-f]{64}$/,
  policies: /^./s,
};

function checkReloads(v: unknown): string {
  if (!Array.isArray(v)) return "the reloads must be a list";
  const bad = v.findIndex((r) => !isObject(r) || typeof r.reload_id !== "string" || !isObject(r.results));
  return bad === -1 ? "" : `reload ${bad} needs a reload_id and results`;
}

/** A journal line's value as an operation, or why it is not one. */
export function checkOp(op: unknown): JournalOp | string {
  if (!isObject(op)) return "not a JSON object";
  if (op.t === "reloads") return checkReloads(op.v) || (op as JournalOp);
  if (!oneOf(op.t, tables) || typeof op.k !== "string") return "no table or key";
  const t = op.t as keyof typeof checks;
  if (op.d === true)
    return removalKeys[t].test(op.k) ? (op as JournalOp) : `malformed key ${JSON.stringify(op.k)}`;
  if (!isObject(op.v)) return "no record";
  return checks[t](op.k, op.v) || (op as JournalOp);
}

/** The snapshot as a State, or why it is not one (naming the record at fault). */
export function checkSnapshot(data: unknown): State | string {
  if (!isObject(data)) return `the snapshot is ${JSON.stringify(data)}, not an object`;
  if (data.schema !== 1) return `schema is ${JSON.stringify(data.schema)}, not 1`;
  if (!Number.isSafeInteger(data.journal) || (data.journal as number) < 0)
    return `journal is ${JSON.stringify(data.journal)}, not a journal number`;
  // Snapshots written before database connections existed have none.
  data.connections ??= {};
  // And those written before plugins ran, no plugin entries.
  data.entries ??= {};
  // Nor tokens and policies, before those were stored.
  data.tokens ??= {};
  data.policies ??= {};
  for (const t of tables) {
    const rows = data[t];
    if (!isObject(rows)) return `${t} is missing or not an object`;
    for (const [k, v] of Object.entries(rows)) {
      const why = isObject(v) ? checks[t](k, v) : "not an object";
      if (why) return `${t} ${JSON.stringify(k)}: ${why}`;
    }
  }
  return checkReloads(data.reloads) || (data as unknown as State);
}
