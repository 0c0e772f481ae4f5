// GET sys/health: always initialised, unsealed and active.
import { handler } from "../http/contract-types.js";
import type { Cluster } from "../ports/cluster.js";
import type { Flavor } from "../ports/flavor.js";

/** The node that answered, and the cluster it belongs to (not in Vault's body: sysplugins runs several nodes that all serve). */
export function healthHandlers(flavor: Flavor, cluster: Pick<Cluster, "nodeId" | "identity">) {
  return {
    read: handler("health", async () => ({
      raw: true,
      data: {
        initialized: true,
        sealed: false,
        standby: false,
        replication_performance_mode: "disabled",
        replication_dr_mode: "disabled",
        server_time_utc: Math.floor(Date.now() / 1000),
        ...flavor.health(),
        ...(await cluster.identity()),
        node_id: cluster.nodeId,
      },
    })),
  };
}
