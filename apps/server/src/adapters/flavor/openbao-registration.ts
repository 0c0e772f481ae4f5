// OpenBao 2.7's reading of a registration (internal/vault/logical_system.go handlePluginCatalogUpdate,
// plugin_catalog.go Set), in its order and words, as bao 2.7.2 answered them: the version first, then
// sha256 and command must be present, args not twice, the SHA-256 hex and 32 bytes long, then the path
// rules (500, as plain errors). `oci` is OpenBao's; Vault's oci_image, runtime and download do not exist.
import { failed, invalid } from "../../domain/errors.js";
import { PluginPathError, resolveCommand } from "../../domain/plugin-directory.js";
import { catalogVersion, isBuiltinVersion } from "../../domain/versions.js";
import type { RegistrationReader } from "../../ports/flavor.js";

const text = (v: unknown) => (typeof v === "string" ? v : "");
const HEX = /^(?:[0-9a-fA-F]{2})*$/;

/** The reader of a release: `shaLength`, whether the SHA-256 must decode to 32 bytes (2.7.0 and later). */
export const openBaoRegistration =
  ({ shaLength }: { shaLength: boolean }): RegistrationReader =>
  async (pluginDirectory, type, name, input) => {
    const version = catalogVersion(text(input.version) || undefined);
    if (version && isBuiltinVersion(version)) {
      throw invalid(
        `version "${version}" is not allowed because 'builtin' is a reserved metadata identifier`,
      );
    }
    const sha = text(input.sha256) || text(input.sha_256);
    if (!sha) throw invalid("missing SHA-256 value");
    const given = text(input.command);
    if (!given) throw invalid("missing command value");
    const parts = given.split(" ");
    const listed = Array.isArray(input.args) ? input.args.map(String) : [];
    if (parts.length > 1 && listed.length > 0)
      throw invalid("must not specify args in command and args field");
    const args = parts.length > 1 ? parts.slice(1) : listed;
    if (!HEX.test(sha)) throw invalid("Could not decode SHA-256 value from Hex");
    if (shaLength && sha.length !== 64) throw invalid("Decoded SHA-256 value is not 32 bytes");
    const command = parts[0] ?? "";
    if (name.includes("..") || command.includes("..")) throw failed("path cannot contain parent references");
    const oci = input.oci === true || input.oci === "true";
    let stored = command;
    if (!oci) {
      try {
        stored = (await resolveCommand(pluginDirectory, command)).relative;
      } catch (err) {
        if (err instanceof PluginPathError) throw failed(err.message);
        throw err;
      }
    }
    const env = Array.isArray(input.env) ? input.env.map(String) : [];
    return {
      type,
      name,
      version,
      command: stored,
      args,
      env,
      sha256: sha.toLowerCase(),
      ...(oci ? { oci } : {}),
    };
  };
