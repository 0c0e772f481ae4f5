// Reloading plugin backends (handlePluginReloadUpdate, handleRootPluginReloadUpdate) and the record of
// what each reload did, which the status endpoint reports per node.
import type { components } from "@sysplugins/api";
import { DomainError, invalid } from "../domain/errors.js";
import type { PluginType } from "../domain/plugin-type.js";
import type { MountRecord, MountTable, ReloadRecord } from "../domain/records.js";
import type { Cluster, ReloadTarget } from "../ports/cluster.js";
import type { Rules } from "../ports/flavor.js";
import type { Storage } from "../ports/storage.js";
import type { MountService } from "./mounts/mounts.js";
import { sanitizePath } from "./mounts/paths.js";

const KEEP_RELOADS = 100;
/**
 * What one reload answers and records is bounded, whatever the request: the first error lines, each cut
 * at a length, then how many more there were. (300,000 mount names made a 15 MB answer, and a 13.8 MB
 * record that every later reload wrote again.)
 */
const KEEP_ERRORS = 100;
const ERROR_LENGTH = 8192;

function bounded(errors: readonly string[]): string[] {
  const kept = errors
    .slice(0, KEEP_ERRORS)
    .map((e) => (e.length > ERROR_LENGTH ? `${e.slice(0, ERROR_LENGTH)}…` : e));
  if (errors.length > KEEP_ERRORS) kept.push(`and ${errors.length - KEEP_ERRORS} more errors, not listed`);
  return kept;
}

export type ReloadInput = components["schemas"]["ReloadBackendRequest"];

export interface ReloadResult {
  reload_id: string;
  warnings: string[];
  /** scope=global: this node reloaded, the others may (Vault answers 202). */
  global: boolean;
}

export type ReloadDeps = {
  storage: Storage;
  /** This node and the others a global reload goes to. */
  cluster: Cluster;
  mounts: MountService;
  /** Starts the mounts' plugins again; one error line per failure. */
  restart(targets: readonly MountRecord[], signal?: AbortSignal): Promise<string[]>;
  /** The product's reload rules (the flavour's). */
  rules: Rules["reload"];
  /** Whether scope=global reaches the other nodes (answered 202). */
  globalReloads: boolean;
  /** The types under which the catalog (builtins included) knows a plugin name. */
  catalogTypes(name: string): Promise<PluginType[]>;
  /** Restarts the database connections of a plugin in every database mount, here; how many restarted. */
  reloadConnections(type: PluginType | "unknown", name: string): Promise<number>;
};

/** "foo", "foo/", "auth/foo", "sys/auth/foo" -> the mount's table and path. */
function parseMountRef(ref: string): { table: MountTable; path: string } {
  const path = sanitizePath(ref.trim()).replace(/^sys\/(?=auth\/)/, "");
  return path.startsWith("auth/")
    ? { table: "auth", path: path.slice("auth/".length) }
    : { table: "secret", path };
}

export function createReload({
  storage,
  cluster,
  mounts,
  restart,
  rules,
  globalReloads,
  catalogTypes,
  reloadConnections,
}: ReloadDeps) {
  const checkScope = (scope: string) => {
    if (rules.scopeError !== undefined && scope !== "" && scope !== "global") throw invalid(rules.scopeError);
  };

  /** Reloads the target on this node and records this node's result; returns what it reloaded and what failed. */
  async function reloadHere(reloadId: string, target: ReloadTarget, signal?: AbortSignal) {
    const { targets, errors: found } =
      "plugin" in target
        ? {
            targets: await mounts.ofPlugin(target.plugin.type as PluginType | "unknown", target.plugin.name),
            errors: [],
          }
        : await namedMounts(target.mounts);
    const errors = bounded([...found, ...(await restart(targets, signal))]);
    // Vault routes <mount>/reload/<plugin> to every database mount too (vault/plugin_reload.go), per node.
    const connections =
      "plugin" in target
        ? await reloadConnections(target.plugin.type as PluginType | "unknown", target.plugin.name)
        : 0;
    const record: ReloadRecord = {
      reload_id: reloadId,
      results: { [cluster.nodeId]: { timestamp: new Date().toISOString(), error: errors.join("\n") } },
    };
    await storage.transact((tx) => tx.reloads.add(record, KEEP_RELOADS));
    return { errors, reloaded: targets.length + connections };
  }

  async function run(
    reloadId: string,
    target: ReloadTarget,
    scope: string,
    signal?: AbortSignal,
  ): Promise<ReloadResult> {
    // Without global reloads (OpenBao) scope=global is accepted and the reload is this node's alone.
    const global = scope === "global" && globalReloads;
    // Recorded for the other live nodes before this one starts, so that they reload at the same time.
    if (global) await cluster.publish(reloadId, target);
    const { reloaded, errors } = await reloadHere(reloadId, target, signal);
    if (errors.length > 0) throw new DomainError("reload_failed", errors);
    const none = global
      ? "no plugins were reloaded locally (but they may be reloaded on other nodes)"
      : "no plugins were reloaded";
    const warnings = reloaded === 0 && rules.warnWhenNone ? [none] : [];
    return { reload_id: reloadId, warnings, global };
  }

  /** The mounts a reload by mounts names, and an error line for each one that is not there. */
  async function namedMounts(refs: string[]): Promise<{ targets: MountRecord[]; errors: string[] }> {
    const targets: MountRecord[] = [];
    const errors: string[] = [];
    for (const ref of refs) {
      const { table, path } = parseMountRef(ref);
      const m = await mounts.get(table, path);
      if (m) targets.push(m);
      else errors.push(`cannot fetch mount entry on "${table === "auth" ? `auth/${path}` : path}"`);
    }
    return { targets, errors };
  }

  return {
    /** POST sys/plugins/reload/backend */
    async reloadBackend(reloadId: string, input: ReloadInput, signal?: AbortSignal): Promise<ReloadResult> {
      const scope = input.scope ?? "";
      checkScope(scope);
      const refs = (input.mounts ?? []).filter((m) => m.trim() !== "");
      if (input.plugin && refs.length > 0) throw invalid("plugin and mounts cannot be set at the same time");
      if (!input.plugin && refs.length === 0) throw invalid("plugin or mounts must be provided");
      if (input.plugin) rules.checkPlugin?.(input.plugin, await catalogTypes(input.plugin));
      const target = input.plugin ? { plugin: { type: "unknown", name: input.plugin } } : { mounts: refs };
      return run(reloadId, target, scope, signal);
    },

    /** POST sys/plugins/reload/:type/:name */
    async reloadPlugin(
      reloadId: string,
      type: PluginType | "unknown",
      name: string,
      scope = "",
      signal?: AbortSignal,
    ): Promise<ReloadResult> {
      checkScope(scope);
      return run(reloadId, { plugin: { type, name } }, scope, signal);
    },

    /** A global reload another node recorded for this one (the cluster delivers it): errors are its result. */
    async delivered(reloadId: string, target: ReloadTarget): Promise<void> {
      await reloadHere(reloadId, target);
    },

    /** GET sys/plugins/reload/backend/status: a result per node; nodes still at it, or down, say so. */
    async status(reloadId: string): Promise<ReloadRecord | undefined> {
      const record = await storage.transact((tx) => tx.reloads.get(reloadId));
      if (!record) return undefined;
      return { reload_id: reloadId, results: { ...(await cluster.unfinished(reloadId)), ...record.results } };
    },
  };
}

export type Reload = ReturnType<typeof createReload>;
