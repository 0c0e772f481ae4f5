// One committed transaction as data: per table, key -> new record, or null for a removal, and the whole
// reloads list when it changed. The memory and durable adapters apply it to their State; the durable one
// also journals it and, when the write fails, applies the undo that applyChange returned.
import type {
  CatalogRecord,
  ConnectionRecord,
  MountRecord,
  PinRecord,
  PluginEntryRecord,
  PolicyRecord,
  ReloadRecord,
  TokenRecord,
} from "../../domain/records.js";
import type { State } from "./state.js";

export interface Change {
  readonly catalog: ReadonlyMap<string, CatalogRecord | null>;
  readonly pins: ReadonlyMap<string, PinRecord | null>;
  readonly mounts: ReadonlyMap<string, MountRecord | null>;
  readonly connections: ReadonlyMap<string, ConnectionRecord | null>;
  readonly entries: ReadonlyMap<string, PluginEntryRecord | null>;
  readonly tokens: ReadonlyMap<string, TokenRecord | null>;
  readonly policies: ReadonlyMap<string, PolicyRecord | null>;
  readonly reloads?: ReloadRecord[] | undefined;
}

export const tables = ["catalog", "pins", "mounts", "connections", "entries", "tokens", "policies"] as const;

/** Applies `change` to `state`; returns the change that puts back what it replaced. */
export function applyChange(state: State, change: Change): Change {
  const undo = {
    catalog: new Map(),
    pins: new Map(),
    mounts: new Map(),
    connections: new Map(),
    entries: new Map(),
    tokens: new Map(),
    policies: new Map(),
    reloads: undefined,
  } as {
    -readonly [K in keyof Change]: Change[K];
  };
  for (const table of tables) {
    const rows = state[table] as Record<string, unknown>;
    const before = undo[table] as Map<string, unknown>;
    for (const [key, value] of change[table] as ReadonlyMap<string, unknown>) {
      if (!before.has(key)) before.set(key, Object.hasOwn(rows, key) ? rows[key] : null);
      if (value === null) delete rows[key];
      else rows[key] = value;
    }
  }
  if (change.reloads) {
    undo.reloads = state.reloads;
    state.reloads = change.reloads;
  }
  return undo;
}
