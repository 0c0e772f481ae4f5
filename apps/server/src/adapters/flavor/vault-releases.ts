// Vault's releases and the rules of its plugin API that differ between them, from Vault's source and
// changelog as read for ../shared/reference/vault-behavior.md (§8 "Version timeline" and the sections it
// cites). A release line (1.16) has that line's facts for every patch release (1.16.3). No real Vault runs
// here, so none of these is measured.
import type { KnownRelease, ReleaseRule } from "./releases.js";

export const vaultReleases: readonly KnownRelease[] = [
  { version: "1.12.0", evidence: "plugin versioning; vault/external_plugin_test.go of the 1.12 era" },
  { version: "1.15.0", evidence: "oci_image and runtime on register; vault/logical_system.go @e6922c5" },
  {
    version: "1.16.0",
    evidence: "pins and reload by type; vault/logical_system.go @36266a49, CHANGELOG 1.16.0",
  },
  { version: "1.20.0", evidence: "vault/logical_system.go and logical_system_paths.go @01c88db7" },
];

/** The release emulated unless one is configured: the newest known. */
export const defaultVaultVersion = "1.20.0";

export const vaultRules = {
  envelopeMountType: {
    id: "envelope-mount-type",
    what: "every response envelope carries mount_type",
    first: "1.13.0",
    evidence: "sdk/logical/translate_response.go @0f63861c (the field is absent from the 1.12 envelope)",
  },
  ociImage: {
    id: "oci-image",
    what: 'register takes oci_image and runtime; a registration without command says "must provide at least one of command or oci_image" (before: "missing command value")',
    first: "1.15.0",
    evidence:
      "vault/logical_system.go handlePluginCatalogUpdate @e6922c5 (1.15) against the ≤1.14 text; vault-behavior.md §1.5 item 7",
  },
  pins: {
    id: "pins",
    what: "sys/plugins/pins and the pin rules of mounts and tune",
    first: "1.16.0",
    evidence:
      'CHANGELOG 1.16.0 "plugins: Add new pin version APIs"; Terraform provider gates vault_plugin_pinned_version on 1.16; vault-behavior.md §2',
  },
  reloadByType: {
    id: "reload-by-type",
    what: "POST sys/plugins/reload/:type/:name",
    first: "1.16.0",
    evidence:
      "vault/logical_system_paths.go @36266a49; website docs plugins-reload.mdx; vault-behavior.md §3.2",
  },
  reloadWarning: {
    id: "reload-none-warning",
    what: 'a reload that reloads nothing warns "no plugins were reloaded"',
    first: "1.16.0",
    evidence: "vault/logical_system.go handlePluginReloadUpdate @36266a49; vault-behavior.md §8",
  },
  versionWarning: {
    id: "mount-version-warning",
    what: "a mount read warns when the configured plugin version is not the one running",
    first: "1.16.0",
    evidence: "vault/logical_system.go handleMountRead @36266a49 (pins make the two differ)",
  },
  databaseReload: {
    id: "database-plugin-reload",
    what: "database connections report running_plugin_version, <mount>/reload/:plugin_name exists, reload by plugin reaches connections",
    first: "1.16.0",
    evidence: "builtin/logical/database/path_config_connection.go and backend.go @36266a49",
  },
  artifactRegistration: {
    id: "artifact-registration",
    what: 'register without sha256 and version says "must provide at least one of sha256 or version…" (before: "missing SHA-256 value"); download is refused as enterprise only',
    first: "1.20.0",
    evidence:
      "vault/logical_system.go handlePluginCatalogUpdate @01c88db7 against e6922c5/36266a49; vault-behavior.md §1.5 items 5, 6",
  },
} satisfies Record<string, ReleaseRule>;
