// A mount's config as enable and tune read it (handleMount, handleTuneWriteCommon): TTLs as Go durations,
// lists given as comma-separated strings, and Vault's limits and error texts.
import type { components } from "@sysplugins/api";
import { invalid } from "../../domain/errors.js";
import type { MountConfigRecord, MountTable } from "../../domain/records.js";
import { parseDurationSecond } from "../durations.js";

export type MountConfigInput = components["schemas"]["MountConfigInput"];
export type TuneInput = components["schemas"]["TuneRequest"];

/** Vault's default and maximum lease TTL: 768h. */
export const SYSTEM_TTL = 768 * 3600;

export const listFields = [
  "audit_non_hmac_request_keys",
  "audit_non_hmac_response_keys",
  "passthrough_request_headers",
  "allowed_response_headers",
] as const;

/** Every optional config field, in the order Vault writes them. */
export const optionalFields = [...listFields, "listing_visibility", "token_type"] as const;

const visibilities = ["", "unauth", "hidden"];
const tokenTypes = ["default-service", "default-batch", "service", "batch"];

/** expandStringValsWithCommas: a list given as one string is comma-separated. Runs on raw input. */
export function expandCommaLists(input: unknown): void {
  if (!input || typeof input !== "object") return;
  const record = input as Record<string, unknown>;
  for (const f of listFields) {
    const value = record[f];
    if (typeof value === "string")
      record[f] = value
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean);
  }
}

export function parseTtl(value: string | undefined, which: "default" | "max"): number | undefined {
  if (value === undefined || value === "" || value === "system") return undefined;
  try {
    return parseDurationSecond(value);
  } catch (err) {
    throw invalid(`unable to parse ${which} TTL of ${value}: ${(err as Error).message}`);
  }
}

function checkTtls(config: MountConfigRecord): void {
  if (config.max_lease_ttl !== 0 && config.default_lease_ttl > config.max_lease_ttl) {
    throw invalid("given default lease TTL greater than given max lease TTL");
  }
}

function checkVisibility(visibility: string): void {
  if (!visibilities.includes(visibility)) throw invalid(`invalid listing_visibility ${visibility}`);
}

/** The config of a new mount. */
export function mountConfig(table: MountTable, input: MountConfigInput = {}): MountConfigRecord {
  const config: MountConfigRecord = {
    default_lease_ttl: parseTtl(input.default_lease_ttl, "default") ?? 0,
    max_lease_ttl: parseTtl(input.max_lease_ttl, "max") ?? 0,
    force_no_cache: input.force_no_cache ?? false,
  };
  checkTtls(config);
  if (config.default_lease_ttl > SYSTEM_TTL && config.max_lease_ttl === 0) {
    throw invalid(`given default lease TTL greater than system max lease TTL of ${SYSTEM_TTL}`);
  }
  if (table === "auth") {
    const tokenType = input.token_type || "default-service";
    if (!tokenTypes.includes(tokenType)) throw invalid("invalid value for 'token_type'");
    config.token_type = tokenType;
  }
  const visibility = input.listing_visibility ?? "";
  checkVisibility(visibility);
  if (visibility) config.listing_visibility = visibility;
  for (const f of listFields) {
    const v = input[f];
    if (v && v.length > 0) config[f] = v;
  }
  return config;
}

/** A tune's TTLs, read first (Vault parses them before anything else). */
export const tuneTtls = (input: TuneInput) => ({
  def: parseTtl(input.default_lease_ttl, "default"),
  max: parseTtl(input.max_lease_ttl, "max"),
});

/** The config after a tune. */
export function tunedConfig(
  current: MountConfigRecord,
  input: TuneInput,
  { def, max }: ReturnType<typeof tuneTtls>,
): MountConfigRecord {
  const config = { ...current };
  for (const f of listFields) {
    const v = input[f];
    if (v !== undefined) config[f] = v;
  }
  if (input.listing_visibility !== undefined) {
    checkVisibility(input.listing_visibility);
    config.listing_visibility = input.listing_visibility;
  }
  if (def !== undefined) config.default_lease_ttl = def;
  if (max !== undefined) config.max_lease_ttl = max;
  // handleTuneWriteCommon compares the TTLs the mount will have, given or kept (bao 2.7.2 agrees).
  const { default_lease_ttl: d, max_lease_ttl: m } = config;
  if ((def !== undefined || max !== undefined) && d !== 0 && m !== 0 && m < d) {
    throw invalid(`backend max lease TTL of ${m} would be less than backend default lease TTL of ${d}`);
  }
  return config;
}
