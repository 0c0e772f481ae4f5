// Which version of a database plugin a connection is configured for and which one it runs, by the rules of
// Vault's database engine (builtin/logical/database: selectPluginVersion on write, GetConnectionWithConfig
// on start): a pin wins and refuses an explicit plugin_version; then the connection's own plugin_version;
// then, on create only, the newest registered version unless an unversioned registration shadows it.
import { invalid } from "../../domain/errors.js";
import { isBuiltinVersion, mountVersion } from "../versions.js";

/** What the catalog and pins say about one database plugin name. */
export interface PluginFacts {
  /** The pinned version, if a pin exists for database/<name>. */
  pin?: string;
  /** An unversioned external registration shadows the builtin of the same name. */
  hasUnversioned: boolean;
  /** Registered external versions, newest last. */
  versions: readonly string[];
  /** The builtin's version string, if the name is a builtin database plugin. */
  builtinVersion?: string;
}

export interface VersionChoice {
  /** What is stored as the connection's plugin_version ("" for builtin or unversioned). */
  configured: string;
  /** What the connection is started with now. */
  run: string;
}

/**
 * plugin_version on create or update. `requested` is undefined when the body has no plugin_version key,
 * `stored` the connection's current plugin_version (or "" on create).
 */
export function choosePluginVersion(
  pluginName: string,
  facts: PluginFacts,
  requested: string | undefined,
  stored: string,
  create: boolean,
): VersionChoice {
  if (facts.pin) {
    if (requested !== undefined) {
      throw invalid(
        `cannot specify plugin_version for plugin "${pluginName}" as it is pinned (${facts.pin})`,
      );
    }
    // The stored plugin_version is left as it is; only what runs follows the pin.
    return { configured: stored, run: facts.pin };
  }
  let version = requested ?? stored;
  if (version !== "") {
    version = mountVersion(version);
    if (version === facts.builtinVersion) {
      if (facts.hasUnversioned) {
        throw invalid(
          `database plugin "${pluginName}", version ${version} not found, as it is overridden by an unversioned plugin of the same name. Omit \`plugin_version\` to use the unversioned plugin`,
        );
      }
      version = "";
    }
  } else if (!facts.hasUnversioned && create) {
    version = facts.versions.at(-1) ?? "";
  }
  // 1.12.0 and 1.12.1 stored builtin versions; they are never stored again.
  if (isBuiltinVersion(version)) version = "";
  return { configured: version, run: version };
}

/** The version a stored connection starts with (a reload, a restart, a first use): the pin, else its own. */
export const versionToStart = (facts: Pick<PluginFacts, "pin">, configured: string): string =>
  facts.pin ?? (isBuiltinVersion(configured) ? "" : configured);
