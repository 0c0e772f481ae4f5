// What every mount runs, and every connection of a database secrets engine, joined with the pins: the
// ground for `mounts`, `drift` and `upgrade`.
import {
  isNotFound,
  isUnsupported,
  type PluginType,
  type SysPluginsClient,
  VaultResponseError,
} from "@sysplugins/client";

export interface MountRow {
  /** "secret" for secrets engines, "auth" for auth methods, "database" for a database connection. */
  type: PluginType;
  /** The path as Vault's router names it: "kv/", "auth/approle/", or "database/config/my-db". */
  path: string;
  /** The path as sys/mounts or sys/auth takes it; for a connection, its database mount's ("database/"). */
  mountPath: string;
  /** For a connection: its name under the mount. */
  connection?: string;
  plugin: string;
  configured: string;
  running: string;
  runningSha256: string;
  /** The pinned version of this plugin, if any. */
  pinned: string | undefined;
  /**
   * Set for a connection on a server that reports no running version (OpenBao): `running` is then the
   * configured version, which the server started when it accepted the connection's last write (it
   * restarts a connection at every write and refuses one it cannot start), and `runningSha256` the
   * catalog's for it. What the process runs now is not known.
   */
  runningInferred?: true;
}

/**
 * OpenBao, from what it is: its builtin plugins run at "v<version>+builtin.bao" (Vault's at
 * "+builtin.vault"), and every mount table has builtins (cubbyhole, identity, system).
 */
export const isOpenBao = (...tables: Record<string, { running_plugin_version: string }>[]) =>
  tables.some((t) => Object.values(t).some((m) => m.running_plugin_version.endsWith("+builtin.bao")));

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
  const reportsRunning = !isOpenBao(secrets.data, auths.data);
  const databases = Object.entries(secrets.data).filter(([, m]) => m.type === "database");
  for (const [mountPath] of databases)
    rows.push(...(await connections(client, mountPath, pins, reportsRunning)));
  return rows.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The connections of one database mount. What a connection runs is its running_plugin_version (absent:
 * nothing, or a builtin or unversioned plugin). A server that reports no running versions at all
 * (OpenBao 2.x) restarts a connection at every write and refuses a write it cannot start: there the row
 * holds the configured version, marked `runningInferred`. Its SHA-256 is the catalog's for that version:
 * the server checks the binary against it whenever the connection starts.
 */
async function connections(
  client: SysPluginsClient,
  mountPath: string,
  pins: Map<string, string>,
  reportsRunning: boolean,
): Promise<MountRow[]> {
  const mount = mountPath.replace(/\/$/, "");
  let names: string[];
  try {
    names = (await client.database.list(mount)).data.keys;
  } catch (err) {
    if (isNotFound(err) || isUnsupported(err)) return [];
    throw err;
  }
  const shas = new Map<string, Promise<string>>();
  const shaOf = (plugin: string, version: string) => {
    const key = `${plugin}@${version}`;
    let sha = shas.get(key);
    if (!sha) {
      sha = client.catalog.read("database", plugin, version || undefined).then(
        (r) => r.data.sha256 ?? "",
        () => "",
      );
      shas.set(key, sha);
    }
    return sha;
  };
  return Promise.all(
    names.map(async (name): Promise<MountRow> => {
      const c = (await client.database.read(mount, name)).data;
      const inferred = c.running_plugin_version === undefined && !reportsRunning;
      const running = c.running_plugin_version ?? (inferred ? c.plugin_version : "");
      return {
        type: "database",
        path: `${mountPath}config/${name}`,
        mountPath,
        connection: name,
        plugin: c.plugin_name,
        configured: c.plugin_version,
        running,
        runningSha256: await shaOf(c.plugin_name, running),
        pinned: pins.get(`database/${c.plugin_name}`),
        ...(inferred ? { runningInferred: true as const } : {}),
      };
    }),
  );
}

/** The version a mount should run: its pin, else its configured version ("" = builtin or unversioned). */
export const expectedVersion = (row: MountRow) => row.pinned ?? row.configured;

/** Drift: what runs is not what is pinned or configured. A builtin or unversioned mount runs what "" means. */
export function drifted(row: MountRow): boolean {
  const expected = expectedVersion(row);
  if (expected === "") return row.runningSha256 !== "" && row.running !== "";
  return expected !== row.running;
}
