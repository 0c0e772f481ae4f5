// Every node of a cluster, and what each runs: the nodes from sys/ha-status (`operator members`), then
// each node asked directly. A Vault CE standby forwards reads to the active node, so what it would
// answer is the active node's: it is named as not checked. A node that answers itself (our cluster's
// nodes, OpenBao's standbys with read scalability) is compared with the active node: when its
// configuration differs, it lags (asked again, a bounded number of times) rather than drifts.
import { isVaultResponseError, type SysPluginsClient } from "@sysplugins/client";
import { drifted, inventory, isOpenBao, type MountRow } from "./inventory.js";

export interface Member {
  hostname: string;
  api_address: string;
  active_node: boolean;
}

export interface NodeReport {
  /** Its API address (its hostname when it has none). */
  node: string;
  hostname: string;
  address: string;
  active: boolean;
  /** False when the node's own running state could not be read: `reason` says why. */
  checked: boolean;
  reason?: string;
  /** Its configuration is behind the active node's after every retry: its rows are its own view. */
  lagging?: boolean;
  rows: MountRow[];
  drift: MountRow[];
}

/** The members sys/ha-status lists (the node asked, alone, when the server has no such endpoint). */
export async function members(client: SysPluginsClient): Promise<Member[]> {
  const { data, response } = await client.raw.GET("/sys/ha-status");
  const nodes = (data as { nodes?: Member[] } | undefined)?.nodes;
  if (!response.ok || !Array.isArray(nodes) || nodes.length === 0)
    return [{ hostname: "", api_address: client.address, active_node: true }];
  return nodes;
}

/** Whether the node answers sys/health as a standby (Vault answers 429, a performance standby 473). */
async function standby(client: SysPluginsClient): Promise<boolean> {
  try {
    return Boolean((await client.health()).standby);
  } catch (err) {
    if (isVaultResponseError(err) && (err.status === 429 || err.status === 473)) return true;
    throw err;
  }
}

/** What is configured, without what runs: two nodes agree on it unless one lags. */
const configuration = (rows: MountRow[]) =>
  JSON.stringify(rows.map((r) => [r.path, r.plugin, r.configured, r.pinned ?? ""]));

export interface AllNodesOptions {
  /** How many times a lagging node is asked again, and the pause between (bounded: attempts × pause). */
  attempts?: number;
  pauseMs?: number;
}

export async function everyNode(
  client: SysPluginsClient,
  clientAt: (address: string) => SysPluginsClient,
  { attempts = 5, pauseMs = 500 }: AllNodesOptions = {},
): Promise<NodeReport[]> {
  const list = await members(client);
  const [secrets, auths] = await Promise.all([client.mounts.list(), client.auth.list()]);
  const openbao = isOpenBao(secrets.data, auths.data);
  const reference = configuration(await inventory(client));
  const reports: NodeReport[] = [];
  for (const m of list) {
    // Vault's hostname is the machine's: nodes on one machine share it; the API address tells them apart.
    const node = m.api_address || m.hostname;
    const base = { node, hostname: m.hostname, address: m.api_address, active: m.active_node };
    if (!m.api_address) {
      reports.push({
        ...base,
        checked: false,
        reason: "sys/ha-status gives no API address",
        rows: [],
        drift: [],
      });
      continue;
    }
    const at = m.api_address === client.address ? client : clientAt(m.api_address);
    try {
      if (!m.active_node && !openbao && (await standby(at))) {
        reports.push({
          ...base,
          checked: false,
          reason:
            "a Vault standby forwards reads to the active node (Vault CE has no performance standbys): what it would report is the active node's",
          rows: [],
          drift: [],
        });
        continue;
      }
      let rows = await inventory(at);
      let lagging = configuration(rows) !== reference;
      for (let i = 1; lagging && i < attempts; i++) {
        await new Promise((resolve) => setTimeout(resolve, pauseMs));
        rows = await inventory(at);
        lagging = configuration(rows) !== reference;
      }
      reports.push({
        ...base,
        checked: true,
        ...(lagging ? { lagging: true } : {}),
        rows,
        drift: rows.filter(drifted),
      });
    } catch (err) {
      reports.push({
        ...base,
        checked: false,
        reason: err instanceof Error ? err.message : String(err),
        rows: [],
        drift: [],
      });
    }
  }
  return reports;
}

/** A client per node sys/ha-status lists (the one given for its own address), for -all-nodes. */
export async function nodeClients(
  client: SysPluginsClient,
  clientAt: (address: string) => SysPluginsClient,
): Promise<SysPluginsClient[]> {
  const list = (await members(client)).filter((m) => m.api_address);
  const others = list.filter((m) => m.api_address !== client.address).map((m) => clientAt(m.api_address));
  return [client, ...others];
}
