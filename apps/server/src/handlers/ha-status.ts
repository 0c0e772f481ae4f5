// GET sys/ha-status: the nodes of the cluster, as the answering node sees them (`operator members`).
// Every node of a sysplugins cluster serves, so the node that answers is the active one, as sys/leader
// says; the others are the live nodes whose heartbeat it can read, each with its last heartbeat as the
// echo Vault's standbys send. A single node lists itself, as Vault's and OpenBao's non-HA servers do.
import { handler } from "../http/contract-types.js";
import type { Cluster } from "../ports/cluster.js";

export function haStatusHandlers(cluster: Pick<Cluster, "nodeId" | "nodes">) {
  return {
    read: handler("ha-status", async () => {
      const nodes = (await cluster.nodes())
        .filter((n) => n.alive || n.node_id === cluster.nodeId)
        .map((n) => {
          const self = n.node_id === cluster.nodeId;
          return {
            hostname: n.hostname,
            api_address: n.api_address,
            cluster_address: "",
            active_node: self,
            last_echo: self ? null : n.last_heartbeat,
            version: n.version,
          };
        })
        // Vault sorts by API address (vault/ha.go getHAMembers).
        .sort((a, b) => (a.api_address < b.api_address ? -1 : a.api_address > b.api_address ? 1 : 0));
      return { data: { nodes }, dataAtTop: true };
    }),
  };
}
