// The desired-state file of `sysplugins plan` and `apply`: YAML, as operators already write for Helm,
// Ansible and Kubernetes. Every field is checked before the server is asked anything; a mistake names
// its place in the file.
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import type { PluginType } from "@sysplugins/client";
import { parse } from "yaml";
import { pluginTypes } from "../context.js";
import { readSha256 } from "../plugin-binary.js";
import { canonicalVersion } from "../version-flag.js";

/** One catalog entry: registered with this command and checksum. */
export interface CatalogEntry {
  type: PluginType;
  name: string;
  version: string;
  command: string;
  sha256: string;
  /** The file the checksum was computed from, when the file gave `binary`. */
  binary?: string;
  args?: string[];
  env?: string[];
}

export interface Pin {
  type: PluginType;
  name: string;
  version: string;
}

/** A secrets engine or auth method at `path`, running `plugin` at `version` (enabled when absent). */
export interface MountState {
  table: "secrets" | "auth";
  path: string;
  plugin: string;
  version: string;
}

/** A database connection (`<mount>/config/<name>`) whose plugin_version is `version`. */
export interface ConnectionState {
  path: string;
  mount: string;
  connection: string;
  plugin?: string;
  version: string;
}

export interface DesiredState {
  plugins: CatalogEntry[];
  pins: Pin[];
  mounts: MountState[];
  connections: ConnectionState[];
}

export class StateFileError extends Error {}

// biome-ignore lint/suspicious/noExplicitAny: a parsed YAML document is checked field by field
type Raw = any;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function allowed(where: string, v: Record<string, unknown>, keys: string[]): void {
  const unknown = Object.keys(v).filter((k) => !keys.includes(k));
  if (unknown.length > 0)
    throw new StateFileError(`${where}: unknown field ${unknown[0]} (known: ${keys.join(", ")})`);
}

function text(where: string, v: unknown, required = true): string {
  if (v === undefined || v === null || v === "") {
    if (required) throw new StateFileError(`${where} is required`);
    return "";
  }
  if (typeof v !== "string" && typeof v !== "number")
    throw new StateFileError(`${where} must be a string, got ${JSON.stringify(v)}`);
  return String(v);
}

function version(where: string, v: unknown): string {
  const given = text(where, v);
  try {
    return canonicalVersion(given);
  } catch {
    throw new StateFileError(
      `${where} must be a semantic version such as v1.2.0, got ${JSON.stringify(given)}`,
    );
  }
}

function type(where: string, v: unknown): PluginType {
  const t = text(where, v);
  if (!pluginTypes.includes(t))
    throw new StateFileError(`${where} must be one of ${pluginTypes.join(", ")}, got ${JSON.stringify(t)}`);
  return t as PluginType;
}

function strings(where: string, v: unknown): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.some((s) => typeof s !== "string"))
    throw new StateFileError(`${where} must be a list of strings`);
  return v as string[];
}

const bare = (path: string) => path.replace(/^\/+|\/+$/g, "");

