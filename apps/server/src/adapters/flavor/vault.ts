// The Vault flavour: HashiCorp Vault CE at a known release line (vault-releases.ts: 1.12, 1.15, 1.16, 1.20),
// what differs between them as rules with their first release and evidence.
// Builtins from helper/builtinplugins/registry_full.go with their deprecation statuses. Plugins compiled
// from Vault's own tree report "v<vault version>+builtin.vault"; plugins that come from a
// hashicorp/vault-plugin-* module report "v<module version>+builtin" (helper/versions). The module versions
// below are those of one Vault go.mod (1.20's) for every release: per-release module versions are not kept.
import type { PluginType } from "../../domain/plugin-type.js";
import type { Builtin, DeprecationStatus, Feature, Flavor, RegistrationReader } from "../../ports/flavor.js";
import { holds, knownRelease } from "./releases.js";
import { vaultAccess } from "./vault-access.js";
import { vaultRegistration } from "./vault-registration.js";
import { defaultVaultVersion, vaultReleases, vaultRules } from "./vault-releases.js";

export { defaultVaultVersion };

/** name, the vault-plugin-* module version (absent for in-tree plugins), status. */
type Row = [name: string, module?: string, status?: DeprecationStatus];

const table: Record<PluginType, Row[]> = {
  auth: [
    ["alicloud", "0.15.0"],
    ["app-id", undefined, "removed"],
    ["approle"],
    ["aws"],
    ["azure", "0.15.0"],
    ["centrify", "0.15.1", "deprecated"],
    ["cert"],
    ["cf", "0.15.0"],
    ["gcp", "0.16.0"],
    ["github"],
    ["jwt", "0.16.0"],
    ["kerberos", "0.10.0"],
    ["kubernetes", "0.16.0"],
    ["ldap"],
    ["oci", "0.14.0"],
    ["oidc", "0.16.0"],
    ["okta"],
    ["pcf", "0.15.0", "deprecated"],
    ["radius"],
    ["userpass"],
  ],
  database: [
    ["cassandra-database-plugin"],
    ["couchbase-database-plugin", "0.9.2"],
    ["elasticsearch-database-plugin", "0.13.2"],
    ["hana-database-plugin"],
    ["influxdb-database-plugin"],
    ["mongodb-database-plugin"],
    ["mongodbatlas-database-plugin", "0.10.0"],
    ["mssql-database-plugin"],
    ["mysql-aurora-database-plugin"],
    ["mysql-database-plugin"],
    ["mysql-legacy-database-plugin"],
    ["mysql-rds-database-plugin"],
    ["postgresql-database-plugin"],
    ["redis-database-plugin", "0.2.1"],
    ["redis-elasticache-database-plugin", "0.2.1"],
    ["redshift-database-plugin"],
    ["snowflake-database-plugin", "0.8.0"],
  ],
  secret: [
    ["ad", "0.16.0", "deprecated"],
    ["alicloud", "0.15.0"],
    ["aws"],
    ["azure", "0.16.0"],
    ["cassandra", undefined, "removed"],
    ["consul"],
    ["gcp", "0.16.0"],
    ["gcpkms", "0.15.0"],
    ["kubernetes", "0.5.0"],
    ["kv", "0.15.0"],
    ["ldap", "0.11.0"],
    ["mongodb", undefined, "removed"],
    ["mongodbatlas", "0.10.0"],
    ["mssql", undefined, "removed"],
    ["mysql", undefined, "removed"],
    ["nomad"],
    ["openldap", "0.11.0"],
    ["pki"],
    ["postgresql", undefined, "removed"],
    ["rabbitmq"],
    ["ssh"],
    ["terraform", "0.7.1"],
    ["totp"],
    ["transit"],
  ],
};

/** Vault at a known release line; any other release throws UnknownReleaseError. */
export function createVaultFlavor(version = defaultVaultVersion): Flavor {
  knownRelease("Vault", vaultReleases, version, true);
  const at = (rule: { first?: string; last?: string }) => holds(rule, version);
  const features: Feature[] = ["global-reload"];
  if (at(vaultRules.pins)) features.push("pins");
  if (at(vaultRules.reloadByType)) features.push("reload-by-type");
  if (at(vaultRules.databaseReload)) features.push("database-plugin-reload");
  const core = `v${version}+builtin.vault`;
  const registry = new Map<string, Builtin>();
  for (const [type, rows] of Object.entries(table) as [PluginType, Row[]][]) {
    for (const [name, module, status = "supported"] of rows) {
      registry.set(`${type}/${name}`, { name, type, status, version: module ? `v${module}+builtin` : core });
    }
  }
  const listed = (type: PluginType) =>
    [...registry.values()].filter((b) => b.type === type && b.status !== "removed");
  return {
    product: "vault",
    version,
    builtins: { find: (type, name) => registry.get(`${type}/${name}`), listed },
    core: {
      version: core,
      // Backends compiled into Vault's core rather than served through the catalog: they cannot be
      // mounted at another version, and some cannot be mounted at all (the singletons).
      backends: {
        secret: { mountable: ["kv", "database", "plugin"], singleton: ["cubbyhole", "system", "identity"] },
        auth: { mountable: ["plugin"], singleton: ["token"] },
      },
      // mountAliases in vault/mount.go.
      aliases: { generic: "kv" },
    },
    features: new Set(features),
    errors: {},
    text: (_code, message) => message,
    sealStatus: () => ({ build_date: "" }),
    health: () => ({
      performance_standby: false,
      version,
    }),
    rules: {
      readRegistration: vaultRegistration({
        oci: at(vaultRules.ociImage),
        artifacts: at(vaultRules.artifactRegistration),
      }) as RegistrationReader,
      // sdk/helper/pluginutil run_config.go: VAULT_VERSION; the server's environment first (go-plugin's
      // SkipHostEnv, os.Environ() layered under the plugin's); go-plugin 1.6's words.
      pluginProcess: { env: { VAULT_VERSION: version }, parentEnv: "under", wording: "1.6" },
      catalogReadExtras: () => ({}),
      // http/logical.go buildLogicalRequestNoAuth hides the decoder's detail.
      jsonError: () => "error parsing JSON",
      deniedShape: "multierror",
      envelopeMountType: at(vaultRules.envelopeMountType),
      versionWarning: at(vaultRules.versionWarning),
      access: vaultAccess(version),
      reload: {
        scopeError: "reload scope must be omitted or 'global'",
        warnWhenNone: at(vaultRules.reloadWarning),
      },
    },
  };
}
