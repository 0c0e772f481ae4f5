// Reading and writing a mount's tuning (handleTuneReadCommon, handleTuneWriteCommon). A tune of
// plugin_version changes what is configured, never what runs: that changes when the mount restarts.
import { invalid } from "../../domain/errors.js";
import type { MountRecord, MountTable } from "../../domain/records.js";
import type { Repositories } from "../../ports/storage.js";
import { mountVersion } from "../versions.js";
import type { MountsContext } from "./context.js";
import { type TuneInput, tunedConfig, tuneTtls } from "./mount-config.js";
import { type TuneInfo, tuneInfo } from "./mount-info.js";
import { findMount, pluginTypeOf, routePath, sanitizePath, untunablePrefixes } from "./paths.js";

async function requireMount(tx: Repositories, table: MountTable, rawPath: string): Promise<MountRecord> {
  const path = sanitizePath(rawPath);
  const m = findMount(await tx.mounts.list(table), path, table === "secret");
  if (!m) throw invalid(`tune of path "${routePath({ table, path })}" failed: no mount entry found`);
  return m;
}

export function createTune({ storage, lookup }: MountsContext) {
  /** The version a tune asks for, checked against the pin and the catalog. */
  async function versionFor(tx: Repositories, m: MountRecord, input: TuneInput): Promise<string | undefined> {
    if (input.plugin_version === undefined) return undefined;
    const type = pluginTypeOf(m.table);
    const pin = await tx.pins.get(type, m.type);
    if (pin && !input.override_pinned_version) {
      throw invalid(
        `plugin_version cannot be set for ${type} plugin "${m.type}" as a pinned version ${pin.version} is in effect`,
      );
    }
    const version = mountVersion(input.plugin_version);
    if (!(await lookup.get(tx, type, m.type, version))) {
      throw invalid(`plugin not found in the catalog: ${m.type}, version=${version}`);
    }
    return version;
  }

  return {
    async read(table: MountTable, rawPath: string): Promise<{ data: TuneInfo; warnings: string[] }> {
      return storage.transact(async (tx) => {
        // handleTuneReadCommon looks for the mount's system view first, in words of its own.
        const path = sanitizePath(rawPath);
        const m = findMount(await tx.mounts.list(table), path, table === "secret");
        if (!m) throw invalid(`cannot fetch sysview for path "${routePath({ table, path })}"`);
        return tuneInfo(m, await tx.pins.get(pluginTypeOf(m.table), m.type));
      });
    },

    async write(table: MountTable, rawPath: string, input: TuneInput): Promise<void> {
      const full = routePath({ table, path: sanitizePath(rawPath) });
      if (untunablePrefixes.some((p) => full.startsWith(p))) throw invalid(`cannot tune "${full}"`);
      await storage.transact(async (tx) => {
        const m = await requireMount(tx, table, rawPath);
        const ttls = tuneTtls(input);
        const pluginVersion = await versionFor(tx, m, input);
        const tuned: MountRecord = { ...m, config: tunedConfig(m.config, input, ttls) };
        if (input.description !== undefined) tuned.description = input.description;
        if (input.options) tuned.options = { ...(m.options ?? {}), ...input.options };
        if (pluginVersion !== undefined) tuned.plugin_version = pluginVersion;
        await tx.mounts.update(tuned);
      });
    },
  };
}

export type Tune = ReturnType<typeof createTune>;
