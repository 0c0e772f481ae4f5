// The OpenBao flavour: OpenBao 2.6.1 to 2.7.2 as `bao server -dev` of each release answers, keyed by release
// (openbao-releases.ts holds what differs, each rule with its first or last release and the measured run).
// Builtins as its catalog lists them, every one at v<version>+builtin.bao (internal/helper/versions); no pins, no reload by type, no
// global reload or reload status; catalog reads carry oci and declarative; no mount_type in envelopes;
// no version warning on mount reads; database is a core engine without running_plugin_version or
// reload/:plugin_name (no "database-plugin-reload"); reloads check the plugin against the catalog first (#2398) and
// answer failures 400 (handleError). Facts checked against the real server: docs/FIDELITY.md.
import { invalid } from "../../domain/errors.js";
import type { PluginType } from "../../domain/plugin-type.js";
import type { Builtin, Flavor } from "../../ports/flavor.js";
import { openbaoAccess } from "./openbao-access.js";
import { openBaoRegistration } from "./openbao-registration.js";
import { defaultOpenBaoVersion, openBaoReleases, openBaoRules } from "./openbao-releases.js";
import { holds, knownRelease } from "./releases.js";

const table: Record<PluginType, string[]> = {
  auth: ["approle", "cert", "jwt", "kubernetes", "oidc", "userpass"],
  database: [
    "cassandra-database-plugin",
    "influxdb-database-plugin",
    "mysql-aurora-database-plugin",
    "mysql-database-plugin",
    "mysql-legacy-database-plugin",
    "mysql-rds-database-plugin",
    "postgresql-database-plugin",
    "redis-database-plugin",
    "valkey-database-plugin",
  ],
  secret: ["kubernetes", "kv", "pki", "rabbitmq", "ssh", "totp", "transit"],
};

/** Builtins of the releases up to 2.6.1 only (openBaoRules.ldapKerberosRadius). */
const dropped: Record<PluginType, string[]> = {
  auth: ["kerberos", "ldap", "radius"],
  database: [],
  secret: ["ldap", "openldap"],
};

/**
 * Where OpenBao words an error its own way (each measured on bao 2.6.1, 2.7.0, 2.7.1 and 2.7.2 alike):
 * go-version 1.7+'s parse errors are lower-case; a field that does not convert is worded by mapstructure v2,
 * without the input and without "Field validation failed" (database connections); a second token auth
 * method fails in the credential factory, not as a singleton.
 */
function openBaoText(_code: string, message: string): string {
  if (message === 'mount type of "token" is not mountable')
    return "token credential backend cannot be instantiated";
  const bool =
    /^Field validation failed: error converting input .* for field "([^"]+)": cannot parse '' as bool: strconv\.ParseBool: parsing ".*": invalid syntax$/s.exec(
      message,
    );
  if (bool)
    return `error converting input for field "${bool[1]}": '' cannot parse value as 'bool': strconv.ParseBool: invalid syntax`;
  return message.replaceAll("Malformed version: ", "malformed version: ");
}

/** internal/vault/mount.go singletonMounts: never mounted by hand, never reloaded. */
const singletons = ["cubbyhole", "system", "token", "identity"];

/** OpenBao at a release it has facts for (openBaoReleases); any other release throws UnknownReleaseError. */
export function createOpenBaoFlavor(version = defaultOpenBaoVersion): Flavor {
  knownRelease("OpenBao", openBaoReleases, version);
  const at = (rule: { first?: string; last?: string }) => holds(rule, version);
  const core = `v${version}+builtin.bao`;
  const registry = new Map<string, Builtin>();
  for (const [type, names] of Object.entries(table) as [PluginType, string[]][]) {
    const all = at(openBaoRules.ldapKerberosRadius) ? [...names, ...dropped[type]] : names;
    for (const name of all)
      registry.set(`${type}/${name}`, { name, type, status: "supported", version: core });
  }
  return {
    product: "openbao",
    version,
    builtins: {
      find: (type, name) => registry.get(`${type}/${name}`),
      listed: (type) => [...registry.values()].filter((b) => b.type === type),
    },
    core: {
      version: core,
      backends: {
        secret: { mountable: ["kv", "database", "plugin"], singleton: ["cubbyhole", "system", "identity"] },
        auth: { mountable: ["plugin"], singleton: ["token"] },
      },
      aliases: { generic: "kv" },
    },
    features: new Set(),
    // Mount clashes and singletons come back from mount.go as plain errors: 400 (bao 2.7.2).
    errors: {
      reload_failed: 400,
      mount_path_in_use: 400,
      forbidden: { status: 400, shape: "bare" },
    },
    text: openBaoText,
    health: () => ({ version }),
    // bao 2.7.2 names the build's date commit_date (measured); ours has no build to date.
    sealStatus: () => ({ commit_date: "" }),
    rules: {
      readRegistration: openBaoRegistration({ shaLength: at(openBaoRules.shaLength) }),
      // sdk/v2 helper/pluginutil: the version under BAO_VERSION; OpenBao's go-plugin appends the server's own
      // environment after the plugin's, and words its errors as go-plugin 1.8 does (measured on bao 2.7.2).
      pluginProcess: { env: { BAO_VERSION: version }, parentEnv: "over", wording: "1.8" },
      catalogReadExtras: (record) => ({ oci: record.oci ?? false, declarative: false }),
      // internal/http/json.go parseJSONRequest passes the decoder's error on.
      // Before 2.7.2 a reload's scope is not read (openBaoRules.reloadScope).
      ...(at(openBaoRules.reloadScope) ? {} : { unreadFields: { "plugins-reload-backends": ["scope"] } }),
      jsonError: (detail) => `failed to decode JSON input: ${detail}`,
      jsonDecoder: at(openBaoRules.decoderStream2) ? "go-stream-2" : "go-stream-1",
      deniedShape: "bare",
      envelopeMountType: false,
      versionWarning: false,
      access: openbaoAccess,
      reload: {
        // Before 2.7.2 the scope is not read at all.
        ...(at(openBaoRules.reloadScope) ? { scopeError: 'scope must be unset or "global"' } : {}),
        warnWhenNone: false,
        checkPlugin(name, types) {
          if (singletons.includes(name)) throw invalid(`singleton plugin cannot be reloaded: "${name}"`);
          if (types.length === 0) throw invalid(`plugin not found in the catalog: "${name}"`);
          if (!types.includes("auth") && !types.includes("secret")) {
            throw invalid(
              `plugin "${name}" cannot be reloaded, only plugins of type auth and secret can be reloaded`,
            );
          }
        },
      },
    },
  };
}
