// The cluster port: the nodes that serve one shared storage, and the delivery of global reloads to them.
// Each server process is a node with its own id and its own plugin runtime. A reload with scope=global is
// recorded for every live node and announced; each node runs it on its own runtime and records its own
// result (through the storage port's reloads). A node that missed the announcement finds the reload in the
// shared state and runs it when it catches up.
//
// Adapters: adapters/cluster/single-node.ts (one process on the embedded store: a global reload reaches
// only this node) and adapters/cluster/postgres-cluster.ts (nodes, heartbeats and deliveries in
// PostgreSQL, announced with LISTEN/NOTIFY).

/** What a reload acts on, as its request named it. */
export type ReloadTarget = { plugin: { type: string; name: string } } | { mounts: string[] };

export interface NodeStatus {
  node_id: string;
  api_address: string;
  /** The host the node's process runs on (os.hostname(), as Vault's nodes report theirs). */
  hostname: string;
  /** The product version the node serves (its flavour's: "1.20.0", "2.7.2"). */
  version: string;
  /** A heartbeat within the timeout, and not stopped. */
  alive: boolean;
  /** RFC 3339. */
  last_heartbeat: string;
}

/** Who the cluster is, as sys/seal-status and sys/health report it: made once, kept with the data. */
export interface ClusterIdentity {
  /** "vault-cluster-" and 8 hex digits, as Vault and OpenBao name a cluster that was given no name. */
  cluster_name: string;
  cluster_id: string;
}

export type Leader =
  | { ha_enabled: false }
  | {
      ha_enabled: true;
      is_self: true;
      active_time: string;
      leader_address: string;
      leader_cluster_address: string;
      performance_standby: false;
      performance_standby_last_remote_wal: 0;
    };

/** A node's entry in a reload's status, as the status endpoint reports it. */
export interface NodeResult {
  timestamp: string;
  error: string;
}

/** Runs a reload delivered to this node and records its result; throws when it could not (try again). */
export type DeliveredReload = (reloadId: string, target: ReloadTarget) => Promise<void>;

/** What a node does for the cluster. */
export interface NodeWork {
  reload: DeliveredReload;
  /**
   * Another node enabled or disabled mounts, or wrote database connections: set up what this node does not
   * run, stop what is gone or changed.
   */
  mountsChanged(): Promise<void>;
  /** Another process holds this node's id now: this one must stop serving (the reason says so). */
  fenced?(reason: string): void;
  /**
   * Another node wrote or deleted a key of an external plugin's storage (`key` "" when it was too long to
   * announce): the plugin this node runs on that mount is told (Vault's InvalidateKey on standbys).
   */
  entryChanged(mountUuid: string, key: string): Promise<void>;
}

export interface Cluster {
  readonly nodeId: string;
  /**
   * The cluster's id and name: every node reports the same, and they survive restarts (the embedded
   * store keeps them in its data directory, PostgreSQL in cluster_info). Read once, then cached.
   */
  identity(): Promise<ClusterIdentity>;
  /** How long without a heartbeat before a node counts as down, in ms. */
  readonly downAfterMs: number;
  /** What sys/leader reports: every node of a cluster is active, so the node that answers leads. */
  leader(): Leader;
  /** Every node known, this one included, down and stopped ones too (see `alive`). */
  nodes(): Promise<NodeStatus[]>;
  /** Records a global reload for every other live node and announces it; returns the nodes it went to. */
  publish(reloadId: string, target: ReloadTarget): Promise<string[]>;
  /** The nodes a reload went to that have no result yet: still running it, or down. */
  unfinished(reloadId: string): Promise<Record<string, NodeResult>>;
  /** Joins the cluster as the node answering at `apiAddress`: heartbeats, deliveries and mount changes. */
  start(work: NodeWork, apiAddress: string): Promise<void>;
  /** Stops; the node is then reported stopped, not down. */
  close(): Promise<void>;
  /**
   * The cluster's one root token, kept with its shared state: the first node's `proposed` one, or the one
   * an earlier node kept. Absent where the data directory keeps it (a single node).
   */
  keepRootToken?(proposed: { token: string; created: number }): Promise<{ token: string; created: number }>;
}
