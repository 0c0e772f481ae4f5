// The plugin's environment, layered as Vault's and OpenBao's plugin runners layer it: the host's own
// environment (where the caller says), the catalog entry's env, the SDK's variables, then go-plugin's.
import type { ParentEnvPosition, PluginKind } from "./types.js";

/** go-plugin's handshake cookies as the SDKs set them (the same in Vault's and OpenBao's). */
export const MAGIC_COOKIES: Record<PluginKind, { key: string; value: string }> = {
  backend: { key: "VAULT_BACKEND_PLUGIN", value: "6669da05-b1c8-4f49-97d9-c8e5bed98e20" },
  database: { key: "VAULT_DATABASE_PLUGIN", value: "926a0820-aea2-be28-51d6-83cdf00e8edb" },
};

/**
 * The app protocol versions a v5 client offers: backends 5 (sdk/plugin PluginSet), databases 5 and 6
 * (dbplugin v5 PluginSets; 6 is the multiplexed server).
 */
export const DEFAULT_PROTOCOL_VERSIONS: Record<PluginKind, readonly number[]> = {
  backend: [5],
  database: [5, 6],
};

/** go-plugin's default PLUGIN_MIN_PORT/PLUGIN_MAX_PORT (only used by plugins that listen on TCP). */
const MIN_PORT = 10000;
const MAX_PORT = 25000;

export interface EnvInput {
  kind: PluginKind;
  catalogEnv?: readonly string[];
  hostEnv?: Record<string, string>;
  parentEnv?: ParentEnvPosition;
  parentEnvValues?: Record<string, string | undefined>;
  protocolVersions: readonly number[];
  clientCertPem: string;
}

function assign(
  target: Record<string, string>,
  source: Record<string, string | undefined> | undefined,
): void {
  for (const [key, value] of Object.entries(source ?? {})) if (value !== undefined) target[key] = value;
}

/** "K=V" strings to an object; later entries win (Go's exec keeps the last of duplicate keys). */
export function parseEnvList(list: readonly string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of list ?? []) {
    const eq = entry.indexOf("=");
    if (eq > 0) out[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return out;
}

export function pluginEnvironment(input: EnvInput): Record<string, string> {
  const env: Record<string, string> = {};
  const position = input.parentEnv ?? "under";
  const parent = input.parentEnvValues ?? process.env;
  if (position === "under") assign(env, parent);
  assign(env, parseEnvList(input.catalogEnv));
  assign(env, input.hostEnv);
  env.VAULT_PLUGIN_METADATA_MODE = "false";
  env.VAULT_PLUGIN_AUTOMTLS_ENABLED = "true";
  if (position === "over") assign(env, parent);
  const cookie = MAGIC_COOKIES[input.kind];
  env[cookie.key] = cookie.value;
  env.PLUGIN_MIN_PORT = String(MIN_PORT);
  env.PLUGIN_MAX_PORT = String(MAX_PORT);
  env.PLUGIN_PROTOCOL_VERSIONS = input.protocolVersions.join(",");
  env.PLUGIN_CLIENT_CERT = input.clientCertPem;
  return env;
}
