// The cluster of one: the embedded store serves a single process, so a global reload has no other node to
// reach (as in Vault Community Edition, where the fan-out is a no-op), and the only member is this node.
// The cluster's identity is kept in the data directory (cluster.json), beside the data it names, so that
// sys/seal-status and sys/health report the same id and name after a restart, as Vault's do.
import { randomBytes, randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { join } from "node:path";
import type { Cluster, ClusterIdentity } from "../../ports/cluster.js";
import { DurableJsonFile } from "../storage/durable/durable-json-file.js";

export interface SingleNodeOptions {
  /** The product version this node serves. */
  version: string;
  /** Where the identity is kept; without it the identity lives as long as the process. */
  dataDir?: string;
}

/** A new identity, named as Vault and OpenBao name a cluster given no cluster_name. */
export const newIdentity = (): ClusterIdentity => ({
  cluster_name: `vault-cluster-${randomBytes(4).toString("hex")}`,
  cluster_id: randomUUID(),
});

const isIdentity = (v: unknown): v is ClusterIdentity => {
  const o = v as Partial<ClusterIdentity> | null;
  return (
    typeof o?.cluster_name === "string" &&
    o.cluster_name !== "" &&
    typeof o.cluster_id === "string" &&
    o.cluster_id !== ""
  );
};

async function keepIdentity(dataDir: string): Promise<ClusterIdentity> {
  const file = new DurableJsonFile<ClusterIdentity>(join(dataDir, "cluster.json"));
  const kept = await file.read().catch((err: Error) => {
    if (err instanceof SyntaxError) return {};
    throw err;
  });
  if (kept === null) {
    const made = newIdentity();
    await file.write(made);
    return made;
  }
  if (!isIdentity(kept)) {
    throw new Error(`${file.file} does not hold a cluster_name and a cluster_id; remove it to make new ones`);
  }
  return { cluster_name: kept.cluster_name, cluster_id: kept.cluster_id };
}

export function createSingleNode(nodeId: string, { version, dataDir }: SingleNodeOptions): Cluster {
  const started = new Date().toISOString();
  const host = hostname();
  let address = "";
  let kept: Promise<ClusterIdentity> | undefined;
  const identity = () => {
    if (!kept) {
      const reading = dataDir ? keepIdentity(dataDir) : Promise.resolve(newIdentity());
      kept = reading;
      // A failed read is not kept: the next request tries again.
      reading.catch(() => {
        if (kept === reading) kept = undefined;
      });
    }
    return kept;
  };
  return {
    nodeId,
    identity,
    downAfterMs: 0,
    leader: () => ({ ha_enabled: false }),
    nodes: async () => [
      {
        node_id: nodeId,
        api_address: address,
        hostname: host,
        version,
        alive: true,
        last_heartbeat: started,
      },
    ],
    publish: async () => [],
    unfinished: async () => ({}),
    async start(_work, apiAddress) {
      address = apiAddress;
      await identity();
    },
    close: async () => {},
  };
}
