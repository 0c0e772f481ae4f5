// The cluster port on PostgreSQL (ports/cluster.ts). The tables are the source of truth: `nodes` (a row
// per node, its heartbeat moved every HEARTBEAT_MS), `reloads` and `reload_deliveries` (a row per node a
// global reload went to; done_at is set when that node has recorded its result). A NOTIFY on commit wakes
// the other nodes at once; a node also looks for work when it starts, after its listening connection comes
// back, and every CATCH_UP_MS, so a missed notification only delays a delivery.
//
// A global reload goes to every node that has not stopped, down ones included: a node paused or cut off
// for a while runs it when it is back, and until then the status names it down. A node's id is fenced:
// the node holds an advisory lock on it for as long as its listening session lives, so a second process
// with the same id is refused while the first lives (and accepted as soon as it is gone, kill -9
// included); a node that finds its lock or its row taken by another process stops serving.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import pg from "pg";
import type { Logger } from "../../logger.js";
import type {
  Cluster,
  ClusterIdentity,
  NodeResult,
  NodeStatus,
  NodeWork,
  ReloadTarget,
} from "../../ports/cluster.js";
import { checkOut, isConnectionError, unavailable } from "../storage/postgres/postgres-storage.js";

/** A failure to reach PostgreSQL is the storage being away (503), as in the storage adapter. */
const orUnavailable = (err: unknown): never => {
  throw isConnectionError(err) ? unavailable() : err;
};

const CHANNEL = "sysplugins_reload";
/** Announced by the triggers of the mounts table (migration 3) and of the connections table (migration 5). */
const MOUNTS_CHANNEL = "sysplugins_mounts";
/** Keys of external plugins' storage written on a node: "<mount uuid>/<key>" (migration 7). */
const ENTRIES_CHANNEL = "sysplugins_entries";
export const HEARTBEAT_MS = 1_000;
/** A node that has not moved its heartbeat for this long is reported down. */
export const DOWN_AFTER_MS = 5_000;
/** The advisory locks on node ids: (this class, hashtext(node id)). */
const NODE_LOCK_CLASS = 0x534e_4944;
const CATCH_UP_MS = 2_000;
const RECONNECT_MS = 500;

export class NodeIdInUseError extends Error {}

export interface PostgresClusterOptions {
  pool: pg.Pool;
  /** For the listening connection, which is not pooled. */
  url: string;
  nodeId: string;
  /** The product version this node serves, as it reports itself to the others. */
  version: string;
  logger: Logger;
  /** How often this node moves its heartbeat (--cluster-heartbeat). */
  heartbeatMs?: number;
  /** After how long without a heartbeat a node is reported down (--cluster-down-after). */
  downAfterMs?: number;
  /** How this node's sessions name themselves to PostgreSQL (pg_stat_activity). */
  applicationName?: string;
}

const iso = (d: Date | null) => (d ? d.toISOString() : "");

