// Reloading plugin backends (handlePluginReloadUpdate, handleRootPluginReloadUpdate) and the record of
// what each reload did, which the status endpoint reports per node.
import type { components } from "@sysplugins/api";
import type { Config } from "../config.js";
import type { PluginType } from "../domain/plugin-type.js";
import { VaultError } from "../http/vault-error.js";
import type { MountRecord, MountTable } from "../store/state.js";
import type { Store } from "../store/store.js";
import { type Mounts, sanitizePath } from "./mounts.js";

const KEEP_RELOADS = 100;

export type ReloadInput = components["schemas"]["ReloadBackendRequest"];

export interface ReloadResult {
  reload_id: string;
  warnings: string[];
  status: 200 | 202;
}

export type ReloadDeps = { store: Store; config: Pick<Config, "nodeId">; mounts: Mounts };

/** "foo", "foo/", "auth/foo", "sys/auth/foo" -> the mount's table and path. */
function parseMountRef(ref: string): { table: MountTable; path: string } {
  const path = sanitizePath(ref.trim()).replace(/^sys\/(?=auth\/)/, "");
  return path.startsWith("auth/")
    ? { table: "auth", path: path.slice("auth/".length) }
    : { table: "secret", path };
}

export function createReload({ store, config, mounts }: ReloadDeps) {
  async function run(
    reloadId: string,
    targets: MountRecord[],
    errors: string[],
    scope: string,
  ): Promise<ReloadResult> {
    errors.push(...(await mounts.restart(targets)));
    await store.update((s) => {
      s.reloads.push({
        reload_id: reloadId,
        results: { [config.nodeId]: { timestamp: new Date().toISOString(), error: errors.join("\n") } },
      });
      s.reloads.splice(0, Math.max(0, s.reloads.length - KEEP_RELOADS));
    });
    if (errors.length > 0) throw VaultError.plain(errors);
    const warnings =
      targets.length === 0
        ? [
            scope === "global"
              ? "no plugins were reloaded locally (but they may be reloaded on other nodes)"
              : "no plugins were reloaded",
          ]
        : [];
    return { reload_id: reloadId, warnings, status: scope === "global" ? 202 : 200 };
  }

  return {
    /** POST sys/plugins/reload/backend */
    async reloadBackend(reloadId: string, input: ReloadInput): Promise<ReloadResult> {
      const scope = input.scope ?? "";
      if (scope !== "" && scope !== "global")
        throw VaultError.badRequest("reload scope must be omitted or 'global'");
      const refs = (input.mounts ?? []).flatMap((m) => m.split(",")).filter((m) => m.trim() !== "");
      if (input.plugin && refs.length > 0)
        throw VaultError.badRequest("plugin and mounts cannot be set at the same time");
      if (!input.plugin && refs.length === 0)
        throw VaultError.badRequest("plugin or mounts must be provided");
      if (input.plugin) return run(reloadId, mounts.runningPlugin("unknown", input.plugin), [], scope);
      const targets: MountRecord[] = [];
      const errors: string[] = [];
      for (const ref of refs) {
        const { table, path } = parseMountRef(ref);
        const m = mounts.find(table, path, false);
        if (m) targets.push(m);
        else errors.push(`cannot fetch mount entry on "${table === "auth" ? `auth/${path}` : path}"`);
      }
      return run(reloadId, targets, errors, scope);
    },

    /** POST sys/plugins/reload/:type/:name */
    reloadPlugin(
      reloadId: string,
      type: PluginType | "unknown",
      name: string,
      scope = "",
    ): Promise<ReloadResult> {
      if (scope !== "" && scope !== "global")
        throw VaultError.badRequest("reload scope must be omitted or 'global'");
      return run(reloadId, mounts.runningPlugin(type, name), [], scope);
    },

    /** GET sys/plugins/reload/backend/status */
    status(reloadId: string) {
      return store.state.reloads.find((r) => r.reload_id === reloadId);
    },
  };
}

export type Reload = ReturnType<typeof createReload>;