/** Reads and checks a desired-state file; `binary` paths are relative to the file. */
export async function readStateFile(file: string): Promise<DesiredState> {
  let raw: Raw;
  try {
    raw = parse(await readFile(file, "utf8"));
  } catch (err) {
    throw new StateFileError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return checkState(raw ?? {}, dirname(resolve(file)));
}

export async function checkState(raw: Raw, baseDir: string): Promise<DesiredState> {
  if (!isObject(raw)) throw new StateFileError("the file must be a mapping (plugins:, pins:, secrets:, …)");
  allowed("the file", raw, ["plugins", "pins", "secrets", "auth", "databases"]);
  const list = (key: string): Raw[] => {
    const v = raw[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw new StateFileError(`${key} must be a list`);
    return v;
  };
  const map = (key: string): [string, Raw][] => {
    const v = raw[key];
    if (v === undefined || v === null) return [];
    if (!isObject(v)) throw new StateFileError(`${key} must be a mapping of paths`);
    return Object.entries(v);
  };

  const plugins: CatalogEntry[] = [];
  for (const [i, p] of list("plugins").entries()) {
    const at = `plugins[${i}]`;
    if (!isObject(p)) throw new StateFileError(`${at} must be a mapping`);
    allowed(at, p, ["type", "name", "version", "command", "sha256", "binary", "args", "env"]);
    const entry: CatalogEntry = {
      type: type(`${at}.type`, p.type),
      name: text(`${at}.name`, p.name),
      version: version(`${at}.version`, p.version),
      command: text(`${at}.command`, p.command, false),
      sha256: text(`${at}.sha256`, p.sha256, false).toLowerCase(),
    };
    const binary = text(`${at}.binary`, p.binary, false);
    if (!entry.sha256 && !binary) throw new StateFileError(`${at}: give sha256, or binary (a file to hash)`);
    if (entry.sha256 && !/^[0-9a-f]{64}$/.test(entry.sha256))
      throw new StateFileError(`${at}.sha256 must be 64 hex digits (a SHA-256)`);
    if (binary) {
      const path = isAbsolute(binary) ? binary : resolve(baseDir, binary);
      const sha = await readSha256(path).catch(() => {
        throw new StateFileError(`${at}.binary: no such file ${path}`);
      });
      if (entry.sha256 && entry.sha256 !== sha)
        throw new StateFileError(`${at}: sha256 ${entry.sha256} is not the SHA-256 of ${path} (${sha})`);
      entry.sha256 = sha;
      entry.binary = path;
      entry.command ||= path.split("/").at(-1) as string;
    }
    entry.command ||= entry.name;
    const args = strings(`${at}.args`, p.args);
    const env = strings(`${at}.env`, p.env);
    if (args) entry.args = args;
    if (env) entry.env = env;
    const twin = plugins.find(
      (e) => e.type === entry.type && e.name === entry.name && e.version === entry.version,
    );
    if (twin)
      throw new StateFileError(
        `${at}: ${entry.type} plugin ${entry.name} ${entry.version} is declared twice`,
      );
    plugins.push(entry);
  }

  const pins: Pin[] = [];
  for (const [i, p] of list("pins").entries()) {
    const at = `pins[${i}]`;
    if (!isObject(p)) throw new StateFileError(`${at} must be a mapping`);
    allowed(at, p, ["type", "name", "version"]);
    const pin = {
      type: type(`${at}.type`, p.type),
      name: text(`${at}.name`, p.name),
      version: version(`${at}.version`, p.version),
    };
    if (pins.some((q) => q.type === pin.type && q.name === pin.name))
      throw new StateFileError(`${at}: ${pin.type} plugin ${pin.name} is pinned twice`);
    pins.push(pin);
  }

  const mounts: MountState[] = [];
  for (const table of ["secrets", "auth"] as const) {
    for (const [path, m] of map(table)) {
      const at = `${table}.${path}`;
      if (!isObject(m)) throw new StateFileError(`${at} must be a mapping (plugin:, version:)`);
      allowed(at, m, ["plugin", "version"]);
      if (!bare(path)) throw new StateFileError(`${table} has an empty path`);
      mounts.push({
        table,
        path: bare(path),
        plugin: text(`${at}.plugin`, m.plugin),
        version: version(`${at}.version`, m.version),
      });
    }
  }

  const connections: ConnectionState[] = [];
  for (const [path, c] of map("databases")) {
    const at = `databases.${path}`;
    const m = /^\/*(.+)\/config\/([^/]+)\/*$/.exec(path);
    if (!m)
      throw new StateFileError(`${at}: a connection's path is MOUNT/config/NAME, e.g. database/config/my-db`);
    if (!isObject(c)) throw new StateFileError(`${at} must be a mapping (plugin:, version:)`);
    allowed(at, c, ["plugin", "version"]);
    const plugin = text(`${at}.plugin`, c.plugin, false);
    connections.push({
      path: `${m[1]}/config/${m[2]}`,
      mount: m[1] as string,
      connection: m[2] as string,
      ...(plugin ? { plugin } : {}),
      version: version(`${at}.version`, c.version),
    });
  }
  return { plugins, pins, mounts, connections };
}
