// The storage port over one in-memory State document, for the memory and durable adapters. A transaction
// writes into its own overlay; reads see the overlay over the state. Transactions run one at a time, so
// each sees everything committed before it; commit hands the overlay to `persist`, which applies it to the
// state in one synchronous step and whose promise says when it is durable. The next transaction may start
// before that promise settles (its writes then share the durable write), but no transaction resolves
// before what it saw is durable: a write waits for its own commit, a read for the last commit it could
// see. When a write fails, the adapter undoes it and every commit after it before the promise rejects;
// those writes fail, and a read that saw them runs again on what is now the state.
import { DomainError } from "../../domain/errors.js";
import {
  addReload,
  checkNotPinned,
  checkPinTarget,
  findPathClash,
  pathInUse,
} from "../../domain/invariants.js";
import { copyJson } from "../../domain/json-text.js";
import type { CatalogType, PluginType } from "../../domain/plugin-type.js";
import type {
  CatalogRecord,
  ConnectionRecord,
  MountRecord,
  MountTable,
  PinRecord,
  PluginEntryRecord,
  PolicyRecord,
  ReloadRecord,
  TokenRecord,
} from "../../domain/records.js";
import type {
  CatalogRepository,
  ConnectionRepository,
  MountRepository,
  PinRepository,
  PluginEntryRepository,
  PolicyRepository,
  ReloadRepository,
  Repositories,
  Storage,
  TokenRepository,
} from "../../ports/storage.js";
import type { Change } from "./change.js";
import { catalogKey, connectionKey, entryKey, mountKey, pinKey, type State } from "./state.js";

/**
 * Applies a committed transaction to the state at once; resolves once it is durable. On failure it has
 * put the state back as it was before this change and every later one, which all reject.
 */
export type Persist = (change: Change) => Promise<void>;

type Tables = "catalog" | "pins" | "mounts" | "connections" | "entries" | "tokens" | "policies";
type Row<T extends Tables> = State[T][string];

/** One transaction's writes: key -> new value, or null for a removal. */
class Overlay implements Change {
  readonly catalog = new Map<string, CatalogRecord | null>();
  readonly pins = new Map<string, PinRecord | null>();
  readonly mounts = new Map<string, MountRecord | null>();
  readonly connections = new Map<string, ConnectionRecord | null>();
  readonly entries = new Map<string, PluginEntryRecord | null>();
  readonly tokens = new Map<string, TokenRecord | null>();
  readonly policies = new Map<string, PolicyRecord | null>();
  reloads: ReloadRecord[] | undefined;

  constructor(private readonly state: State) {}

  get<T extends Tables>(table: T, key: string): Row<T> | undefined {
    const written = (this[table] as Map<string, Row<T> | null>).get(key);
    if (written !== undefined) return written ?? undefined;
    return this.state[table][key] as Row<T> | undefined;
  }

  set<T extends Tables>(table: T, key: string, value: Row<T> | null): void {
    (this[table] as Map<string, Row<T> | null>).set(key, value);
  }

  *values<T extends Tables>(table: T): Iterable<Row<T>> {
    const written = this[table] as Map<string, Row<T> | null>;
    for (const [key, value] of Object.entries(this.state[table]) as [string, Row<T>][]) {
      if (!written.has(key)) yield value;
    }
    for (const value of written.values()) if (value) yield value;
  }

  get empty(): boolean {
    return (
      this.catalog.size +
        this.pins.size +
        this.mounts.size +
        this.connections.size +
        this.entries.size +
        this.tokens.size +
        this.policies.size ===
        0 && !this.reloads
    );
  }
}

const copy = <T>(value: T): T => copyJson(value);
/** Catalog records are many and flat: a shallow copy with fresh arrays is a full copy. */
const copyEntry = (r: CatalogRecord | undefined): CatalogRecord | undefined =>
  r && { ...r, args: [...r.args], env: [...r.env] };

