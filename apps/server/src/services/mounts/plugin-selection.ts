// Which plugin a mount runs (vault/logical_system.go validateVersion with the 1.16 pin rules, and
// vault/mount.go): at enable, the version to configure; at start, reload and boot, the plugin to run —
// the pin, else the configured version, else an unversioned registration, else the builtin.
import { invalid } from "../../domain/errors.js";
import type { PluginType } from "../../domain/plugin-type.js";
import type { MountRecord, MountTable } from "../../domain/records.js";
import type { Flavor } from "../../ports/flavor.js";
import type { RunnablePlugin } from "../../ports/runtime.js";
import type { Repositories } from "../../ports/storage.js";
import type { Lookup } from "../catalog/lookup.js";
import { mountVersion } from "../versions.js";
import { pluginTypeOf, typeWord } from "./paths.js";

type Rules = { flavor: Flavor; lookup: Lookup };

const coreName = (flavor: Flavor, type: string) => flavor.core.aliases[type] ?? type;

/** Backends of the core: they run the core's version and are not found in the catalog. */
function isCore(flavor: Flavor, m: Pick<MountRecord, "table" | "type">): boolean {
  const name = coreName(flavor, m.type);
  const core = flavor.core.backends[m.table];
  return (
    core.singleton.includes(name) ||
    (core.mountable.includes(name) && !flavor.builtins.find(pluginTypeOf(m.table), name))
  );
}

/** The version to configure on enable, given the one requested. */
async function versionToConfigure(
  { flavor, lookup }: Rules,
  tx: Repositories,
  table: MountTable,
  name: string,
  requested: string | undefined,
): Promise<string> {
  const type = pluginTypeOf(table);
  const pin = await tx.pins.get(type, name);
  if (pin) {
    if (requested) {
      throw invalid(
        `cannot specify plugin_version for ${type} plugin "${name}", as it is pinned to version ${pin.version}`,
      );
    }
    return pin.version;
  }
  if (!requested) {
    if (await lookup.hasUnversioned(tx, type, name)) return "";
    return (await lookup.versionsOf(tx, type, name)).at(-1) ?? "";
  }
  const version = mountVersion(requested);
  if (version === lookup.builtinVersionOf(type, name)) {
    if (await lookup.hasUnversioned(tx, type, name)) {
      throw invalid(
        `${type} plugin "${name}", version ${version} not found, as it is overridden by an unversioned plugin of the same name. Omit \`plugin_version\` to use the unversioned plugin`,
      );
    }
    return "";
  }
  const core = flavor.core.backends[table];
  const aliased = coreName(flavor, name);
  if (core.mountable.includes(aliased) || core.singleton.includes(aliased)) {
    throw invalid(`cannot select non-builtin version of ${typeWord(table)} plugin ${aliased}`);
  }
  return version;
}

/** The plugin to start on a mount at `version`, or why there is none (Vault's words). */
async function pluginToRun(
  { flavor, lookup }: Rules,
  tx: Repositories,
  m: Pick<MountRecord, "table" | "type">,
  version: string,
): Promise<{ plugin: RunnablePlugin } | { error: string }> {
  const type = pluginTypeOf(m.table);
  if (isCore(flavor, m))
    return { plugin: { builtin: true, type, name: m.type, version: flavor.core.version } };
  return runnableFrom(lookup, tx, type, m.type, version);
}

/** The catalog entry of (type, name, version) as the runtime takes it, or why there is none (Vault's words). */
export async function runnableFrom(
  lookup: Lookup,
  tx: Repositories,
  type: PluginType,
  name: string,
  version: string,
): Promise<{ plugin: RunnablePlugin } | { error: string }> {
  const entry = await lookup.get(tx, type, name, version);
  if (!entry) {
    return {
      error: version
        ? `plugin not found in the catalog: ${name}, version=${version}`
        : `plugin not found in the catalog: ${name}`,
    };
  }
  if (entry.builtin) return { plugin: { builtin: true, type, name, version: entry.version } };
  const { command, args, env, sha256, oci_image } = entry;
  const plugin: RunnablePlugin = {
    builtin: false,
    type,
    name,
    version: entry.version,
    command,
    args,
    env,
    sha256,
  };
  if (oci_image) plugin.oci_image = oci_image;
  return { plugin };
}

export function createPluginSelection(flavor: Flavor, lookup: Lookup) {
  const rules = { flavor, lookup };
  return {
    isCore: (m: Pick<MountRecord, "table" | "type">) => isCore(flavor, m),
    isSingleton: (table: MountTable, type: string) =>
      flavor.core.backends[table].singleton.includes(coreName(flavor, type)),
    versionToConfigure: (tx: Repositories, table: MountTable, name: string, requested: string | undefined) =>
      versionToConfigure(rules, tx, table, name, requested),
    /** The version a mount runs when it starts: the pin when there is one, else its configured version. */
    versionToRun: async (tx: Repositories, m: MountRecord) =>
      (await tx.pins.get(pluginTypeOf(m.table), m.type))?.version ?? m.plugin_version,
    pluginToRun: (tx: Repositories, m: Pick<MountRecord, "table" | "type">, version: string) =>
      pluginToRun(rules, tx, m, version),
  };
}

export type PluginSelection = ReturnType<typeof createPluginSelection>;
