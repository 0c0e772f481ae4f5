// Secrets engines and auth methods: list, read, enable and disable (vault/logical_system.go handleMount,
// handleEnableAuth, handleReadMount; vault/mount.go). Enable checks in Vault's order inside one
// transaction, starts the plugin outside it, and stores the mount in a second one whose invariant (no
// path clash) is the storage's.
import type { components } from "@sysplugins/api";
import { DomainError, invalid } from "../../domain/errors.js";
import { findPathClash, pathInUse } from "../../domain/invariants.js";
import type { PluginType } from "../../domain/plugin-type.js";
import type { MountRecord, MountTable } from "../../domain/records.js";
import type { RunnablePlugin } from "../../ports/runtime.js";
import type { Repositories } from "../../ports/storage.js";
import type { MountsContext } from "./context.js";
import { mountConfig } from "./mount-config.js";
import { type MountInfo, mountInfo, runningWarnings } from "./mount-info.js";
import { newMount } from "./new-mount.js";
import { findMount, mountRef, pluginTypeOf, protectedPrefixes, sanitizePath } from "./paths.js";

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

export function createMountService(ctx: MountsContext) {
  const { storage, runtime, flavor, selection } = ctx;

  /** vault/mount.go: the checks before a mount, in Vault's order; returns the record and what to run. */
  async function plan(tx: Repositories, table: MountTable, path: string, input: EnableInput) {
    const config = mountConfig(table, input.config);
    const type = pluginName(input);
    const version = await selection.versionToConfigure(tx, table, type, input.config?.plugin_version);
    if (table === "auth" && input.options?.version) {
      throw invalid(`auth method "${type}" does not allow setting a version`);
    }
    // Protected paths, then singletons (a coded 403), then clashes either way round (a coded 409).
    if (table === "secret" && protectedPrefixes.some((p) => path.startsWith(p))) {
      throw invalid(`cannot mount "${path}"`);
    }
    if (selection.isSingleton(table, type)) {
      throw new DomainError("forbidden", `mount type of "${type}" is not mountable`);
    }
    const clash = findPathClash(await tx.mounts.list(table), path);
    if (clash) throw pathInUse(clash);
    const warnings = await deprecationWarnings(tx, table, type, version);
    const record: MountRecord = {
      ...newMount(table, path, type, input.description ?? ""),
      config,
      local: input.local ?? false,
      seal_wrap: input.seal_wrap ?? false,
      external_entropy_access: input.external_entropy_access ?? false,
      options: input.options && Object.keys(input.options).length > 0 ? input.options : null,
      plugin_version: version,
    };
    const toRun = await selection.pluginToRun(tx, record, version);
    if ("error" in toRun) throw invalid(toRun.error);
    return { record, plugin: toRun.plugin, warnings };
  }

  /** vault/mount.go handleDeprecatedMountEntry (errMountDeprecated, errMountPendingRemoval, errMountRemoved). */
  async function deprecationWarnings(tx: Repositories, table: MountTable, type: string, version: string) {
    const pluginType = pluginTypeOf(table);
    const shadowed = (await tx.catalog.get(pluginType, type, "")) !== undefined;
    const builtin = version === "" && !shadowed ? flavor.builtins.find(pluginType, type) : undefined;
    if (builtin?.status === "pending removal" || builtin?.status === "removed") {
      throw invalid(`could not mount "${type}": mount entry associated with ${builtin.status} builtin`);
    }
    return builtin?.status === "deprecated" ? ["mount entry associated with deprecated builtin"] : [];
  }

  async function start(record: MountRecord, plugin: RunnablePlugin): Promise<void> {
    const [result] = await runtime.start([{ mount: mountRef(record), plugin }]);
    if (result && !result.ok) throw invalid(result.error);
  }

  return {
    async list(table: MountTable): Promise<Record<string, MountInfo>> {
      const mounts = await storage.transact((tx) => tx.mounts.list(table));
      const data: Record<string, MountInfo> = {};
      for (const m of mounts.sort((a, b) => (a.path < b.path ? -1 : 1))) {
        data[m.path] = mountInfo(m, runtime.running(mountRef(m)), flavor);
      }
      return data;
    },

    /** GET sys/mounts/:path (longest prefix) or sys/auth/:path (exact), with Vault's version warning. */
    async read(table: MountTable, rawPath: string): Promise<{ data: MountInfo; warnings: string[] }> {
      const path = sanitizePath(rawPath);
      const found = await storage.transact(async (tx) => {
        const m = findMount(await tx.mounts.list(table), path, table === "secret");
        return m && { m, pin: await tx.pins.get(pluginTypeOf(table), m.type) };
      });
      if (!found) {
        throw invalid(table === "auth" ? `No auth engine at ${path}` : `No secret engine mount at ${path}`);
      }
      const running = runtime.running(mountRef(found.m));
      return {
        data: mountInfo(found.m, running, flavor),
        warnings: runningWarnings(found.m, running, found.pin),
      };
    },

    async enable(table: MountTable, rawPath: string, input: EnableInput): Promise<string[]> {
      const path = sanitizePath(rawPath);
      const { record, plugin, warnings } = await storage.transact((tx) => plan(tx, table, path, input));
      await start(record, plugin);
      try {
        await storage.transact((tx) => tx.mounts.create(record));
      } catch (err) {
        await runtime.stop(mountRef(record));
        throw err;
      }
      return warnings;
    },

    async disable(table: MountTable, rawPath: string): Promise<void> {
      const path = sanitizePath(rawPath);
      const removed = await storage.transact(async (tx) => {
        const m = await tx.mounts.get(table, path);
        if (!m) return undefined;
        if (table === "auth" && path === "token/")
          throw invalid("token credential backend cannot be disabled");
        if (table === "secret" && protectedPrefixes.some((p) => path.startsWith(p))) {
          throw invalid(`cannot unmount "${path}"`);
        }
        await tx.mounts.delete(table, path);
        return m;
      });
      if (removed) await runtime.stop(mountRef(removed));
    },

    /** Every mount (both tables) of the named plugin of that type, singletons excluded. */
    ofPlugin(type: PluginType | "unknown", name: string): Promise<MountRecord[]> {
      return storage.transact(async (tx) =>
        (await tx.mounts.list()).filter(
          (m) =>
            !selection.isSingleton(m.table, m.type) &&
            m.type === name &&
            (type === "unknown" || pluginTypeOf(m.table) === type),
        ),
      );
    },

    /** The mount of a table at exactly this path. */
    get(table: MountTable, path: string): Promise<MountRecord | undefined> {
      return storage.transact((tx) => tx.mounts.get(table, sanitizePath(path)));
    },
  };
}

export type MountService = ReturnType<typeof createMountService>;
