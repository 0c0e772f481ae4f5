// The storage as one JSON document, shared by the memory and durable adapters. Keys are built so that they
// cannot collide: a plugin type and a version never contain "/", so "<type>/<version>/<name>" is
// unambiguous even for names with "/".

import { jsonText } from "../../domain/json-text.js";
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

export interface State {
  schema: 1;
  /** The journal that goes with this snapshot (durable/journal.ts). */
  journal: number;
  /** "<type>/<version>/<name>" -> entry. */
  catalog: Record<string, CatalogRecord>;
  /** "<type>/<name>" -> pin. */
  pins: Record<string, PinRecord>;
  /** "<table>/<path>" -> mount. */
  mounts: Record<string, MountRecord>;
  /** The most recent reloads, oldest first. */
  reloads: ReloadRecord[];
  /** "<mount uuid>/<name>" -> database connection. Absent in snapshots written before it existed. */
  connections: Record<string, ConnectionRecord>;
  /** "<mount uuid>/<key>" -> a plugin's own entry. Absent in snapshots written before plugins ran. */
  entries: Record<string, PluginEntryRecord>;
  /** Token hash -> token. Absent in snapshots written before tokens were stored. */
  tokens: Record<string, TokenRecord>;
  /** Policy name -> policy. Absent in snapshots written before policies were stored. */
  policies: Record<string, PolicyRecord>;
}

export const catalogKey = (type: CatalogType, name: string, version: string) => `${type}/${version}/${name}`;
export const pinKey = (type: PluginType, name: string) => `${type}/${name}`;
export const mountKey = (table: MountTable, path: string) => `${table}/${path}`;
/** A mount uuid never contains "/". */
export const connectionKey = (mount: string, name: string) => `${mount}/${name}`;
export const entryKey = (mount: string, key: string) => `${mount}/${key}`;

export const emptyState = (): State => ({
  schema: 1,
  journal: 0,
  catalog: {},
  pins: {},
  mounts: {},
  reloads: [],
  connections: {},
  entries: {},
  tokens: {},
  policies: {},
});

/**
 * JSON of the state, the same as JSON.stringify(state), with each catalog record's JSON remembered: a
 * write after one registration serialises one record, not the whole catalog again. Catalog records are
 * therefore never edited in place; a change replaces the record.
 */
export function createStateSerializer(): (state: State) => string {
  const remembered = new WeakMap<CatalogRecord, string>();
  return (state) => {
    const entries: string[] = [];
    for (const key in state.catalog) {
      const record = state.catalog[key] as CatalogRecord;
      let json = remembered.get(record);
      if (json === undefined) {
        json = jsonText(record);
        remembered.set(record, json);
      }
      entries.push(`${JSON.stringify(key)}:${json}`);
    }
    const rest = jsonText({
      pins: state.pins,
      mounts: state.mounts,
      reloads: state.reloads,
      connections: state.connections,
      entries: state.entries,
      tokens: state.tokens,
      policies: state.policies,
    }).slice(1);
    return `{"schema":${JSON.stringify(state.schema)},"journal":${JSON.stringify(state.journal)},"catalog":{${entries.join(",")}},${rest}`;
  };
}
