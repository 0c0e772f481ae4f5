// Where the suite points, from the environment Vault users already have.
import { parseBool } from "@sysplugins/go-semantics";
import type { Plugin } from "./engine.js";
import type { Target } from "./http.js";
import { PreconditionError } from "./preflight.js";

export interface SuiteConfig {
  target: Target;
  plugin: Plugin | undefined;
  databasePlugin?: Plugin | undefined;
  readOnly: boolean;
  reportDir: string;
}

/** VAULT_ADDR, VAULT_TOKEN, VAULT_CACERT, VAULT_NAMESPACE; SYSPLUGINS_CONFORMANCE_PLUGIN_COMMAND and
 *  _SHA256 (a plugin binary already in the server's plugin directory), and _VERSION_ENV (the variable
 *  that sets the version it reports: SYSPLUGINS_PLUGIN_VERSION for `pnpm build:plugins`' binaries);
 *  SYSPLUGINS_CONFORMANCE_DATABASE_PLUGIN_COMMAND and _SHA256 (a database plugin, for the database checks); SYSPLUGINS_CONFORMANCE_READ_ONLY;
 *  SYSPLUGINS_CONFORMANCE_REPORTS (a directory for junit.xml and conformance.md). */
export function configFromEnv(env: NodeJS.ProcessEnv): SuiteConfig | undefined {
  if (!env.VAULT_ADDR) return undefined;
  if (!env.VAULT_TOKEN)
    throw new PreconditionError(`VAULT_TOKEN is not set: export the token to check ${env.VAULT_ADDR} with`);
  const command = env.SYSPLUGINS_CONFORMANCE_PLUGIN_COMMAND;
  const sha256 = env.SYSPLUGINS_CONFORMANCE_PLUGIN_SHA256;
  const versionEnv = env.SYSPLUGINS_CONFORMANCE_PLUGIN_VERSION_ENV;
  const dbCommand = env.SYSPLUGINS_CONFORMANCE_DATABASE_PLUGIN_COMMAND;
  const dbSha256 = env.SYSPLUGINS_CONFORMANCE_DATABASE_PLUGIN_SHA256;
  return {
    target: {
      address: env.VAULT_ADDR.replace(/\/+$/, ""),
      token: env.VAULT_TOKEN,
      ...(env.VAULT_NAMESPACE ? { namespace: env.VAULT_NAMESPACE } : {}),
      ...(env.VAULT_CACERT ? { caCert: env.VAULT_CACERT } : {}),
    },
    plugin: command && sha256 ? { command, sha256, ...(versionEnv ? { versionEnv } : {}) } : undefined,
    databasePlugin:
      dbCommand && dbSha256
        ? { command: dbCommand, sha256: dbSha256, ...(versionEnv ? { versionEnv } : {}) }
        : undefined,
    readOnly: parseBool(env.SYSPLUGINS_CONFORMANCE_READ_ONLY ?? "") === true,
    reportDir: env.SYSPLUGINS_CONFORMANCE_REPORTS ?? "conformance-reports",
  };
}
