// The storage port: everything the server persists, as six repositories (catalog, pins, mounts,
// reloads, database connections, plugins' own entries), reached only inside a transaction. Adapters: adapters/storage/memory.ts (tests),
// adapters/storage/durable/ (lowdb snapshot + journal, the default) and adapters/storage/postgres/
// (SERIALIZABLE transactions, shared by the nodes of a cluster). Every adapter passes the one shared
// suite, adapters/storage/storage-suite.ts.
//
// The contract an adapter keeps:
// - `transact(fn)` runs `fn` against a consistent view and commits everything it wrote, or nothing when
//   `fn` throws (the error is rethrown). It resolves only once the commit is durable. Transactions are
//   serialisable: an adapter may retry `fn` (a database's serialisation failure), so `fn` must do nothing
//   but storage calls and pure work — no I/O of its own, and no nested `transact`.
// - The invariants are checked by the repositories themselves, inside the transaction, so that a second
//   node sees them too (domain/invariants.ts holds the checks once, for adapters that want them):
//     catalog: one entry per type + name + version (a put replaces it); the pinned version of a plugin
//              cannot be deleted (DomainError "version_pinned").
//     pins:    a pin names an existing catalog entry of its type, name and version ("pin_target_missing").
//     mounts:  within a table, no mount path is a prefix of another ("mount_path_in_use", naming the
//              existing path).
//     connections: one per mount uuid and name; the mount's uuid names them (no reference is checked).
//     entries: one per mount uuid and key, likewise.
//     tokens:  one per hash; an accessor names one token (the store makes them random: it is not checked).
//     policies: one per (lower-case) name.
// - Records go in and come out as plain JSON values: a caller may keep or change what it reads without
//   changing what is stored.
// - After `close()`, `transact` throws DomainError "unavailable".
import type { CatalogType, PluginType } from "../domain/plugin-type.js";
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
} from "../domain/records.js";

export type {
  CatalogRecord,
  ConnectionRecord,
  MountRecord,
  MountTable,
  PinRecord,
  PluginEntryRecord,
  PolicyRecord,
  ReloadRecord,
  TokenRecord,
};

export interface CatalogRepository {
  /** The entry stored under exactly this type, name and version ("" is unversioned). */
  get(type: CatalogType, name: string, version: string): Promise<CatalogRecord | undefined>;
  /** Every entry, or those of one type and/or name, in no particular order. */
  list(filter?: { type?: CatalogType; name?: string }): Promise<CatalogRecord[]>;
  /** Stores the entry, replacing one of the same type, name and version. */
  put(record: CatalogRecord): Promise<void>;
  /** Removes the entry; false when there was none. Throws "version_pinned" for the pinned version. */
  delete(type: CatalogType, name: string, version: string): Promise<boolean>;
  /** Changes whenever the catalog changes (for caches of derived data); otherwise stays the same. */
  revision(): Promise<number>;
}

export interface PinRepository {
  get(type: PluginType, name: string): Promise<PinRecord | undefined>;
  /** Every pin, in no particular order. */
  list(): Promise<PinRecord[]>;
  /** Stores the pin, replacing one for the same type and name. Throws "pin_target_missing". */
  put(pin: PinRecord): Promise<void>;
  /** Removes the pin; false when there was none. */
  delete(type: PluginType, name: string): Promise<boolean>;
}

export interface MountRepository {
  get(table: MountTable, path: string): Promise<MountRecord | undefined>;
  /** Every mount of a table, or of both, in the order they were created (an update keeps its place). */
  list(table?: MountTable): Promise<MountRecord[]>;
  /** Adds a mount. Throws "mount_path_in_use" when its path and another's are prefixes of each other. */
  create(record: MountRecord): Promise<void>;
  /** Replaces an existing mount (same table and path); false when there is none. */
  update(record: MountRecord): Promise<boolean>;
  /** Removes the mount; false when there was none. */
  delete(table: MountTable, path: string): Promise<boolean>;
}

export interface ReloadRepository {
  get(reloadId: string): Promise<ReloadRecord | undefined>;
  /** Records a reload (merging the nodes' results of one reload_id) and keeps only the newest `keep`. */
  add(record: ReloadRecord, keep: number): Promise<void>;
}

/** Connections of database secrets engines, by the uuid of their mount and their name. */
export interface ConnectionRepository {
  get(mount: string, name: string): Promise<ConnectionRecord | undefined>;
  /** The names of a mount's connections, in no particular order. */
  list(mount: string): Promise<string[]>;
  /** Stores the connection, replacing one of the same mount and name. */
  put(mount: string, name: string, record: ConnectionRecord): Promise<void>;
  /** Removes the connection; false when there was none. */
  delete(mount: string, name: string): Promise<boolean>;
}

/** An external plugin's own storage, by the uuid of its mount and the plugin's key. */
export interface PluginEntryRepository {
  get(mount: string, key: string): Promise<PluginEntryRecord | undefined>;
  /** The whole keys of a mount that start with `prefix`, in no particular order. */
  keys(mount: string, prefix: string): Promise<string[]>;
  /** Stores the entry, replacing one of the same mount and key. */
  put(mount: string, key: string, record: PluginEntryRecord): Promise<void>;
  /** Removes the entry; false when there was none. */
  delete(mount: string, key: string): Promise<boolean>;
  /** Removes every entry of the mount (it was disabled); returns how many. */
  clear(mount: string): Promise<number>;
}

/** Tokens by the hash of the token; never the token itself. */
export interface TokenRepository {
  get(hash: string): Promise<TokenRecord | undefined>;
  byAccessor(accessor: string): Promise<TokenRecord | undefined>;
  /** The tokens whose parent is this hash, in no particular order. */
  children(parentHash: string): Promise<TokenRecord[]>;
  /** Stores the token, replacing one of the same hash. */
  put(record: TokenRecord): Promise<void>;
  /** Removes the token; false when there was none. */
  delete(hash: string): Promise<boolean>;
}

/** ACL policies by name. */
export interface PolicyRepository {
  get(name: string): Promise<PolicyRecord | undefined>;
  /** Every policy's name, in no particular order. */
  list(): Promise<string[]>;
  /** Stores the policy, replacing one of the same name. */
  put(record: PolicyRecord): Promise<void>;
  /** Removes the policy; false when there was none. */
  delete(name: string): Promise<boolean>;
}

/** What a transaction sees. */
export interface Repositories {
  readonly catalog: CatalogRepository;
  readonly pins: PinRepository;
  readonly mounts: MountRepository;
  readonly reloads: ReloadRepository;
  readonly connections: ConnectionRepository;
  readonly entries: PluginEntryRepository;
  readonly tokens: TokenRepository;
  readonly policies: PolicyRepository;
}

export interface Storage {
  transact<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
