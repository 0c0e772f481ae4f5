// Mount paths and tables as Vault's router names them.
import type { PluginType } from "../../domain/plugin-type.js";
import type { MountRecord, MountTable } from "../../domain/records.js";
import type { MountRef } from "../../ports/runtime.js";

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
