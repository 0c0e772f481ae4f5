// A version given on the command line: refused before any request when go-version (as Vault and OpenBao
// parse it) would not read it, so that every command treats "1.0.0-" alike.
import { canonical as goCanonical, MalformedVersionError, parseSemver } from "@sysplugins/go-semantics";
import { UsageError } from "./args.js";

/** "1.2" -> "v1.2.0", "1.2.3.4" -> "v1.2.3.4", as Vault canonicalises with go-version; a non-version is a
 *  usage error naming the flag. */
export function canonicalVersion(version: string, flag = "version"): string {
  try {
    return goCanonical(parseSemver(version));
  } catch (err) {
    if (!(err instanceof MalformedVersionError)) throw err;
    throw new UsageError(
      `-${flag} must be a semantic version such as v1.2.0, got ${JSON.stringify(version)}`,
    );
  }
}

/** The flag's value, checked (and passed on as given: the server canonicalises); undefined or "" as is. */
export function checkedVersion(value: string | undefined, flag = "version"): string | undefined {
  if (value) canonicalVersion(value, flag);
  return value;
}
