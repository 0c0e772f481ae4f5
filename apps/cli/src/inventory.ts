// What every mount runs, joined with the pins: the ground for `mounts`, `drift` and `upgrade`.
import { isNotFound, type PluginType, type SysPluginsClient, VaultResponseError } from "@sysplugins/client";

export interface MountRow {
  /** "secret" for secrets engines, "auth" for auth methods. */
  type: Extract<PluginType, "secret" | "auth">;
  /** The path as Vault's router names it: "kv/" or "auth/approle/". */
  path: string;
  /** The path as sys/mounts or sys/auth takes it. */
  mountPath: string;
  plugin: string;
  configured: string;
  running: string;
  runningSha256: string;
  /** The pinned version of this plugin, if any. */
  pinned: string | undefined;
}

/** Servers without pins (OpenBao, Vault before 1.16) answer 404 or 405: that is "no pins". */
async function pinsOf(client: SysPluginsClient): Promise<Map<string, string>> {
  try {
    const { data } = await client.pins.list();
    return new Map(data.pinned_versions.map((p) => [`${p.type}/${p.name}`, p.version]));
  } catch (err) {
    if (isNotFound(err) || (err instanceof VaultResponseError && err.status === 405)) return new Map();
    throw err;
  }
}

const singletons = new Set(["system", "cubbyhole", "identity", "token"]);

export async function inventory(client: SysPluginsClient): Promise<MountRow[]> {
  const [secrets, auths, pins] = await Promise.all([
    client.mounts.list(),
    client.auth.list(),
    pinsOf(client),
  ]);
  const rows: MountRow[] = [];
  for (const [type, list] of [
    ["secret", secrets.data],
    ["auth", auths.data],
  ] as const) {
    for (const [path, m] of Object.entries(list)) {
      if (singletons.has(m.type)) continue;
      rows.push({
        type,
        path: type === "auth" ? `auth/${path}` : path,
        mountPath: path,
        plugin: m.type,
        configured: m.plugin_version,
        running: m.running_plugin_version,
        runningSha256: m.running_sha256,
        pinned: pins.get(`${type}/${m.type}`),
      });
    }
  }
  return rows.sort((a, b) => a.path.localeCompare(b.path));
}

/** The version a mount should run: its pin, else its configured version ("" = builtin or unversioned). */
export const expectedVersion = (row: MountRow) => row.pinned ?? row.configured;

/** Drift: what runs is not what is pinned or configured. A builtin or unversioned mount runs what "" means. */
export function drifted(row: MountRow): boolean {
  const expected = expectedVersion(row);
  if (expected === "") return row.runningSha256 !== "" && row.running !== "";
  return expected !== row.running;
}
