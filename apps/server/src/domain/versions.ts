// Version input as the catalog, pins and mounts take it, with Vault's error texts.
import {
  canonical,
  isBuiltinVersion,
  MalformedVersionError,
  parseLenient,
  parseSemver,
} from "@sysplugins/go-semantics";
import { invalid } from "./errors.js";

function canonicalise(input: string, parse: typeof parseSemver): string {
  try {
    return canonical(parse(input));
  } catch (err) {
    if (!(err instanceof MalformedVersionError)) throw err;
    throw invalid(`version "${input}" is not a valid semantic version: ${err.message}`);
  }
}

/** Catalog and pins: go-version NewSemver, "" stays "". */
export const catalogVersion = (input: string | undefined): string =>
  input ? canonicalise(input, parseSemver) : "";

/** Mounts and tune: go-version NewVersion (lenient). An empty string is invalid here. */
export const mountVersion = (input: string): string => canonicalise(input, parseLenient);

export { isBuiltinVersion };

/** Go's sort.Strings order: bytewise. */
export const byteCompare = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));
