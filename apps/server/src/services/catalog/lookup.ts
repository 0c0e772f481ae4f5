// Catalog lookups inside a transaction, with Vault's rules (vault/plugincatalog): exact key, the legacy
// untyped key, builtins unless an unversioned registration shadows them, versions in go-version order.
import { compareVersions, parseSemver } from "@sysplugins/go-semantics";
import type { CatalogType, PluginType } from "../../domain/plugin-type.js";
import type { CatalogRecord } from "../../domain/records.js";
import type { Builtin, DeprecationStatus, Flavor } from "../../ports/flavor.js";
import type { Repositories } from "../../ports/storage.js";

/** A catalog entry as lookups see it: an external registration or a builtin. */
export type PluginEntry =
  | ({ builtin: false } & CatalogRecord)
  | { builtin: true; type: PluginType; name: string; version: string; deprecation_status: DeprecationStatus };

export const builtinEntry = (b: Builtin): PluginEntry => ({
  builtin: true,
  type: b.type,
  name: b.name,
  version: b.version,
  deprecation_status: b.status,
});

/** go-version order of two catalog versions, "" (unversioned) first. */
export const byVersion = (a: string, b: string): number =>
  compareVersions(parseSemver(a === "" ? "0.0.0" : a), parseSemver(b === "" ? "0.0.0" : b));

export function createLookup(flavor: Flavor) {
  /** plugin_catalog.go get: exact key, then the legacy untyped key, then the builtin unless shadowed. */
  async function get(
    tx: Repositories,
    type: PluginType,
    name: string,
    version: string,
  ): Promise<PluginEntry | undefined> {
    const exact = await tx.catalog.get(type, name, version);
    if (exact) return { builtin: false, ...exact };
    if (version === "") {
      const legacy = await tx.catalog.get("unknown", name, "");
      if (legacy) return { builtin: false, ...legacy };
    }
    const builtin = flavor.builtins.find(type, name);
    if (!builtin) return undefined;
    if (version === "") return builtinEntry(builtin);
    if (version !== builtin.version) return undefined;
    // Asking for the builtin's version finds nothing when an unversioned plugin shadows the builtin.
    return (await tx.catalog.get(type, name, "")) ? undefined : builtinEntry(builtin);
  }

  /** Every entry of a type as listings see it: unversioned externals replace builtins of the same name. */
  function entriesOf(all: readonly CatalogRecord[], type: CatalogType): PluginEntry[] {
    const own = all.filter((e) => e.type === type || e.type === "unknown");
    const shadowed = new Set(own.filter((e) => e.version === "").map((e) => e.name));
    const builtins =
      type === "unknown" ? [] : flavor.builtins.listed(type).filter((b) => !shadowed.has(b.name));
    return [...own.map((e): PluginEntry => ({ builtin: false, ...e })), ...builtins.map(builtinEntry)];
  }

  /** Registered (non-builtin) versions of a plugin, newest last. */
  async function versionsOf(tx: Repositories, type: PluginType, name: string): Promise<string[]> {
    const entries = await tx.catalog.list({ type, name });
    return entries
      .map((e) => e.version)
      .filter((v) => v !== "")
      .sort(byVersion);
  }

  const hasUnversioned = async (tx: Repositories, type: PluginType, name: string) =>
    (await tx.catalog.get(type, name, "")) !== undefined;

  const builtinVersionOf = (type: PluginType, name: string) => flavor.builtins.find(type, name)?.version;

  return { get, entriesOf, versionsOf, hasUnversioned, builtinVersionOf };
}

export type Lookup = ReturnType<typeof createLookup>;
