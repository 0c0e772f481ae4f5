// Secrets engines and auth methods: list, read, enable and disable (vault/logical_system.go handleMount,
// handleEnableAuth, handleReadMount; vault/mount.go). Enable is in enable.ts.
import { invalid } from "../../domain/errors.js";
import type { PluginType } from "../../domain/plugin-type.js";
import type { MountRecord, MountTable } from "../../domain/records.js";
import type { MountsContext } from "./context.js";
import { type EnableInput, enableMount } from "./enable.js";
import { type MountInfo, mountInfo, runningWarnings } from "./mount-info.js";
import { findMount, mountRef, pluginTypeOf, protectedPrefixes, sanitizePath } from "./paths.js";

export type { EnableInput };

/** DELETE sys/mounts/:path or sys/auth/:path: idempotent; stops what ran on the mount. */
async function disableMount({ storage, runtime }: MountsContext, table: MountTable, rawPath: string) {
  const path = sanitizePath(rawPath);
  const removed = await storage.transact(async (tx) => {
    const m = await tx.mounts.get(table, path);
    if (!m) return undefined;
    if (table === "auth" && path === "token/") throw invalid("token credential backend cannot be disabled");
    if (table === "secret" && protectedPrefixes.some((p) => path.startsWith(p))) {
      throw invalid(`cannot unmount "${path}"`);
    }
    await tx.mounts.delete(table, path);
    return m;
  });
  if (removed) await runtime.stop(mountRef(removed));
}

/** GET sys/mounts/:path (longest prefix) or sys/auth/:path (exact), with Vault's version warning. */
async function readMount({ storage, runtime, flavor }: MountsContext, table: MountTable, rawPath: string) {
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
    warnings: flavor.rules.versionWarning ? runningWarnings(found.m, running, found.pin) : [],
  };
}

export function createMountService(ctx: MountsContext) {
  const { storage, runtime, flavor, selection } = ctx;
  return {
    async list(table: MountTable): Promise<Record<string, MountInfo>> {
      const mounts = await storage.transact((tx) => tx.mounts.list(table));
      const data: Record<string, MountInfo> = {};
      for (const m of mounts.sort((a, b) => (a.path < b.path ? -1 : 1))) {
        data[m.path] = mountInfo(m, runtime.running(mountRef(m)), flavor);
      }
      return data;
    },
    read: (table: MountTable, path: string) => readMount(ctx, table, path),
    enable: (table: MountTable, path: string, input: EnableInput, signal?: AbortSignal) =>
      enableMount(ctx, table, path, input, signal),
    disable: (table: MountTable, path: string) => disableMount(ctx, table, path),

    /** Every mount (both tables) of the named plugin of that type, singletons excluded. */
    async ofPlugin(type: PluginType | "unknown", name: string): Promise<MountRecord[]> {
      const all = await storage.transact((tx) => tx.mounts.list());
      return all.filter(
        (m) =>
          !selection.isSingleton(m.table, m.type) &&
          m.type === name &&
          (type === "unknown" || pluginTypeOf(m.table) === type),
      );
    },

    /** The mount of a table at exactly this path. */
    get(table: MountTable, path: string): Promise<MountRecord | undefined> {
      return storage.transact((tx) => tx.mounts.get(table, sanitizePath(path)));
    },
  };
}

export type MountService = ReturnType<typeof createMountService>;
