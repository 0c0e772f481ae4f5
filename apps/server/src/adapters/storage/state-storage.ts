// The storage port over one in-memory State document, for the memory and durable adapters. A transaction
// writes into its own overlay; reads see the overlay over the state. Transactions run one at a time, so
// each sees everything committed before it; commit applies the overlay to the state in one synchronous
// step and hands it to `persist`, whose promise says when it is durable. The next transaction may start
// before that promise settles (its writes then share the durable write), but `transact` resolves only
// after it: nothing is acknowledged before it is on disk.
import { DomainError } from "../../domain/errors.js";
import {
  addReload,
  checkNotPinned,
  checkPinTarget,
  findPathClash,
  pathInUse,
} from "../../domain/invariants.js";
import type { CatalogType, PluginType } from "../../domain/plugin-type.js";
import type {
  CatalogRecord,
  MountRecord,
  MountTable,
  PinRecord,
  ReloadRecord,
} from "../../domain/records.js";
import type {
  CatalogRepository,
  MountRepository,
  PinRepository,
  ReloadRepository,
  Repositories,
  Storage,
} from "../../ports/storage.js";
import { catalogKey, mountKey, pinKey, type State } from "./state.js";

/** Applies a committed transaction to the state; resolves once it is durable. */
export type Persist = (apply: (state: State) => void) => Promise<void>;

type Tables = "catalog" | "pins" | "mounts";
type Row<T extends Tables> = State[T][string];

/** One transaction's writes: key -> new value, or null for a removal. */
class Overlay {
  readonly catalog = new Map<string, CatalogRecord | null>();
  readonly pins = new Map<string, PinRecord | null>();
  readonly mounts = new Map<string, MountRecord | null>();
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
    return this.catalog.size + this.pins.size + this.mounts.size === 0 && !this.reloads;
  }

  apply(state: State): void {
    for (const table of ["catalog", "pins", "mounts"] as const) {
      const rows = state[table] as Record<string, unknown>;
      for (const [key, value] of this[table] as Map<string, unknown>) {
        if (value === null) delete rows[key];
        else rows[key] = value;
      }
    }
    if (this.reloads) state.reloads = this.reloads;
  }
}

const copy = <T>(value: T): T => structuredClone(value);
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

const repositories = (o: Overlay, state: State, revision: () => number): Repositories => ({
  catalog: catalogRepository(o, revision),
  pins: pinRepository(o),
  mounts: mountRepository(o),
  reloads: reloadRepository(o, state),
});

export function createStateStorage(state: State, persist: Persist, onClose: () => Promise<void>): Storage {
  let queue: Promise<unknown> = Promise.resolve();
  let revision = 0;
  let closed = false;
  let lastDurable: Promise<void> = Promise.resolve();

  return {
    async transact<T>(fn: (tx: Repositories) => Promise<T>): Promise<T> {
      const run = queue.then(async () => {
        if (closed) throw new DomainError("unavailable", "the server is shutting down");
        const overlay = new Overlay(state);
        const result = await fn(repositories(overlay, state, () => revision));
        if (overlay.empty) return { result, durable: undefined };
        if (overlay.catalog.size > 0) revision++;
        const durable = persist((s) => overlay.apply(s));
        lastDurable = durable.catch(() => {});
        return { result, durable };
      });
      queue = run.catch(() => {});
      const { result, durable } = await run;
      await durable;
      return result;
    },
    async close() {
      if (closed) return;
      closed = true;
      await queue;
      await lastDurable;
      await onClose();
    },
  };
}
