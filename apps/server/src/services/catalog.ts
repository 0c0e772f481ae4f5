// The plugin catalog: external registrations in the store, builtins from the registry, with Vault's rules
// for lookup, shadowing, listing order, registration and removal (vault/plugincatalog, logical_system.go).
import type { components } from "@sysplugins/api";
import type { Config } from "../config.js";
import {
  type Builtin,
  builtinVersion,
  type DeprecationStatus,
  findBuiltin,
  listedBuiltins,
} from "../domain/builtins.js";
import { goHexError } from "../domain/gohex.js";
import { compareVersions, parseSemver } from "../domain/goversion.js";
import type { CatalogType, PluginType } from "../domain/plugin-type.js";
import { VaultError } from "../http/vault-error.js";
import { type CatalogRecord, catalogKey, pinKey } from "../store/state.js";
import type { Store } from "../store/store.js";
import { PluginPathError, resolveCommand } from "./plugin-files.js";
import { byteCompare, catalogVersion, isBuiltinVersion } from "./versions.js";

/** A catalog entry as lookups see it: an external registration or a builtin. */
export type PluginEntry =
  | ({ builtin: false } & CatalogRecord)
  | { builtin: true; type: PluginType; name: string; version: string; deprecation_status: DeprecationStatus };

export type RegisterInput = components["schemas"]["RegisterRequest"];

export type CatalogDeps = { store: Store; config: Pick<Config, "pluginDirectory" | "vaultVersion"> };

const listingTypes: CatalogType[] = ["unknown", "auth", "database", "secret"];

