// Vault's Go semantics, shared by the server, the client, the CLI and the conformance suite.

export { goHexError } from "./go-hex.js";
export {
  canonical,
  compareVersions,
  type GoVersion,
  isBuiltinVersion,
  MalformedVersionError,
  parseLenient,
  parseSemver,
  versionString,
} from "./go-version.js";
export { parseBool } from "./parse-bool.js";
export { HASH_CHUNK, sha256File } from "./sha256-file.js";
