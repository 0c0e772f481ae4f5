// Secrets engines and auth methods: enable, read, list, disable, tune, and what runs on each mount.
// Rules from vault/logical_system.go (handleMount, handleEnableAuth, validateVersion, handleReadMount,
// handleTuneReadCommon, handleTuneWriteCommon) and vault/mount.go.
import { randomBytes, randomUUID } from "node:crypto";
import type { components } from "@sysplugins/api";
import type { Config } from "../config.js";
import { coreBackends, findBuiltin, mountAliases } from "../domain/builtins.js";
import type { PluginType } from "../domain/plugin-type.js";
import { VaultError } from "../http/vault-error.js";
import { type MountConfigRecord, type MountRecord, type MountTable, mountKey } from "../store/state.js";
import type { Store } from "../store/store.js";
import type { Catalog } from "./catalog.js";
import { parseDurationSecond } from "./durations.js";
import type { Pins } from "./pins.js";
import { PluginRunError, verifyBinary } from "./plugin-files.js";
import { mountVersion } from "./versions.js";

/** Vault's default and maximum lease TTL: 768h. */
const SYSTEM_TTL = 768 * 3600;
const listFields = [
  "audit_non_hmac_request_keys",
  "audit_non_hmac_response_keys",
  "passthrough_request_headers",
  "allowed_response_headers",
] as const;
const protectedPrefixes = ["audit/", "auth/", "sys/", "cubbyhole/", "identity/"];
const untunablePrefixes = ["cubbyhole/", "sys/", "audit/", "identity/"];

export type MountConfigInput = components["schemas"]["MountConfigInput"];

export type EnableInput = components["schemas"]["EnableRequest"];

export type TuneInput = components["schemas"]["TuneRequest"];

export type MountsDeps = {
  store: Store;
  config: Pick<Config, "pluginDirectory" | "vaultVersion">;
  catalog: Catalog;
  pins: Pins;
};

const pluginTypeOf = (table: MountTable): PluginType => (table === "auth" ? "auth" : "secret");
const typeWord = (table: MountTable) => (table === "auth" ? "auth" : "secrets");

/** sanitizePath: no leading "/", one trailing "/". */
export function sanitizePath(path: string): string {
  const trimmed = path.replace(/^\/+/, "");
  return trimmed.endsWith("/") ? trimmed : `${trimmed}/`;
}

/** The path as Vault's router names it ("secret/", "auth/approle/"). */
export const routePath = (m: Pick<MountRecord, "table" | "path">) =>
  m.table === "auth" ? `auth/${m.path}` : m.path;

/** expandStringValsWithCommas: a list given as one string is comma-separated. Runs on raw input. */
export function expandCommaLists(input: unknown): void {
  if (!input || typeof input !== "object") return;
  const record = input as Record<string, unknown>;
  for (const f of listFields) {
    const value = record[f];
    if (typeof value === "string")
      record[f] = value
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean);
  }
}

function parseTtl(value: string | undefined, which: "default" | "max"): number | undefined {
  if (value === undefined || value === "" || value === "system") return undefined;
  try {
    return parseDurationSecond(value);
  } catch (err) {
    throw VaultError.badRequest(`unable to parse ${which} TTL of ${value}: ${(err as Error).message}`);
  }
}

