// Enabling a secrets engine or auth method (vault/logical_system.go handleMount, handleEnableAuth;
// vault/mount.go). The checks run in Vault's order inside one transaction, the plugin starts outside it,
// and the mount is stored in a second one, whose invariant (no path clash) is the storage's.
import type { components } from "@sysplugins/api";
import { DomainError, invalid } from "../../domain/errors.js";
import { findPathClash, pathInUse } from "../../domain/invariants.js";
import type { MountRecord, MountTable } from "../../domain/records.js";
import type { Repositories } from "../../ports/storage.js";
import type { MountsContext } from "./context.js";
import { mountConfig } from "./mount-config.js";
import { newMount } from "./new-mount.js";
import {
  invalidBackendVersion,
  mountRef,
  pluginTypeOf,
  protectedPrefixes,
  sanitizePath,
  startRequest,
} from "./paths.js";

export type EnableInput = components["schemas"]["EnableRequest"];

/** enable's plugin type: `type`, or for the legacy type "plugin" the plugin_name. */
function pluginName(input: EnableInput): string {
  const type = input.type ?? "";
  if (!type) throw invalid("backend type must be specified as a string");
  if (type !== "plugin") return type;
  const name = input.config?.plugin_name || input.plugin_name || "";
  if (!name) throw invalid("plugin_name must be provided for plugin backend");
  return name;
}

/** vault/mount.go handleDeprecatedMountEntry (errMountDeprecated, errMountPendingRemoval, errMountRemoved). */
async function deprecationWarnings(
  { flavor }: MountsContext,
  tx: Repositories,
  table: MountTable,
  type: string,
  version: string,
): Promise<string[]> {
  const pluginType = pluginTypeOf(table);
  const shadowed = (await tx.catalog.get(pluginType, type, "")) !== undefined;
  const builtin = version === "" && !shadowed ? flavor.builtins.find(pluginType, type) : undefined;
  if (builtin?.status === "pending removal" || builtin?.status === "removed") {
    throw invalid(`could not mount "${type}": mount entry associated with ${builtin.status} builtin`);
  }
  return builtin?.status === "deprecated" ? ["mount entry associated with deprecated builtin"] : [];
}

/** Where the mount may go: protected paths, then singletons (a coded 403), then clashes either way round. */
async function checkPlace(
  ctx: MountsContext,
  tx: Repositories,
  table: MountTable,
  path: string,
  type: string,
) {
  if (table === "secret" && protectedPrefixes.some((p) => path.startsWith(p))) {
    throw invalid(`cannot mount "${path}"`);
  }
  if (ctx.selection.isSingleton(table, type)) {
    throw new DomainError("forbidden", `mount type of "${type}" is not mountable`);
  }
  const clash = findPathClash(await tx.mounts.list(table), path);
  if (clash) throw pathInUse(clash);
}

/** The checks before a mount, in Vault's order; returns the record, what to run and the warnings. */
async function plan(
  ctx: MountsContext,
  tx: Repositories,
  table: MountTable,
  path: string,
  input: EnableInput,
) {
  const config = mountConfig(table, input.config);
  const type = pluginName(input);
  const version = await ctx.selection.versionToConfigure(tx, table, type, input.config?.plugin_version);
  if (table === "auth" && input.options?.version) {
    throw invalid(`auth method "${type}" does not allow setting a version`);
  }
  await checkPlace(ctx, tx, table, path, type);
  const warnings = await deprecationWarnings(ctx, tx, table, type, version);
  const record: MountRecord = {
    ...newMount(table, path, type, input.description ?? ""),
    config,
    local: input.local ?? false,
    seal_wrap: input.seal_wrap ?? false,
    external_entropy_access: input.external_entropy_access ?? false,
    // handleMount reads options as TypeKVPairs: an empty map when none are given (bao 2.7.2 answers {}).
    options: input.options ?? {},
    plugin_version: version,
  };
  const toRun = await ctx.selection.pluginToRun(tx, record, version);
  if ("error" in toRun) throw new DomainError("plugin_failed", toRun.error);
  return { record, plugin: toRun.plugin, warnings };
}

/** POST sys/mounts/:path or sys/auth/:path; returns Vault's warnings. */
export async function enableMount(
  ctx: MountsContext,
  table: MountTable,
  rawPath: string,
  input: EnableInput,
  signal?: AbortSignal,
): Promise<string[]> {
  const path = sanitizePath(rawPath);
  const { record, plugin, warnings } = await ctx.storage.transact((tx) => plan(ctx, tx, table, path, input));
  const [result] = await ctx.runtime.start([startRequest(record, plugin)], signal);
  if (result && !result.ok) {
    throw new DomainError(
      "plugin_failed",
      plugin.builtin ? result.error : invalidBackendVersion(result.error),
    );
  }
  try {
    await ctx.storage.transact((tx) => tx.mounts.create(record));
  } catch (err) {
    await ctx.runtime.stop(mountRef(record));
    throw err;
  }
  return warnings;
}
