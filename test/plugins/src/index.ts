export { buildPlugins, formatLine, GoMissingError, MODULE_DIR, type PluginBinary } from "./build.js";
export { findGo } from "./go.js";
export { fileName, PLUGIN_BUILDS, type PluginBuild, type PluginType } from "./manifest.js";
export { buildVaultKv, VAULT_KV_PACKAGE, VAULT_KV_VERSION, type VaultKvBinary } from "./vault-kv.js";