export function createMounts({ store, config, catalog, pins }: MountsDeps) {
  const all = (table: MountTable) => Object.values(store.state.mounts).filter((m) => m.table === table);

  function find(table: MountTable, rawPath: string, prefix: boolean): MountRecord | undefined {
    const path = sanitizePath(rawPath);
    if (!prefix) return store.state.mounts[mountKey(table, path)];
    let best: MountRecord | undefined;
    for (const m of all(table)) {
      if (path.startsWith(m.path) && (!best || m.path.length > best.path.length)) best = m;
    }
    return best;
  }

  /** The version a mount should run: the pin when there is one, else its configured version. */
  function versionToRun(m: MountRecord): string {
    return pins.get(pluginTypeOf(m.table), m.type)?.version ?? m.plugin_version;
  }

  const isCore = (m: Pick<MountRecord, "table" | "type">) => {
    const core = coreBackends[m.table];
    const name = mountAliases[m.type] ?? m.type;
    return (
      core.singleton.includes(name) ||
      (core.mountable.includes(name) && !findBuiltin(pluginTypeOf(m.table), name))
    );
  };

  /**
   * Starts (or restarts) what a mount runs: finds the plugin in the catalog and, for an external plugin,
   * checks its binary. Returns the running version and SHA-256. `hashes` shares checksums within one reload.
   */
  async function start(
    m: Pick<MountRecord, "table" | "type" | "plugin_version">,
    version: string,
    hashes?: Map<string, Promise<string>>,
  ): Promise<{ running_plugin_version: string; running_sha256: string }> {
    const type = pluginTypeOf(m.table);
    if (isCore(m))
      return { running_plugin_version: `v${config.vaultVersion}+builtin.vault`, running_sha256: "" };
    const entry = catalog.get(type, m.type, version);
    if (!entry) {
      throw new PluginRunError(
        version
          ? `plugin not found in the catalog: ${m.type}, version=${version}`
          : `plugin not found in the catalog: ${m.type}`,
      );
    }
    if (entry.builtin) return { running_plugin_version: entry.version, running_sha256: "" };
    const sha = entry.oci_image
      ? entry.sha256
      : await verifyBinary(config.pluginDirectory, entry.command, entry.sha256, hashes);
    return { running_plugin_version: entry.version, running_sha256: sha };
  }

  /** validateVersion (logical_system.go), with the 1.16 pin rules. */
  function validateVersion(table: MountTable, name: string, requested: string | undefined): string {
    const type = pluginTypeOf(table);
    const pin = pins.get(type, name);
    if (pin) {
      if (requested) {
        throw VaultError.badRequest(
          `cannot specify plugin_version for ${type} plugin "${name}", as it is pinned to version ${pin.version}`,
        );
      }
      return pin.version;
    }
    let version = "";
    if (!requested) {
      if (!catalog.hasUnversioned(type, name)) version = catalog.versionsOf(type, name).at(-1) ?? "";
      return version;
    }
    version = mountVersion(requested);
    if (version === catalog.builtinVersionOf(type, name)) {
      if (catalog.hasUnversioned(type, name)) {
        throw VaultError.badRequest(
          `${type} plugin "${name}", version ${version} not found, as it is overridden by an unversioned plugin of the same name. Omit \`plugin_version\` to use the unversioned plugin`,
        );
      }
      return "";
    }
    const aliased = mountAliases[name] ?? name;
    const core = coreBackends[table];
    if (core.mountable.includes(aliased) || core.singleton.includes(aliased)) {
      throw VaultError.badRequest(
        `cannot select non-builtin version of ${typeWord(table)} plugin ${aliased}`,
      );
    }
    return version;
  }

  function mountConfig(table: MountTable, input: MountConfigInput = {}): MountConfigRecord {
    const config: MountConfigRecord = {
      default_lease_ttl: parseTtl(input.default_lease_ttl, "default") ?? 0,
      max_lease_ttl: parseTtl(input.max_lease_ttl, "max") ?? 0,
      force_no_cache: input.force_no_cache ?? false,
    };
    if (config.max_lease_ttl !== 0 && config.default_lease_ttl > config.max_lease_ttl) {
      throw VaultError.badRequest("given default lease TTL greater than given max lease TTL");
    }
    if (config.default_lease_ttl > SYSTEM_TTL && config.max_lease_ttl === 0) {
      throw VaultError.badRequest(
        `given default lease TTL greater than system max lease TTL of ${SYSTEM_TTL}`,
      );
    }
    if (table === "auth") {
      const tokenType = input.token_type || "default-service";
      if (!["default-service", "default-batch", "service", "batch"].includes(tokenType)) {
        throw VaultError.badRequest("invalid value for 'token_type'");
      }
      config.token_type = tokenType;
    }
    const visibility = input.listing_visibility ?? "";
    if (!["", "unauth", "hidden"].includes(visibility)) {
      throw VaultError.badRequest(`invalid listing_visibility ${visibility}`);
    }
    if (visibility) config.listing_visibility = visibility;
    for (const f of listFields) {
      const v = input[f];
      if (v && v.length > 0) config[f] = v;
    }
    return config;
  }

  function info(m: MountRecord): Record<string, unknown> {
    const config: Record<string, unknown> = {
      default_lease_ttl: m.config.default_lease_ttl,
      max_lease_ttl: m.config.max_lease_ttl,
      force_no_cache: m.config.force_no_cache,
    };
    for (const f of [...listFields, "listing_visibility", "token_type"] as const) {
      if (m.config[f] !== undefined) config[f] = m.config[f];
    }
    const data: Record<string, unknown> = {
      type: m.type,
      description: m.description,
      accessor: m.accessor,
      local: m.local,
      seal_wrap: m.seal_wrap,
      external_entropy_access: m.external_entropy_access,
      options: m.options,
      uuid: m.uuid,
      plugin_version: m.plugin_version,
      running_plugin_version: m.running_plugin_version,
      running_sha256: m.running_sha256,
      config,
    };
    const builtin = m.running_sha256 === "" ? findBuiltin(pluginTypeOf(m.table), m.type) : undefined;
    if (builtin) data.deprecation_status = builtin.status;
    return data;
  }

  function newRecord(table: MountTable, path: string, type: string, description: string): MountRecord {
    return {
      table,
      path,
      type,
      description,
      accessor: `${table === "auth" ? "auth_" : ""}${type}_${randomBytes(4).toString("hex")}`,
      uuid: randomUUID(),
      local: false,
      seal_wrap: false,
      external_entropy_access: false,
      options: null,
      config: { default_lease_ttl: 0, max_lease_ttl: 0, force_no_cache: false },
      plugin_version: "",
      running_plugin_version: `v${config.vaultVersion}+builtin.vault`,
      running_sha256: "",
    };
  }

  function requireMount(table: MountTable, rawPath: string): MountRecord {
    const m = find(table, rawPath, table === "secret");
    const full = table === "auth" ? `auth/${sanitizePath(rawPath)}` : sanitizePath(rawPath);
    if (!m) throw VaultError.badRequest(`tune of path "${full}" failed: no mount entry found`);
    return m;
  }

  return {
    find,

    /** The mounts a fresh Vault has. */
    async seedDefaults(): Promise<void> {
      const defaults: [MountTable, string, string, string][] = [
        ["secret", "cubbyhole/", "cubbyhole", "per-token private secret storage"],
        ["secret", "identity/", "identity", "identity store"],
        ["secret", "sys/", "system", "system endpoints used for control, policy and debugging"],
        ["auth", "token/", "token", "token based credentials"],
      ];
      const missing = defaults.filter(([table, path]) => !store.state.mounts[mountKey(table, path)]);
      if (missing.length === 0) return;
      await store.update((s) => {
        for (const [table, path, type, description] of missing) {
          const record = newRecord(table, path, type, description);
          if (table === "auth") record.config.token_type = "default-service";
          s.mounts[mountKey(table, path)] = record;
        }
      });
    },

    list(table: MountTable): Record<string, unknown> {
      const data: Record<string, unknown> = {};
      for (const m of all(table).sort((a, b) => (a.path < b.path ? -1 : 1))) data[m.path] = info(m);
      return data;
    },

    /** GET sys/mounts/:path (longest prefix) or sys/auth/:path (exact), with Vault's version warning. */
    read(table: MountTable, rawPath: string): { data: Record<string, unknown>; warnings: string[] } {
      const m = find(table, rawPath, table === "secret");
      if (!m) {
        throw VaultError.badRequest(
          table === "auth"
            ? `No auth engine at ${sanitizePath(rawPath)}`
            : `No secret engine mount at ${sanitizePath(rawPath)}`,
        );
      }
      const warnings: string[] = [];
      const configured = m.plugin_version || (m.running_sha256 === "" ? m.running_plugin_version : "");
      if (configured !== m.running_plugin_version) {
        const pin = pins.get(pluginTypeOf(m.table), m.type);
        const why =
          pin && pin.version === m.running_plugin_version
            ? " because that version is pinned"
            : " either due to a pinned version or because the plugin was upgraded and not yet reloaded";
        warnings.push(
          `Plugin version is configured as "${m.plugin_version}", but running "${m.running_plugin_version}"${why}`,
        );
      }
      return { data: info(m), warnings };
    },

    async enable(table: MountTable, rawPath: string, input: EnableInput): Promise<string[]> {
      const path = sanitizePath(rawPath);
      const config = mountConfig(table, input.config);
      let type = input.type ?? "";
      if (!type) throw VaultError.badRequest("backend type must be specified as a string");
      if (type === "plugin") {
        type = input.config?.plugin_name || input.plugin_name || "";
        if (!type) throw VaultError.badRequest("plugin_name must be provided for plugin backend");
      }
      const version = validateVersion(table, type, input.config?.plugin_version);
      if (table === "auth" && input.options?.version) {
        throw VaultError.badRequest(`auth method "${type}" does not allow setting a version`);
      }
      // vault/mount.go: protected paths, then singletons (a coded 403), then clashes either way round,
      // which name the existing path (a coded 409; 400 in Vault before the change and in OpenBao).
      if (table === "secret" && protectedPrefixes.some((p) => path.startsWith(p))) {
        throw VaultError.badRequest(`cannot mount "${path}"`);
      }
      if (coreBackends[table].singleton.includes(mountAliases[type] ?? type)) {
        throw VaultError.plain(`mount type of "${type}" is not mountable`, 403);
      }
      const clash = () => all(table).find((m) => m.path.startsWith(path) || path.startsWith(m.path));
      const existing = clash();
      if (existing) throw VaultError.status(409, [`path is already in use at ${existing.path}`]);

      const warnings: string[] = [];
      const builtin =
        version === "" && !catalog.hasUnversioned(pluginTypeOf(table), type)
          ? findBuiltin(pluginTypeOf(table), type)
          : undefined;
      // vault/mount.go handleDeprecatedMountEntry (errMountDeprecated, errMountPendingRemoval, errMountRemoved).
      if (builtin?.status === "deprecated") warnings.push("mount entry associated with deprecated builtin");
      if (builtin?.status === "pending removal" || builtin?.status === "removed") {
        throw VaultError.badRequest(
          `could not mount "${type}": mount entry associated with ${builtin.status} builtin`,
        );
      }

      const record = newRecord(table, path, type, input.description ?? "");
      record.config = config;
      record.local = input.local ?? false;
      record.seal_wrap = input.seal_wrap ?? false;
      record.external_entropy_access = input.external_entropy_access ?? false;
      record.options = input.options && Object.keys(input.options).length > 0 ? input.options : null;
      record.plugin_version = version;
      try {
        Object.assign(record, await start(record, version));
      } catch (err) {
        if (err instanceof PluginRunError) throw VaultError.badRequest(err.message);
        throw err;
      }
      await store.update((s) => {
        const raced = clash();
        if (raced) throw VaultError.status(409, [`path is already in use at ${raced.path}`]);
        s.mounts[mountKey(table, path)] = record;
      });
      return warnings;
    },

    async disable(table: MountTable, rawPath: string): Promise<void> {
      const path = sanitizePath(rawPath);
      const key = mountKey(table, path);
      if (!store.state.mounts[key]) return;
      if (table === "auth" && path === "token/")
        throw VaultError.badRequest("token credential backend cannot be disabled");
      if (table === "secret" && protectedPrefixes.some((p) => path.startsWith(p))) {
        throw VaultError.badRequest(`cannot unmount "${path}"`);
      }
      await store.update((s) => {
        delete s.mounts[key];
      });
    },

    readTune(table: MountTable, rawPath: string): { data: Record<string, unknown>; warnings: string[] } {
      const m = requireMount(table, rawPath);
      const data: Record<string, unknown> = {
        description: m.description,
        default_lease_ttl: m.config.default_lease_ttl || SYSTEM_TTL,
        max_lease_ttl: m.config.max_lease_ttl || SYSTEM_TTL,
        force_no_cache: m.config.force_no_cache,
      };
      if (m.external_entropy_access) data.external_entropy_access = true;
      for (const f of [...listFields, "listing_visibility", "token_type"] as const) {
        if (m.config[f] !== undefined) data[f] = m.config[f];
      }
      if (m.options) data.options = m.options;
      if (m.plugin_version) data.plugin_version = m.plugin_version;
      const warnings: string[] = [];
      const pin = pins.get(pluginTypeOf(m.table), m.type);
      if (pin && pin.version !== m.plugin_version) {
        warnings.push(
          `plugin_version is configured as ${m.plugin_version} but a version pin for ${pin.version} is in effect`,
        );
      }
      return { data, warnings };
    },

    async tune(table: MountTable, rawPath: string, input: TuneInput): Promise<void> {
      const full = table === "auth" ? `auth/${sanitizePath(rawPath)}` : sanitizePath(rawPath);
      if (untunablePrefixes.some((p) => full.startsWith(p)))
        throw VaultError.badRequest(`cannot tune "${full}"`);
      const m = requireMount(table, rawPath);
      const def = parseTtl(input.default_lease_ttl, "default");
      const max = parseTtl(input.max_lease_ttl, "max");
      let pluginVersion: string | undefined;
      if (input.plugin_version !== undefined) {
        const type = pluginTypeOf(table);
        const pin = pins.get(type, m.type);
        if (pin && !input.override_pinned_version) {
          throw VaultError.badRequest(
            `plugin_version cannot be set for ${type} plugin "${m.type}" as a pinned version ${pin.version} is in effect`,
          );
        }
        pluginVersion = mountVersion(input.plugin_version);
        if (!catalog.get(type, m.type, pluginVersion)) {
          throw VaultError.badRequest(`plugin not found in the catalog: ${m.type}, version=${pluginVersion}`);
        }
      }
      const config = { ...m.config };
      for (const f of listFields) {
        const v = input[f];
        if (v !== undefined) config[f] = v;
      }
      if (input.listing_visibility !== undefined) {
        if (!["", "unauth", "hidden"].includes(input.listing_visibility)) {
          throw VaultError.badRequest(`invalid listing_visibility ${input.listing_visibility}`);
        }
        config.listing_visibility = input.listing_visibility;
      }
      if (def !== undefined) config.default_lease_ttl = def;
      if (max !== undefined) config.max_lease_ttl = max;
      if (config.max_lease_ttl !== 0 && config.default_lease_ttl > config.max_lease_ttl) {
        throw VaultError.badRequest("given default lease TTL greater than given max lease TTL");
      }
      await store.update(() => {
        m.config = config;
        if (input.description !== undefined) m.description = input.description;
        if (input.options) m.options = { ...(m.options ?? {}), ...input.options };
        if (pluginVersion !== undefined) m.plugin_version = pluginVersion;
      });
    },

    /** Every mount (both tables) running the named plugin of that type, singletons excluded. */
    runningPlugin(type: PluginType | "unknown", name: string): MountRecord[] {
      return Object.values(store.state.mounts).filter(
        (m) =>
          !coreBackends[m.table].singleton.includes(m.type) &&
          m.type === name &&
          (type === "unknown" || pluginTypeOf(m.table) === type),
      );
    },

    /** Restarts mounts; returns one error line per mount that failed, in Vault's words. */
    async restart(targets: MountRecord[]): Promise<string[]> {
      const hashes = new Map<string, Promise<string>>();
      const results = await Promise.all(
        targets.map(async (m) => {
          try {
            return { m, running: await start(m, versionToRun(m), hashes) };
          } catch (err) {
            if (!(err instanceof PluginRunError)) throw err;
            return { m, error: `cannot reload plugin on "${routePath(m)}": ${err.message}` };
          }
        }),
      );
      await store.update(() => {
        for (const r of results) if (r.running) Object.assign(r.m, r.running);
      });
      return results.flatMap((r) => (r.error ? [r.error] : []));
    },
  };
}

export type Mounts = ReturnType<typeof createMounts>;
