// What the server keeps: the records of the four tables behind the storage port (ports/storage.ts).
// Plain JSON values, the same in every adapter.
import type { CatalogType, PluginType } from "./plugin-type.js";

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
  /** OpenBao: the command lives in the plugin directory's OCI cache. */
  oci?: boolean;
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

/** A mount as configured. What runs on it is the plugin runtime's, never stored. */
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
}

/**
 * A connection of a database secrets engine (builtin/logical/database DatabaseConfig), stored per mount.
 * What runs for it is the plugin runtime's, never stored.
 */
export interface ConnectionRecord {
  plugin_name: string;
  /** Canonical ("v1.0.1") or "" for a builtin or unversioned plugin. */
  plugin_version: string;
  verify_connection: boolean;
  allowed_roles: string[];
  root_credentials_rotate_statements: string[];
  password_policy: string;
  /** Every other key the writes held: what the plugin's Initialize receives. */
  connection_details: Record<string, unknown>;
}

/**
 * One entry of an external plugin's own storage (its logical.Storage, as Vault's barrier view keeps it
 * under the mount's uuid): the value as the plugin wrote it, base64.
 */
export interface PluginEntryRecord {
  value: string;
  seal_wrap: boolean;
}

export interface ReloadRecord {
  reload_id: string;
  /** Per node: when it reloaded and what failed ("" for nothing). */
  results: Record<string, { timestamp: string; error: string }>;
}

/**
 * A token of the token store (logical.TokenEntry and the lease the expiration manager keeps for it), stored
 * by the SHA-256 of the token: the token itself is never stored. Times are Unix seconds or RFC 3339 text.
 */
export interface TokenRecord {
  /** Hex SHA-256 of the token (tokens are random: no salt is needed to hide them). */
  hash: string;
  accessor: string;
  /** The parent's hash; "" for an orphan. */
  parent: string;
  policies: string[];
  /** The path that created it ("auth/token/create"). */
  path: string;
  meta: Record<string, string> | null;
  display_name: string;
  /** Uses left; 0 for unlimited. */
  num_uses: number;
  creation_time: number;
  /** The TTL it was created with, in seconds (0: never expires). */
  creation_ttl: number;
  explicit_max_ttl: number;
  period: number;
  type: "service";
  entity_id: string;
  /** The lease: what renewals change and report. */
  lease: {
    /** The TTL last granted (at creation or renewal), in seconds. */
    ttl: number;
    renewable: boolean;
    /** When the lease was made (RFC 3339, nanoseconds). */
    issue_time: string;
    /** When it runs out; null for a token that never expires. */
    expire_time: string | null;
    /** When it was last renewed; absent before a renewal. */
    last_renewal_time?: string;
    /** The uses it was created with (what renewals report). */
    num_uses: number;
  };
}

/** An ACL policy as written (its text is parsed when used). */
export interface PolicyRecord {
  /** Lower-case. */
  name: string;
  /** The HCL or JSON text, as written. */
  policy: string;
  /** RFC 3339 time of the last write. */
  modified: string;
  version: number;
}

/** The token a request came with: the text the client sent (never stored) and the store's record of it. */
export interface Caller {
  token: string;
  record: TokenRecord;
}