export function createCatalog({ store, config }: CatalogDeps) {
  const builtinEntry = (b: Builtin): PluginEntry => ({
    builtin: true,
    type: b.type,
    name: b.name,
    version: builtinVersion(b, config.vaultVersion),
    deprecation_status: b.status,
  });

  const externals = (): CatalogRecord[] => Object.values(store.state.catalog);

  /** plugin_catalog.go get: exact key, then the legacy untyped key, then the builtin unless shadowed. */
  function get(type: PluginType, name: string, version: string): PluginEntry | undefined {
    const exact = store.state.catalog[catalogKey(type, name, version)];
    if (exact) return { builtin: false, ...exact };
    if (version === "") {
      const legacy = store.state.catalog[catalogKey("unknown", name, "")];
      if (legacy) return { builtin: false, ...legacy };
    }
    const builtin = findBuiltin(type, name);
    if (!builtin) return undefined;
    const entry = builtinEntry(builtin);
    if (version === "") return entry;
    if (version !== entry.version) return undefined;
    // Asking for the builtin's version finds nothing when an unversioned plugin shadows the builtin.
    return store.state.catalog[catalogKey(type, name, "")] ? undefined : entry;
  }

  /** Every entry of a type as listings see it: unversioned externals replace builtins of the same name. */
  function entriesOf(type: CatalogType): PluginEntry[] {
    const own = externals().filter((e) => e.type === type || e.type === "unknown");
    const shadowed = new Set(own.filter((e) => e.version === "").map((e) => e.name));
    const builtins = type === "unknown" ? [] : listedBuiltins(type).filter((b) => !shadowed.has(b.name));
    return [...own.map((e): PluginEntry => ({ builtin: false, ...e })), ...builtins.map(builtinEntry)];
  }

  const semverOf = (v: string) => parseSemver(v === "" ? "0.0.0" : v);
  const byTypeNameVersion = (a: PluginEntry, b: PluginEntry) =>
    byteCompare(a.type, b.type) ||
    byteCompare(a.name, b.name) ||
    compareVersions(semverOf(a.version), semverOf(b.version));

  function names(type: CatalogType): string[] {
    return [...new Set(entriesOf(type).map((e) => e.name))].sort(byteCompare);
  }

  let listCache: { generation: number; data: Record<string, unknown> } | undefined;

  return {
    get,

    /** GET sys/plugins/catalog. Cached until the store changes: the list is read far more than written. */
    listAll(): Record<string, unknown> {
      if (listCache?.generation === store.generation) return listCache.data;
      const data: Record<string, unknown> = {};
      const detailed: Record<string, unknown>[] = [];
      for (const type of listingTypes) {
        const list = names(type);
        if (list.length > 0) data[type] = list;
        for (const e of entriesOf(type).sort(byTypeNameVersion)) {
          const item: Record<string, unknown> = {
            type: e.type,
            name: e.name,
            version: e.version,
            builtin: e.builtin,
          };
          if (e.builtin) item.deprecation_status = e.deprecation_status;
          else {
            if (e.oci_image) item.oci_image = e.oci_image;
            if (e.runtime) item.runtime = e.runtime;
            if (e.sha256) item.sha256 = e.sha256;
          }
          detailed.push(item);
        }
      }
      if (detailed.length > 0) data.detailed = detailed;
      listCache = { generation: store.generation, data };
      return data;
    },

    /** LIST sys/plugins/catalog/:type */
    listNames(type: PluginType): string[] {
      return names(type);
    },

    /** The read response's data for an entry. */
    describe(e: PluginEntry): Record<string, unknown> {
      if (e.builtin) {
        return {
          name: e.name,
          args: null,
          command: "",
          sha256: "",
          builtin: true,
          version: e.version,
          deprecation_status: e.deprecation_status,
        };
      }
      const data: Record<string, unknown> = {
        name: e.name,
        args: e.args,
        command: e.command,
        sha256: e.sha256,
        builtin: false,
        version: e.version,
      };
      if (e.oci_image) data.oci_image = e.oci_image;
      if (e.runtime) data.runtime = e.runtime;
      return data;
    },

    /** POST sys/plugins/catalog/:type/:name, checks in handlePluginCatalogUpdate's order. */
    async register(type: CatalogType, name: string, input: RegisterInput): Promise<void> {
      const version = catalogVersion(input.version);
      if (version && isBuiltinVersion(version)) {
        throw VaultError.badRequest(
          `version "${version}" is not allowed because 'builtin' is a reserved metadata identifier`,
        );
      }
      if (input.download) throw VaultError.badRequest("download is an enterprise only feature");
      const sha = input.sha256 || input.sha_256 || "";
      if (!sha && !version) {
        throw VaultError.badRequest(
          "must provide at least one of sha256 or version: use sha256 for binary registration (version optional) or version only for artifact registration",
        );
      }
      // Registration from a plugin artifact (a version and no sha256) is not supported by this server.
      if (!sha) throw VaultError.badRequest("missing SHA-256 value");
      if (!input.command && !input.oci_image) {
        throw VaultError.badRequest("must provide at least one of command or oci_image");
      }
      const parts = (input.command ?? "").split(" ");
      let args = input.args ?? [];
      if (parts.length > 1 && args.length > 0) {
        throw VaultError.badRequest("must not specify args in command and args field");
      }
      if (parts.length > 1) args = parts.slice(1);
      const hexError = goHexError(sha);
      if (hexError) throw VaultError.badRequest(`Could not decode SHA256 value from Hex ${sha}: ${hexError}`);

      const command = parts[0] ?? "";
      if (name.includes("..") || command.includes(".."))
        throw VaultError.plain("path cannot contain parent references");
      let stored = command;
      if (!input.oci_image) {
        try {
          stored = (await resolveCommand(config.pluginDirectory, command)).relative;
        } catch (err) {
          if (err instanceof PluginPathError) throw VaultError.plain(err.message);
          throw err;
        }
      }
      // Vault runs a plugin registered without a type to ask it what it is; this server runs no plugins.
      if (type === "unknown") throw VaultError.plain("unable to determine plugin type");

      const record: CatalogRecord = {
        type,
        name,
        version,
        command: stored,
        args,
        env: input.env ?? [],
        sha256: sha.toLowerCase(),
      };
      if (input.oci_image) record.oci_image = input.oci_image;
      if (input.runtime) record.runtime = input.runtime;
      await store.update((s) => {
        s.catalog[catalogKey(type, name, version)] = record;
      });
    },

    /** DELETE sys/plugins/catalog/:type/:name. Idempotent. */
    async remove(type: PluginType, name: string, versionInput: string | undefined): Promise<void> {
      const version = catalogVersion(versionInput);
      if (version && isBuiltinVersion(version))
        throw VaultError.badRequest(`version "${version}" cannot be deleted`);
      const pin = store.state.pins[pinKey(type, name)];
      if (pin && pin.version === version) throw VaultError.plain("cannot delete a pinned version");
      const key = catalogKey(type, name, version);
      const legacy = catalogKey("unknown", name, "");
      if (!store.state.catalog[key] && !store.state.catalog[legacy]) return;
      await store.update((s) => {
        // Vault falls back to the legacy untyped key when the typed one is not there.
        if (s.catalog[key]) delete s.catalog[key];
        else delete s.catalog[legacy];
      });
    },

    /** Registered (non-builtin) versions of a plugin, newest last. */
    versionsOf(type: PluginType, name: string): string[] {
      return externals()
        .filter((e) => e.type === type && e.name === name && e.version !== "")
        .map((e) => e.version)
        .sort((a, b) => compareVersions(parseSemver(a), parseSemver(b)));
    },

    hasUnversioned(type: PluginType, name: string): boolean {
      return Boolean(store.state.catalog[catalogKey(type, name, "")]);
    },

    builtinVersionOf(type: PluginType, name: string): string | undefined {
      const b = findBuiltin(type, name);
      return b && builtinVersion(b, config.vaultVersion);
    },
  };
}

export type Catalog = ReturnType<typeof createCatalog>;
