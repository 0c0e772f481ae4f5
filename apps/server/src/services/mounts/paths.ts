// Mount paths and tables as Vault's router names them.
import type { PluginType } from "../../domain/plugin-type.js";
import type { MountRecord, MountTable } from "../../domain/records.js";
import type { MountRef, RunnablePlugin, StartRequest } from "../../ports/runtime.js";

export const pluginTypeOf = (table: MountTable): PluginType => (table === "auth" ? "auth" : "secret");
export const typeWord = (table: MountTable) => (table === "auth" ? "auth" : "secrets");

/** Paths a secrets engine cannot be mounted at or unmounted from. */
export const protectedPrefixes = ["audit/", "auth/", "sys/", "cubbyhole/", "identity/"];
/** Route paths that cannot be tuned. */
export const untunablePrefixes = ["cubbyhole/", "sys/", "audit/", "identity/"];

/** sanitizePath: no leading "/", one trailing "/". */
export function sanitizePath(path: string): string {
  const trimmed = path.replace(/^\/+/, "");
  return trimmed.endsWith("/") ? trimmed : `${trimmed}/`;
}

/** The path as Vault's router names it ("secret/", "auth/approle/"). */
export const routePath = (m: Pick<MountRecord, "table" | "path">) =>
  m.table === "auth" ? `auth/${m.path}` : m.path;

export const mountRef = (m: Pick<MountRecord, "table" | "path" | "uuid">): MountRef => ({
  uuid: m.uuid,
  route: routePath(m),
});

/** The mount of `table` at `path` exactly, or (for secrets engines) the longest prefix of it. */
export function findMount(
  mounts: readonly MountRecord[],
  path: string,
  prefix: boolean,
): MountRecord | undefined {
  if (!prefix) return mounts.find((m) => m.path === path);
  let best: MountRecord | undefined;
  for (const m of mounts) {
    if (path.startsWith(m.path) && (!best || m.path.length > best.path.length)) best = m;
  }
  return best;
}

/** What the runtime needs to start a mount's plugin (vault/mount.go newLogicalBackend's config). */
export function startRequest(m: MountRecord, plugin: RunnablePlugin): StartRequest {
  return {
    mount: mountRef(m),
    plugin,
    setup: {
      table: m.table,
      type: m.type,
      accessor: m.accessor,
      config: {
        ...(m.options ?? {}),
        plugin_name: m.type,
        plugin_type: pluginTypeOf(m.table),
        plugin_version: plugin.version,
      },
      defaultLeaseTtl: m.config.default_lease_ttl,
      maxLeaseTtl: m.config.max_lease_ttl,
      local: m.local,
      sealWrap: m.seal_wrap,
    },
  };
}

/**
 * Vault's text when an external backend cannot start (builtin/plugin's factory): the v5 attempt and the
 * legacy one both failed, for the same reason, joined by go-multierror.
 */
export const invalidBackendVersion = (reason: string) =>
  `invalid backend version: 2 errors occurred:\n\t* ${reason}\n\t* ${reason}\n\n`;