export function createPostgresCluster({
  pool,
  url,
  nodeId,
  version,
  logger,
  heartbeatMs = HEARTBEAT_MS,
  downAfterMs = DOWN_AFTER_MS,
  applicationName = `sysplugins ${nodeId}`,
}: PostgresClusterOptions): Cluster {
  const instance = randomUUID();
  const timers: NodeJS.Timeout[] = [];
  let listener: pg.Client | undefined;
  let work: NodeWork | undefined;
  let closed = false;
  let catching: Promise<void> | undefined;
  let again = false;
  let identity: ClusterIdentity | undefined;
  let address = "";
  let activeSince = "";
  let fenced = false;

  /** Another process holds this node's id: stop working for the cluster and say so, once. */
  function fence(reason: string): void {
    if (fenced || closed) return;
    fenced = true;
    logger.error("fenced", { reason });
    work?.fenced?.(reason);
  }
  const takenOver = () =>
    `node id ${JSON.stringify(nodeId)} is now held by another process: this one stops serving`;

  /** Runs this node's undelivered reloads, oldest first. One pass at a time; a request during a pass queues one more. */
  function catchUp(): Promise<void> {
    if (catching) {
      again = true;
      return catching;
    }
    catching = (async () => {
      do {
        again = false;
        const { rows } = await pool.query<{ reload_id: string; target: ReloadTarget }>(
          `SELECT d.reload_id, r.target FROM reload_deliveries d JOIN reloads r USING (reload_id)
           WHERE d.node_id = $1 AND d.done_at IS NULL ORDER BY r.seq`,
          [nodeId],
        );
        for (const row of rows) {
          if (closed || fenced) return;
          await (work as NodeWork).reload(row.reload_id, row.target);
        }
      } while (again && !closed);
    })()
      .catch((err: Error) => logger.warn("reload delivery deferred", { error: err.message }))
      .finally(() => {
        catching = undefined;
      });
    return catching;
  }

  /**
   * The listening session, which also holds this node's lock. At the first connection a lock held by
   * another session refuses the start; later (the session came back) it fences this node.
   */
  async function listen(first = false): Promise<void> {
    if (closed || fenced) return;
    const client = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: 5_000,
      application_name: applicationName,
    });
    let gone = false;
    // Once per connection, however many errors it reports (the listener stays: an unheard error would end
    // the process).
    const retry = () => {
      if (gone) return;
      gone = true;
      if (listener === client) listener = undefined;
      client.end().catch(() => {});
      if (!closed && !fenced) timers.push(setTimeout(() => void listen(), RECONNECT_MS));
    };
    client.on("error", retry);
    client.on("notification", (n) => {
      if (n.channel === MOUNTS_CHANNEL) void mountsChanged();
      else if (n.channel === ENTRIES_CHANNEL) void entryChanged(n.payload ?? "");
      else void catchUp();
    });
    try {
      await client.connect();
      const { rows } = await client.query<{ locked: boolean }>(
        "SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked",
        [NODE_LOCK_CLASS, nodeId],
      );
      if (!rows[0]?.locked) {
        gone = true;
        await client.end().catch(() => {});
        if (first) {
          throw new NodeIdInUseError(
            `node id ${JSON.stringify(nodeId)} is held by a live process (its session in PostgreSQL holds the node's lock): stop it, or give this node its own --node-id`,
          );
        }
        fence(takenOver());
        return;
      }
      if (!first) {
        const row = await client.query<{ instance: string }>(
          "SELECT instance FROM nodes WHERE node_id = $1",
          [nodeId],
        );
        if (row.rows[0] && row.rows[0].instance !== instance) {
          gone = true;
          await client.end().catch(() => {});
          fence(takenOver());
          return;
        }
      }
      await client.query(`LISTEN ${CHANNEL}; LISTEN ${MOUNTS_CHANNEL}; LISTEN ${ENTRIES_CHANNEL}`);
      listener = client;
      // What was announced while this connection was away (at the first connection, start() does it).
      if (!first) {
        void catchUp();
        void mountsChanged();
      }
    } catch (err) {
      if (err instanceof NodeIdInUseError) throw err;
      if (first) {
        gone = true;
        await client.end().catch(() => {});
        throw err;
      }
      retry();
    }
  }

  let syncing: Promise<void> | undefined;
  let syncAgain = false;
  /** One pass at a time over the mount table; changes during a pass queue one more. */
  function mountsChanged(): Promise<void> {
    if (syncing) {
      syncAgain = true;
      return syncing;
    }
    syncing = (async () => {
      do {
        syncAgain = false;
        if (!closed) await (work as NodeWork).mountsChanged();
      } while (syncAgain && !closed);
    })()
      .catch((err: Error) => logger.warn("mount changes deferred", { error: err.message }))
      .finally(() => {
        syncing = undefined;
      });
    return syncing;
  }

  async function entryChanged(payload: string): Promise<void> {
    const slash = payload.indexOf("/");
    if (slash <= 0 || closed || !work) return;
    await work
      .entryChanged(payload.slice(0, slash), payload.slice(slash + 1))
      .catch((err: Error) => logger.warn("plugin invalidation failed", { error: err.message }));
  }

  async function heartbeat(): Promise<void> {
    if (fenced) return;
    const { rowCount } = await pool.query(
      "UPDATE nodes SET heartbeat_at = now(), stopped_at = NULL WHERE node_id = $1 AND instance = $2",
      [nodeId, instance],
    );
    // Another process has written its own instance into this node's row: it holds the id now.
    if (rowCount === 0) fence(takenOver());
  }

  /** Read once: the id and name never change. */
  async function readIdentity(): Promise<ClusterIdentity> {
    if (!identity) {
      const { rows } = await pool
        .query<ClusterIdentity>("SELECT cluster_name, cluster_id FROM cluster_info")
        .catch(orUnavailable);
      identity = rows[0];
      if (!identity) throw new Error("cluster_info holds no row: the schema was changed by hand");
    }
    return identity;
  }

  const aliveSql = `(stopped_at IS NULL AND heartbeat_at > now() - make_interval(secs => ${downAfterMs / 1000}))`;

  return {
    nodeId,
    identity: readIdentity,
    downAfterMs,
    leader: () => ({
      ha_enabled: true,
      is_self: true,
      active_time: activeSince,
      leader_address: address,
      leader_cluster_address: "",
      performance_standby: false,
      performance_standby_last_remote_wal: 0,
    }),

    async nodes(): Promise<NodeStatus[]> {
      const { rows } = await pool
        .query<{
          node_id: string;
          api_address: string;
          hostname: string;
          version: string;
          alive: boolean;
          heartbeat_at: Date;
        }>(
          `SELECT node_id, api_address, hostname, version, ${aliveSql} AS alive, heartbeat_at
           FROM nodes ORDER BY node_id`,
        )
        .catch(orUnavailable);
      return rows.map(({ heartbeat_at, ...r }) => ({ ...r, last_heartbeat: iso(heartbeat_at) }));
    },

    async publish(reloadId: string, target: ReloadTarget): Promise<string[]> {
      const { client, done } = await checkOut(pool);
      let broken: Error | undefined;
      try {
        await client.query("BEGIN");
        await client.query(
          `INSERT INTO reloads (reload_id, scope, origin_node, target) VALUES ($1, 'global', $2, $3)
           ON CONFLICT (reload_id) DO UPDATE SET scope = 'global', target = EXCLUDED.target`,
          [reloadId, nodeId, JSON.stringify(target)],
        );
        const { rows } = await client.query<{ node_id: string }>(
          `INSERT INTO reload_deliveries (reload_id, node_id)
           SELECT $1, node_id FROM nodes WHERE node_id <> $2 AND stopped_at IS NULL
           ON CONFLICT DO NOTHING RETURNING node_id`,
          [reloadId, nodeId],
        );
        // Delivered when the transaction commits, and only then.
        await client.query("SELECT pg_notify($1, $2)", [CHANNEL, reloadId]);
        await client.query("COMMIT");
        return rows.map((r) => r.node_id).sort();
      } catch (err) {
        await client.query("ROLLBACK").catch((e: Error) => {
          broken = e;
        });
        return orUnavailable(err);
      } finally {
        done(broken);
      }
    },

    async unfinished(reloadId: string): Promise<Record<string, NodeResult>> {
      const { rows } = await pool
        .query<{
          node_id: string;
          alive: boolean | null;
          heartbeat_at: Date | null;
          created_at: Date;
        }>(
          `SELECT d.node_id, ${aliveSql} AS alive, n.heartbeat_at, r.created_at
         FROM reload_deliveries d JOIN reloads r USING (reload_id) LEFT JOIN nodes n USING (node_id)
         WHERE d.reload_id = $1 AND d.done_at IS NULL`,
          [reloadId],
        )
        .catch(orUnavailable);
      const out: Record<string, NodeResult> = {};
      for (const r of rows) {
        out[r.node_id] = r.alive
          ? { timestamp: iso(r.created_at), error: "reload in progress on this node" }
          : {
              timestamp: iso(r.heartbeat_at),
              error: `node is down: no heartbeat for more than ${downAfterMs / 1000}s (last at ${iso(r.heartbeat_at) || "never"})`,
            };
      }
      return out;
    },

    async start(nodeWork: NodeWork, apiAddress: string): Promise<void> {
      work = nodeWork;
      address = apiAddress;
      activeSince = new Date().toISOString();
      await readIdentity();
      // The lock first: while it is held no other process can have this id; once held, whatever process
      // had the id before is gone (its session ended), so the row is this process's to take.
      await listen(true);
      await pool.query(
        `INSERT INTO nodes (node_id, api_address, instance, hostname, version) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (node_id) DO UPDATE SET api_address = EXCLUDED.api_address, instance = EXCLUDED.instance,
           hostname = EXCLUDED.hostname, version = EXCLUDED.version,
           started_at = now(), heartbeat_at = now(), stopped_at = NULL`,
        [nodeId, apiAddress, instance, hostname(), version],
      );
      timers.push(
        setInterval(() => {
          heartbeat().catch((err: Error) => logger.debug("heartbeat failed", { error: err.message }));
        }, heartbeatMs),
        setInterval(() => void catchUp(), CATCH_UP_MS),
      );
      await catchUp();
    },

    async keepRootToken(proposed) {
      const { rows } = await pool
        .query<{ root_token: string; root_token_created: string }>(
          `UPDATE cluster_info SET root_token = COALESCE(root_token, $1),
             root_token_created = COALESCE(root_token_created, $2)
           RETURNING root_token, root_token_created`,
          [proposed.token, proposed.created],
        )
        .catch(orUnavailable);
      const row = rows[0];
      if (!row) throw new Error("cluster_info holds no row: the schema was changed by hand");
      return { token: row.root_token, created: Number(row.root_token_created) };
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      for (const t of timers) clearTimeout(t);
      await catching;
      await syncing;
      await listener?.end().catch(() => {});
      await pool
        .query("UPDATE nodes SET stopped_at = now() WHERE node_id = $1 AND instance = $2", [nodeId, instance])
        .catch(() => {});
    },
  };
}
