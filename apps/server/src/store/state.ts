// What the server persists: one JSON document. Keys are built so that they cannot collide: a plugin type
// and a version never contain "/", so "<type>/<version>/<name>" is unambiguous even for names with "/".
import type { CatalogType, PluginType } from "../domain/plugin-type.js";

export interface CatalogRecord {
  type: CatalogType;
  name: string;
  /** Canonical ("v1.0.0") or "" for an unversioned registration. */
  version: string;
  /** Relative to the plugin directory. */
  command: string;
  args: string[];
  /** Stored, never returned. */
  env: string[];
  /** Lowercase hex, as registered. */
  sha256: string;
  oci_image?: string;
  runtime?: string;
}

export interface PinRecord {
  type: PluginType;
  name: string;
  version: string;
}

export type MountTable = "secret" | "auth";

export interface MountConfigRecord {
  default_lease_ttl: number;
  max_lease_ttl: number;
  force_no_cache: boolean;
  listing_visibility?: string;
  audit_non_hmac_request_keys?: string[];
  audit_non_hmac_response_keys?: string[];
  passthrough_request_headers?: string[];
  allowed_response_headers?: string[];
  token_type?: string;
}

export interface MountRecord {
  table: MountTable;
  /** The path inside its table, with a trailing "/" ("secret/", "approle/"). */
  path: string;
  /** The plugin name. */
  type: string;
  description: string;
  accessor: string;
  uuid: string;
  local: boolean;
  seal_wrap: boolean;
  external_entropy_access: boolean;
  options: Record<string, string> | null;
  config: MountConfigRecord;
  /** The configured version ("" for the builtin or an unversioned plugin). */
  plugin_version: string;
  /** What runs now: set when the mount starts or reloads, never by tune. */
  running_plugin_version: string;
  running_sha256: string;
}

export interface ReloadRecord {
  reload_id: string;
  results: Record<string, { timestamp: string; error: string }>;
}

export interface State {
  schema: 1;
  /** The journal that goes with this snapshot (store/journal.ts). */
  journal: number;
  /** "<type>/<version>/<name>" -> entry. */
  catalog: Record<string, CatalogRecord>;
  /** "<type>/<name>" -> pin. */
  pins: Record<string, PinRecord>;
  /** "<table>/<path>" -> mount. */
  mounts: Record<string, MountRecord>;
  /** The most recent reloads, oldest first. */
  reloads: ReloadRecord[];
}

export const catalogKey = (type: CatalogType, name: string, version: string) => `${type}/${version}/${name}`;
export const pinKey = (type: PluginType, name: string) => `${type}/${name}`;
export const mountKey = (table: MountTable, path: string) => `${table}/${path}`;

export const emptyState = (): State => ({
  schema: 1,
  journal: 0,
  catalog: {},
  pins: {},
  mounts: {},
  reloads: [],
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
        json = JSON.stringify(record);
        remembered.set(record, json);
      }
      entries.push(`${JSON.stringify(key)}:${json}`);
    }
    const rest = JSON.stringify({ pins: state.pins, mounts: state.mounts, reloads: state.reloads }).slice(1);
    return `{"schema":${JSON.stringify(state.schema)},"journal":${JSON.stringify(state.journal)},"catalog":{${entries.join(",")}},${rest}`;
  };
}
