// Vault's reading of a registration request (vault/logical_system.go handlePluginCatalogUpdate), checks in
// its order, into the record to store.
import type { components } from "@sysplugins/api";
import { goHexError } from "@sysplugins/go-semantics";
import { failed, invalid } from "../../domain/errors.js";
import { PluginPathError, resolveCommand } from "../../domain/plugin-directory.js";
import type { PluginType } from "../../domain/plugin-type.js";
import type { CatalogRecord } from "../../domain/records.js";
import { catalogVersion, isBuiltinVersion } from "../../domain/versions.js";

export type RegisterInput = components["schemas"]["RegisterRequest"];

/** The command and args as given: args in the command string or in `args`, never both. */
function commandAndArgs(input: RegisterInput): { command: string; args: string[] } {
  const parts = (input.command ?? "").split(" ");
  const args = input.args ?? [];
  if (parts.length > 1 && args.length > 0) throw invalid("must not specify args in command and args field");
  return { command: parts[0] ?? "", args: parts.length > 1 ? parts.slice(1) : args };
}

/** What a release reads: oci_image and runtime (1.15+), sha256-less artifact registration and download (1.20+). */
export interface RegistrationRules {
  oci: boolean;
  artifacts: boolean;
}

function checkShaAndVersion(input: RegisterInput, version: string, rules: RegistrationRules): string {
  if (version && isBuiltinVersion(version)) {
    throw invalid(`version "${version}" is not allowed because 'builtin' is a reserved metadata identifier`);
  }
  if (rules.artifacts && input.download) throw invalid("download is an enterprise only feature");
  const sha = input.sha256 || input.sha_256 || "";
  if (rules.artifacts && !sha && !version) {
    throw invalid(
      "must provide at least one of sha256 or version: use sha256 for binary registration (version optional) or version only for artifact registration",
    );
  }
  // Registration from a plugin artifact (a version and no sha256) is not supported by this server.
  if (!sha) throw invalid("missing SHA-256 value");
  if (!rules.oci && !input.command) throw invalid("missing command value");
  if (!input.command && !input.oci_image) throw invalid("must provide at least one of command or oci_image");
  return sha;
}

async function storedCommand(pluginDirectory: string, name: string, command: string, oci: boolean) {
  if (name.includes("..") || command.includes("..")) throw failed("path cannot contain parent references");
  if (oci) return command;
  try {
    return (await resolveCommand(pluginDirectory, command)).relative;
  } catch (err) {
    if (err instanceof PluginPathError) throw failed(err.message);
    throw err;
  }
}

/** Vault's reading at a release (the Vault flavour's rules.readRegistration). */
export const vaultRegistration =
  (rules: RegistrationRules) =>
  (pluginDirectory: string, type: PluginType | "unknown", name: string, given: RegisterInput) =>
    readRegistration(pluginDirectory, type, name, rules.oci ? given : withoutOci(given), rules);

/** Before 1.15 there is no oci_image or runtime: the fields are unknown and ignored. */
function withoutOci(input: RegisterInput): RegisterInput {
  const { oci_image: _o, runtime: _r, ...rest } = input;
  return rest;
}

async function readRegistration(
  pluginDirectory: string,
  type: PluginType | "unknown",
  name: string,
  input: RegisterInput,
  rules: RegistrationRules,
): Promise<CatalogRecord> {
  const version = catalogVersion(input.version);
  const sha = checkShaAndVersion(input, version, rules);
  const { command, args } = commandAndArgs(input);
  const hexError = goHexError(sha);
  if (hexError) throw invalid(`Could not decode SHA256 value from Hex ${sha}: ${hexError}`);
  const stored = await storedCommand(pluginDirectory, name, command, Boolean(input.oci_image));
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
  return record;
}
