// The cluster port on a real PostgreSQL: three nodes (three pools, as three processes have) on one
// database. Time is moved in the table (heartbeat_at), never waited for.
import { hostname } from "node:os";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../logger.js";
import type { Cluster, ReloadTarget } from "../../ports/cluster.js";
import { migrate } from "../../postgres/migrations.js";
import { type PostgresServer, startPostgres } from "../../postgres/server.js";
import { postgresMissing } from "../../testing/postgres.js";
import { createPostgresCluster, NodeIdInUseError } from "./postgres-cluster.js";

interface Node {
  cluster: Cluster;
  pool: pg.Pool;
  ran: { reloadId: string; target: ReloadTarget }[];
  /** When mountsChanged was called. */
  synced: number[];
}

async function until(check: () => Promise<boolean> | boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(postgresMissing("the PostgreSQL cluster tests"))("postgres cluster", () => {
  let server: PostgresServer;
  let databases = 0;
  const logger = createLogger("silent");
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(() => server?.close());

  async function node(url: string, nodeId: string): Promise<Node> {
    const pool = new pg.Pool({ connectionString: url, max: 3 });
    // As the server's storage does: an idle client's lost backend is not an unhandled error.
    pool.on("error", () => {});
    await migrate(pool);
    const cluster = createPostgresCluster({
      pool,
      url,
      nodeId,
      version: "1.20.0",
      logger,
    });
    const ran: Node["ran"] = [];
    const synced: number[] = [];
    await cluster
      .start(
        {
          mountsChanged: async () => {
            synced.push(Date.now());
          },
          entryChanged: async () => {},
          reload: async (reloadId, target) => {
            ran.push({ reloadId, target });
            // As the reload service records a node's result.
            await pool.query(
              "UPDATE reload_deliveries SET done_at = now(), stamp = $3 WHERE reload_id = $1 AND node_id = $2",
              [reloadId, nodeId, new Date().toISOString()],
            );
          },
        },
        `http://${nodeId}`,
      )
      .catch(async (err) => {
        await pool.end();
        throw err;
      });
    return { cluster, pool, ran, synced };
  }
  async function three(): Promise<{ url: string; nodes: Node[]; pool: pg.Pool; close(): Promise<void> }> {
    const url = await server.createDatabase(`cluster${++databases}`);
    const nodes = [await node(url, "n1"), await node(url, "n2"), await node(url, "n3")];
    return {
      url,
      nodes,
      pool: (nodes[0] as Node).pool,
      async close() {
        for (const n of nodes) {
          await n.cluster.close();
          await n.pool.end();
        }
      },
    };
  }

  it("a published reload reaches every other live node, which records its own result", async () => {
    const c = await three();
    try {
      const [n1, n2, n3] = c.nodes as [Node, Node, Node];
      const target = { plugin: { type: "secret", name: "kv" } };
      expect(await n1.cluster.publish("r1", target)).toEqual(["n2", "n3"]);
      await until(() => n2.ran.length === 1 && n3.ran.length === 1, "both deliveries");
      expect(n2.ran).toEqual([{ reloadId: "r1", target }]);
      expect(n1.ran).toEqual([]);
      await until(async () => Object.keys(await n1.cluster.unfinished("r1")).length === 0, "results");
      const { rows } = await c.pool.query(
        "SELECT node_id FROM reload_deliveries WHERE done_at IS NOT NULL ORDER BY 1",
      );
      expect(rows.map((r) => r.node_id)).toEqual(["n2", "n3"]);
      expect((await n3.cluster.nodes()).map((n) => [n.node_id, n.alive])).toEqual([
        ["n1", true],
        ["n2", true],
        ["n3", true],
      ]);
      // What each node said of itself when it joined: its host and its product version.
      expect((await n1.cluster.nodes()).map((n) => [n.hostname, n.version])).toEqual(
        Array(3).fill([hostname(), "1.20.0"]),
      );
      const identity = await n1.cluster.identity();
      expect(identity.cluster_name).toMatch(/^vault-cluster-[0-9a-f]{8}$/);
      expect(await n3.cluster.identity()).toEqual(identity);
    } finally {
      await c.close();
    }
  });

  it("a node that missed the notification finds its delivery in the table", async () => {
    const c = await three();
    try {
      const n2 = c.nodes[1] as Node;
      await c.pool.query(
        `INSERT INTO reloads (reload_id, scope, origin_node, target) VALUES ('quiet', 'global', 'n1', $1)`,
        [JSON.stringify({ mounts: ["kv/"] })],
      );
      await c.pool.query(`INSERT INTO reload_deliveries (reload_id, node_id) VALUES ('quiet', 'n2')`);
      await until(() => n2.ran.length === 1, "the catch-up");
      expect(n2.ran[0]).toEqual({ reloadId: "quiet", target: { mounts: ["kv/"] } });
    } finally {
      await c.close();
    }
  });

  it("a node without a heartbeat for the timeout is down: reported as such, and delivered to for when it is back", async () => {
    const c = await three();
    try {
      const n1 = c.nodes[0] as Node;
      // A node that took a delivery and then stopped beating (killed): still live when the reload went out.
      await c.pool.query("INSERT INTO nodes (node_id, api_address) VALUES ('silent', 'x')");
      expect(await n1.cluster.publish("r2", { mounts: ["a/"] })).toEqual(["n2", "n3", "silent"]);
      expect(await n1.cluster.unfinished("r2")).toMatchObject({
        silent: { error: "reload in progress on this node" },
      });
      await c.pool.query(
        "UPDATE nodes SET heartbeat_at = now() - interval '6 seconds' WHERE node_id = 'silent'",
      );
      await until(async () => Object.keys(await n1.cluster.unfinished("r2")).length === 1, "n2 and n3");
      const { silent } = await n1.cluster.unfinished("r2");
      expect(silent?.error).toMatch(/^node is down: no heartbeat for more than 5s \(last at \d{4}-.*Z\)$/);
      expect(silent?.timestamp).toMatch(/^\d{4}-\d\d-\d\dT/);
      // A later reload goes to it too (it may come back), and the status names it down until then.
      expect(await n1.cluster.publish("r3", { mounts: ["a/"] })).toEqual(["n2", "n3", "silent"]);
      expect((await n1.cluster.unfinished("r3")).silent?.error).toMatch(/^node is down: /);
      expect((await n1.cluster.nodes()).find((n) => n.node_id === "silent")?.alive).toBe(false);
    } finally {
      await c.close();
    }
  });

  it("a change of the mount table, by any node, is announced to every node", async () => {
    const c = await three();
    try {
      const before = c.nodes.map((n) => n.synced.length);
      await c.pool.query(
        "INSERT INTO mounts (mount_table, path, type, accessor, uuid, config) VALUES ('secret', 'm/', 'kv', 'a', 'u', '{}')",
      );
      await until(
        () => c.nodes.every((n, i) => n.synced.length > (before[i] as number)),
        "three announcements",
      );
    } finally {
      await c.close();
    }
  });

  it("a live node's id cannot be taken; a stopped node's can", async () => {
    const c = await three();
    try {
      await expect(node(c.url, "n2")).rejects.toThrow(NodeIdInUseError);
      const n2 = c.nodes[1] as Node;
      await n2.cluster.close();
      const again = await node(c.url, "n2");
      c.nodes[1] = again;
      await n2.pool.end();
      expect((await again.cluster.nodes()).find((n) => n.node_id === "n2")?.alive).toBe(true);
    } finally {
      await c.close();
    }
  });
});
