// The cluster of one: the embedded store serves a single process, so a global reload has no other node to
// reach (as in Vault Community Edition, where the fan-out is a no-op).
import type { Cluster } from "../../ports/cluster.js";

export function createSingleNode(nodeId: string): Cluster {
  const started = new Date().toISOString();
  let address = "";
  return {
    nodeId,
    clusterId: undefined,
    downAfterMs: 0,
    leader: () => ({ ha_enabled: false }),
    nodes: async () => [{ node_id: nodeId, api_address: address, alive: true, last_heartbeat: started }],
    publish: async () => [],
    unfinished: async () => ({}),
    start: async (_work, apiAddress) => {
      address = apiAddress;
    },
    close: async () => {},
  };
}
