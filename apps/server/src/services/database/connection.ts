// A connection of the database secrets engine as it is stored, and how a write builds the next one from
// the stored one (builtin/logical/database connectionWriteHandler): named fields are taken when given and
// otherwise keep their stored values (defaults on create), every other body key is a connection detail,
// merged over the stored details on update and taken as they are on create.
import { parseBool } from "@sysplugins/go-semantics";
import { type DomainError, invalid } from "../../domain/errors.js";
import type { ConnectionRecord } from "../../domain/records.js";
import { goFormat } from "./go-format.js";

export type { ConnectionRecord };

/** The body keys the engine reads itself; the rest are connection details. */
const namedFields = new Set([
  "name",
  "plugin_name",
  "plugin_version",
  "verify_connection",
  "allowed_roles",
  "root_rotation_statements",
  "password_policy",
]);

function fieldError(field: string, value: unknown, reason: string): DomainError {
  return invalid(
    `Field validation failed: error converting input ${goFormat(value)} for field "${field}": ${reason}`,
  );
}

/** framework.TypeString, weakly typed: numbers and booleans become their text. */
function stringField(field: string, value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw fieldError(field, value, `'' expected type 'string', got unconvertible type '${goKind(value)}'`);
}

/** framework.TypeBool, weakly typed: Go's ParseBool spellings, and numbers (non-zero is true). */
function boolField(field: string, value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (typeof value === "string") {
    if (value === "") return false;
    const b = parseBool(value);
    if (b !== undefined) return b;
    throw fieldError(
      field,
      value,
      `cannot parse '' as bool: strconv.ParseBool: parsing "${value}": invalid syntax`,
    );
  }
  throw fieldError(field, value, `'' expected type 'bool', got unconvertible type '${goKind(value)}'`);
}

/**
 * A list of strings decoded as mapstructure decodes it (weakly typed): numbers and booleans become their
 * text; any other element fails, and the failures are listed as mapstructure lists them.
 */
function stringElements(field: string, input: unknown, elements: readonly unknown[]): string[] {
  const failures: string[] = [];
  const out = elements.map((v, i) => {
    if (typeof v === "string") return v;
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    failures.push(
      `'[${i}]' expected type 'string', got unconvertible type '${goKind(v)}', value: '${goFormat(v)}'`,
    );
    return "";
  });
  if (failures.length === 0) return out;
  throw fieldError(
    field,
    input,
    `${failures.length} error(s) decoding:\n\n${failures.map((f) => `* ${f}`).join("\n")}`,
  );
}

/** framework.TypeCommaStringSlice: a string is split on commas; array elements are taken as they are. */
function commaSliceField(field: string, value: unknown): string[] {
  if (typeof value === "string") {
    return value
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  }
  return stringElements(field, value, Array.isArray(value) ? value : [value]);
}

/** framework.TypeStringSlice: a single value becomes a one-element list. */
function sliceField(field: string, value: unknown): string[] {
  if (value === "") return [];
  return stringElements(field, value, Array.isArray(value) ? value : [value]);
}

function goKind(value: unknown): string {
  if (Array.isArray(value)) return "[]interface {}";
  if (value === null) return "<nil>";
  return typeof value === "object" ? "map[string]interface {}" : typeof value;
}

export interface ConnectionWrite {
  /** The record without its version decision (plugin_version is the stored one until chosen). */
  record: ConnectionRecord;
  /** plugin_version as the body gave it (undefined when the key is absent). */
  requestedVersion: string | undefined;
  /** Body keys that are not fields of the path: the framework warns about them, the engine keeps them. */
  unrecognized: string[];
}

/**
 * The connection a write asks for, before the plugin version is chosen and the plugin is started.
 * `stored` is undefined on create.
 */
export function mergeConnection(
  stored: ConnectionRecord | undefined,
  body: Record<string, unknown>,
): ConnectionWrite {
  const create = stored === undefined;
  const has = (k: string) => Object.hasOwn(body, k) && body[k] !== undefined;
  const record: ConnectionRecord = stored
    ? {
        ...stored,
        allowed_roles: [...stored.allowed_roles],
        root_credentials_rotate_statements: [...stored.root_credentials_rotate_statements],
        connection_details: { ...stored.connection_details },
      }
    : {
        plugin_name: "",
        plugin_version: "",
        verify_connection: true,
        allowed_roles: [],
        root_credentials_rotate_statements: [],
        password_policy: "",
        connection_details: {},
      };

  if (has("verify_connection"))
    record.verify_connection = boolField("verify_connection", body.verify_connection);
  if (has("plugin_name")) record.plugin_name = stringField("plugin_name", body.plugin_name);
  if (record.plugin_name === "") throw invalid("empty plugin name");
  const requestedVersion = has("plugin_version")
    ? stringField("plugin_version", body.plugin_version)
    : undefined;
  if (has("allowed_roles")) record.allowed_roles = commaSliceField("allowed_roles", body.allowed_roles);
  if (has("root_rotation_statements")) {
    record.root_credentials_rotate_statements = sliceField(
      "root_rotation_statements",
      body.root_rotation_statements,
    );
  }
  if (has("password_policy")) record.password_policy = stringField("password_policy", body.password_policy);

  const details = Object.fromEntries(Object.entries(body).filter(([k]) => !namedFields.has(k)));
  record.connection_details = create ? details : { ...record.connection_details, ...details };
  return { record, requestedVersion, unrecognized: Object.keys(details).sort() };
}

/**
 * A write's warnings: the handler's (connection_url carries a password), then, when there is one, the
 * framework's for body keys that are not fields (the engine still keeps them as connection details).
 */
export function connectionWarnings(record: ConnectionRecord, unrecognized: readonly string[] = []): string[] {
  const warnings: string[] = [];
  const url = record.connection_details.connection_url;
  if (typeof url === "string" && parsedPassword(url) !== undefined) {
    warnings.push(
      "Password found in connection_url, use a templated url to enable root rotation and prevent read access to password information.",
    );
  }
  // The framework adds its warning to a response the handler made, never to a 204 (measured on OpenBao).
  if (unrecognized.length > 0 && warnings.length > 0) {
    warnings.push(`Endpoint ignored these unrecognized parameters: [${unrecognized.join(" ")}]`);
  }
  return warnings;
}

/** scheme://userinfo@host…, split as Go's url.Parse does; undefined when there is no userinfo to speak of. */
function splitUserinfo(
  url: string,
): { head: string; user: string; password?: string; rest: string } | undefined {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/s.exec(url);
  if (!m) return undefined;
  const [, head = "", authority = "", tail = ""] = m;
  const at = authority.lastIndexOf("@");
  if (at < 0) return undefined;
  const userinfo = authority.slice(0, at);
  // Go's validUserinfo: anything else (a template's braces, say) makes url.Parse fail.
  if (!/^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo)) return undefined;
  const colon = userinfo.indexOf(":");
  const rest = authority.slice(at) + tail;
  return colon < 0
    ? { head, user: userinfo, rest }
    : { head, user: userinfo.slice(0, colon), password: userinfo.slice(colon + 1), rest };
}

function parsedPassword(url: string): string | undefined {
  return splitUserinfo(url)?.password;
}

/** Go's url.URL.Redacted(): a password becomes "xxxxx". Strings that do not parse are left alone. */
export function redactUrl(url: string): string {
  const parts = splitUserinfo(url);
  if (parts?.password === undefined) return url;
  return `${parts.head}${parts.user}:xxxxx${parts.rest}`;
}
