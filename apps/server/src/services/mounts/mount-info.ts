// A mount as the API shows it (handleReadMount, handleTuneReadCommon): the stored record, what runs on it
// now, and Vault's warnings when the two differ or a pin is in effect.
import type { components } from "@sysplugins/api";
import type { MountRecord, PinRecord } from "../../domain/records.js";
import type { Flavor } from "../../ports/flavor.js";
import type { Running } from "../../ports/runtime.js";
import { optionalFields, SYSTEM_TTL } from "./mount-config.js";
import { pluginTypeOf } from "./paths.js";

type Schemas = components["schemas"];
export type MountInfo = Schemas["MountInfo"];
export type TuneInfo = Schemas["TuneInfo"];

const notRunning: Running = { version: "", sha256: "", builtin: false };

export function mountInfo(m: MountRecord, running: Running | undefined, flavor: Flavor): MountInfo {
  const run = running ?? notRunning;
  const config: Schemas["MountConfig"] = {
    default_lease_ttl: m.config.default_lease_ttl,
    max_lease_ttl: m.config.max_lease_ttl,
    force_no_cache: m.config.force_no_cache,
  };
  for (const f of optionalFields) {
    const value = m.config[f];
    if (value !== undefined) (config as Record<string, unknown>)[f] = value;
  }
  const data: MountInfo = {
    type: m.type,
    description: m.description,
    accessor: m.accessor,
    local: m.local,
    seal_wrap: m.seal_wrap,
    external_entropy_access: m.external_entropy_access,
    options: m.options,
    uuid: m.uuid,
    plugin_version: m.plugin_version,
    running_plugin_version: run.version,
    running_sha256: run.sha256,
    config,
  };
  const builtin = run.sha256 === "" ? flavor.builtins.find(pluginTypeOf(m.table), m.type) : undefined;
  if (builtin) data.deprecation_status = builtin.status;
  return data;
}

/** Vault's warning on a mount read when what runs is not what is configured. */
export function runningWarnings(m: MountRecord, running: Running | undefined, pin: PinRecord | undefined) {
  const run = running ?? notRunning;
  const configured = m.plugin_version || (run.sha256 === "" ? run.version : "");
  if (configured === run.version) return [];
  const why =
    pin && pin.version === run.version
      ? " because that version is pinned"
      : " either due to a pinned version or because the plugin was upgraded and not yet reloaded";
  return [`Plugin version is configured as "${m.plugin_version}", but running "${run.version}"${why}`];
}

export function tuneInfo(m: MountRecord, pin: PinRecord | undefined): { data: TuneInfo; warnings: string[] } {
  const data: TuneInfo = {
    description: m.description,
    default_lease_ttl: m.config.default_lease_ttl || SYSTEM_TTL,
    max_lease_ttl: m.config.max_lease_ttl || SYSTEM_TTL,
    force_no_cache: m.config.force_no_cache,
  };
  if (m.external_entropy_access) data.external_entropy_access = true;
  for (const f of optionalFields) {
    const value = m.config[f];
    if (value !== undefined) (data as Record<string, unknown>)[f] = value;
  }
  if (m.options && Object.keys(m.options).length > 0) data.options = m.options;
  if (m.plugin_version) data.plugin_version = m.plugin_version;
  const warnings =
    pin && pin.version !== m.plugin_version
      ? [
          `plugin_version is configured as ${m.plugin_version} but a version pin for ${pin.version} is in effect`,
        ]
      : [];
  return { data, warnings };
}