function catalogRepository(o: Overlay, revision: () => number): CatalogRepository {
  return {
    get: async (type: CatalogType, name: string, version: string) =>
      copyEntry(o.get("catalog", catalogKey(type, name, version))),
    async list(filter = {}) {
      const out: CatalogRecord[] = [];
      for (const r of o.values("catalog")) {
        if ((filter.type === undefined || r.type === filter.type) && (filter.name ?? r.name) === r.name)
          out.push(copyEntry(r) as CatalogRecord);
      }
      return out;
    },
    async put(record) {
      // Stored records are replaced, never changed in place (the durable snapshot remembers their JSON).
      o.set("catalog", catalogKey(record.type, record.name, record.version), copy(record));
    },
    async delete(type, name, version) {
      const key = catalogKey(type, name, version);
      if (!o.get("catalog", key)) return false;
      if (type !== "unknown") checkNotPinned(version, o.get("pins", pinKey(type, name)));
      o.set("catalog", key, null);
      return true;
    },
    revision: async () => revision() + (o.catalog.size > 0 ? 1 : 0),
  };
}

function pinRepository(o: Overlay): PinRepository {
  return {
    get: async (type: PluginType, name: string) => copy(o.get("pins", pinKey(type, name))),
    list: async () => [...o.values("pins")].map(copy),
    async put(pin) {
      checkPinTarget(pin, o.get("catalog", catalogKey(pin.type, pin.name, pin.version)));
      o.set("pins", pinKey(pin.type, pin.name), copy(pin));
    },
    async delete(type, name) {
      const key = pinKey(type, name);
      if (!o.get("pins", key)) return false;
      o.set("pins", key, null);
      return true;
    },
  };
}

function mountRepository(o: Overlay): MountRepository {
  return {
    get: async (table: MountTable, path: string) => copy(o.get("mounts", mountKey(table, path))),
    async list(table) {
      return [...o.values("mounts")].filter((m) => table === undefined || m.table === table).map(copy);
    },
    async create(record) {
      const sameTable = [...o.values("mounts")].filter((m) => m.table === record.table);
      const clash = findPathClash(sameTable, record.path);
      if (clash) throw pathInUse(clash);
      o.set("mounts", mountKey(record.table, record.path), copy(record));
    },
    async update(record) {
      const key = mountKey(record.table, record.path);
      if (!o.get("mounts", key)) return false;
      o.set("mounts", key, copy(record));
      return true;
    },
    async delete(table, path) {
      const key = mountKey(table, path);
      if (!o.get("mounts", key)) return false;
      o.set("mounts", key, null);
      return true;
    },
  };
}

function reloadRepository(o: Overlay, state: State): ReloadRepository {
  return {
    get: async (id) => copy((o.reloads ?? state.reloads).find((r) => r.reload_id === id)),
    async add(record, keep) {
      o.reloads = addReload(o.reloads ?? state.reloads, copy(record), keep);
    },
  };
}

function connectionRepository(o: Overlay, state: State): ConnectionRepository {
  return {
    get: async (mount, name) => copy(o.get("connections", connectionKey(mount, name))),
    list: async (mount) => keysUnder(o, state, "connections", connectionKey(mount, "")),
    async put(mount, name, record) {
      o.set("connections", connectionKey(mount, name), copy(record));
    },
    async delete(mount, name) {
      const key = connectionKey(mount, name);
      if (!o.get("connections", key)) return false;
      o.set("connections", key, null);
      return true;
    },
  };
}

/** The keys of `table` under `prefix`, the overlay's writes included. */
function keysUnder(o: Overlay, state: State, table: "connections" | "entries", prefix: string): string[] {
  const out: string[] = [];
  for (const key of new Set([...Object.keys(state[table]), ...o[table].keys()])) {
    if (key.startsWith(prefix) && o.get(table, key)) out.push(key.slice(prefix.length));
  }
  return out;
}

