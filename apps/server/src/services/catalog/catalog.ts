// The plugin catalog service: listing, reading, registering and removing, with Vault's rules
// (vault/plugincatalog, logical_system.go). Registrations live in storage; builtins come from the flavour.
import type { components } from "@sysplugins/api";
import { invalid } from "../../domain/errors.js";
import type { CatalogType, PluginType } from "../../domain/plugin-type.js";
import type { CatalogRecord } from "../../domain/records.js";
import type { Flavor } from "../../ports/flavor.js";
import type { PluginRuntime } from "../../ports/runtime.js";
import type { Storage } from "../../ports/storage.js";
import { byteCompare, catalogVersion, isBuiltinVersion } from "../versions.js";
import { byVersion, createLookup, type Lookup, type PluginEntry } from "./lookup.js";
import { learnByRunning } from "./registration.js";

type Schemas = components["schemas"];
type RegisterInput = Schemas["RegisterRequest"];
/** A type's names and `detailed` appear only when there are entries (the builtin types always have some). */
export type CatalogList = Schemas["CatalogList"];

export type CatalogDeps = {
  storage: Storage;
  flavor: Flavor;
  pluginDirectory: string;
  runtime: Pick<PluginRuntime, "inspect">;
};

const listingTypes: CatalogType[] = ["unknown", "auth", "database", "secret"];

const byTypeNameVersion = (a: PluginEntry, b: PluginEntry) =>
  byteCompare(a.type, b.type) || byteCompare(a.name, b.name) || byVersion(a.version, b.version);

function listEntry(e: PluginEntry): Schemas["CatalogListEntry"] {
  const item: Schemas["CatalogListEntry"] = {
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
  return item;
}

/** The read response's data for an entry, with the fields the flavour adds. */
export function describeEntry(e: PluginEntry, flavor: Pick<Flavor, "rules">): Schemas["PluginDetails"] {
  if (e.builtin) {
    const { name, version, deprecation_status } = e;
    return {
      name,
      args: null,
      command: "",
      sha256: "",
      builtin: true,
      version,
      ...flavor.rules.catalogReadExtras({}),
      deprecation_status,
    };
  }
  const data: Schemas["PluginDetails"] = {
    name: e.name,
    args: e.args,
    command: e.command,
    sha256: e.sha256,
    builtin: false,
    version: e.version,
  };
  if (e.oci_image) data.oci_image = e.oci_image;
  if (e.runtime) data.runtime = e.runtime;
  return { ...data, ...flavor.rules.catalogReadExtras(e) };
}

const names = (lookup: Lookup, all: readonly CatalogRecord[], type: CatalogType) =>
  [...new Set(lookup.entriesOf(all, type).map((e) => e.name))].sort(byteCompare);

function buildList(lookup: Lookup, all: readonly CatalogRecord[]): CatalogList {
  const data: Record<string, unknown> = {};
  const detailed: Schemas["CatalogListEntry"][] = [];
  for (const type of listingTypes) {
    const list = names(lookup, all, type);
    if (list.length > 0) data[type] = list;
    for (const e of lookup.entriesOf(all, type).sort(byTypeNameVersion)) detailed.push(listEntry(e));
  }
  if (detailed.length > 0) data.detailed = detailed;
  return data as CatalogList;
}

export function createCatalog({ storage, flavor, pluginDirectory, runtime }: CatalogDeps) {
  const lookup = createLookup(flavor);

  let listCache: { revision: number; data: CatalogList } | undefined;

  return {
    /** GET sys/plugins/catalog. Cached per catalog revision: the list is read far more than written. */
    listAll(): Promise<CatalogList> {
      return storage.transact(async (tx) => {
        const revision = await tx.catalog.revision();
        if (listCache?.revision === revision) return listCache.data;
        // Frozen: it is replaced, never changed, so the HTTP edge may serialise it once (respond.ts).
        const data = Object.freeze(buildList(lookup, await tx.catalog.list()));
        listCache = { revision, data };
        return data;
      });
    },

    /** LIST sys/plugins/catalog/:type */
    listNames(type: PluginType): Promise<string[]> {
      return storage.transact(async (tx) => {
        const own = [...(await tx.catalog.list({ type })), ...(await tx.catalog.list({ type: "unknown" }))];
        return names(lookup, own, type);
      });
    },

    /** GET sys/plugins/catalog/:type/:name?version= */
    read(
      type: PluginType,
      name: string,
      version: string | undefined,
    ): Promise<Schemas["PluginDetails"] | undefined> {
      const canonical = catalogVersion(version);
      return storage.transact(async (tx) => {
        const entry = await lookup.get(tx, type, name, canonical);
        return entry && describeEntry(entry, flavor);
      });
    },

    /** POST sys/plugins/catalog/:type/:name, checks in handlePluginCatalogUpdate's order. */
    async register(
      type: PluginType | "unknown",
      name: string,
      input: RegisterInput,
      signal?: AbortSignal,
    ): Promise<void> {
      const read = await flavor.rules.readRegistration(pluginDirectory, type, name, input);
      const record = await learnByRunning(runtime, read, signal);
      await storage.transact((tx) => tx.catalog.put(record));
    },

    /** The types under which a name is in the catalog, builtins included (plugin_catalog.go TypesFromName). */
    typesOf(name: string): Promise<PluginType[]> {
      return storage.transact(async (tx) => {
        const all = await tx.catalog.list();
        const types: PluginType[] = ["auth", "database", "secret"];
        return types.filter(
          (t) => flavor.builtins.find(t, name) || all.some((e) => e.name === name && e.type === t),
        );
      });
    },

    /** DELETE sys/plugins/catalog/:type/:name. Idempotent. */
    async remove(type: PluginType, name: string, versionInput: string | undefined): Promise<void> {
      const version = catalogVersion(versionInput);
      if (version && isBuiltinVersion(version)) throw invalid(`version "${version}" cannot be deleted`);
      await storage.transact(async (tx) => {
        // Vault falls back to the legacy untyped key when the typed one is not there.
        if (!(await tx.catalog.delete(type, name, version))) await tx.catalog.delete("unknown", name, "");
      });
    },
  };
}

export type Catalog = ReturnType<typeof createCatalog>;