function entryRepository(o: Overlay, state: State): PluginEntryRepository {
  return {
    get: async (mount, key) => copy(o.get("entries", entryKey(mount, key))),
    keys: async (mount, prefix) =>
      keysUnder(o, state, "entries", entryKey(mount, "")).filter((k) => k.startsWith(prefix)),
    async put(mount, key, record) {
      o.set("entries", entryKey(mount, key), { value: record.value, seal_wrap: record.seal_wrap });
    },
    async delete(mount, key) {
      const k = entryKey(mount, key);
      if (!o.get("entries", k)) return false;
      o.set("entries", k, null);
      return true;
    },
    async clear(mount) {
      const keys = keysUnder(o, state, "entries", entryKey(mount, ""));
      for (const key of keys) o.set("entries", entryKey(mount, key), null);
      return keys.length;
    },
  };
}

function tokenRepository(o: Overlay): TokenRepository {
  return {
    get: async (hash) => copy(o.get("tokens", hash)),
    async byAccessor(accessor) {
      for (const t of o.values("tokens")) if (t.accessor === accessor) return copy(t);
      return undefined;
    },
    children: async (parent) => [...o.values("tokens")].filter((t) => t.parent === parent).map(copy),
    async put(record) {
      o.set("tokens", record.hash, copy(record));
    },
    async delete(hash) {
      if (!o.get("tokens", hash)) return false;
      o.set("tokens", hash, null);
      return true;
    },
  };
}

function policyRepository(o: Overlay): PolicyRepository {
  return {
    get: async (name) => copy(o.get("policies", name)),
    list: async () => [...o.values("policies")].map((p) => p.name),
    async put(record) {
      o.set("policies", record.name, copy(record));
    },
    async delete(name) {
      if (!o.get("policies", name)) return false;
      o.set("policies", name, null);
      return true;
    },
  };
}

const repositories = (o: Overlay, state: State, revision: () => number): Repositories => ({
  catalog: catalogRepository(o, revision),
  pins: pinRepository(o),
  mounts: mountRepository(o),
  reloads: reloadRepository(o, state),
  connections: connectionRepository(o, state),
  entries: entryRepository(o, state),
  tokens: tokenRepository(o),
  policies: policyRepository(o),
});

/** A read that saw writes which then failed runs again; a write that failed is not retried. */
const READ_ATTEMPTS = 3;

export function createStateStorage(state: State, persist: Persist, onClose: () => Promise<void>): Storage {
  let queue: Promise<unknown> = Promise.resolve();
  let revision = 0;
  let closed = false;
  /** The last commit not yet durable: what a read may have seen. */
  let latest: Promise<void> | undefined;

  function commit(overlay: Overlay): Promise<void> {
    const durable = persist(overlay);
    latest = durable;
    durable.then(
      () => {
        if (latest === durable) latest = undefined;
      },
      () => {
        // Undone: caches built on what it wrote are stale.
        revision++;
        if (latest === durable) latest = undefined;
      },
    );
    return durable;
  }

  /** One attempt: runs `fn` in turn; `durable` settles when what it wrote, or saw, is durable. */
  function attempt<T>(fn: (tx: Repositories) => Promise<T>) {
    const run = queue.then(async () => {
      if (closed) throw new DomainError("unavailable", "the server is shutting down");
      const overlay = new Overlay(state);
      const result = await fn(repositories(overlay, state, () => revision));
      if (overlay.empty) return { result, durable: latest, write: false };
      if (overlay.catalog.size > 0) revision++;
      return { result, durable: commit(overlay), write: true };
    });
    queue = run.catch(() => {});
    return run;
  }

  return {
    async transact<T>(fn: (tx: Repositories) => Promise<T>): Promise<T> {
      for (let n = 1; ; n++) {
        const { result, durable, write } = await attempt(fn);
        try {
          await durable;
          return result;
        } catch (err) {
          if (write || n >= READ_ATTEMPTS) throw err;
        }
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await queue;
      await latest?.catch(() => {});
      await onClose();
    },
  };
}
