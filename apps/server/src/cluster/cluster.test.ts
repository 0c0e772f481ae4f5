// End to end: three processes of the built server on one real PostgreSQL. A global reload reaches every
// node and the status has one entry per node; a node killed (-9) in the middle of one shows as down; when
// it starts again it runs what the shared state says.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, startTestCluster, type TestCluster, until } from "../testing/cluster.js";
import { postgresMissing } from "../testing/postgres.js";
import type { ClusterNode } from "./local-cluster.js";

const running = async (n: ClusterNode, path: string) =>
  (await call(n.url, "GET", `sys/mounts/${path}`)).json?.data?.running_plugin_version;

/** The status from `n` once no node is still at it (every entry done, or down). */
async function settled(n: ClusterNode, reloadId: string, nodes: number) {
  return until(async () => {
    const r = await call(n.url, "GET", `sys/plugins/reload/backend/status?reload_id=${reloadId}`);
    const results = r.json?.data?.results ?? {};
    const entries = Object.values(results) as { error: string }[];
    const done = entries.length === nodes && entries.every((e) => !e.error.startsWith("reload in progress"));
    return done && (results as Record<string, { timestamp: string; error: string }>);
  }, `reload ${reloadId} to settle on ${nodes} nodes`);
}

describe.skipIf(postgresMissing("the three-node cluster tests"))("a cluster of three nodes", () => {
  let c: TestCluster;
  let sha: string;
  beforeAll(async () => {
    c = await startTestCluster(3);
    sha = await c.writePlugin("cluster-plugin");
  }, 120_000);
  afterAll(() => c?.close());
  const node = (i: number) => c.nodes[i] as ClusterNode;

  it("each node says who it is, and every node sees what another wrote", async () => {
    for (const [i, n] of c.nodes.entries()) {
      const health = await call(n.url, "GET", "sys/health");
      expect(health.status).toBe(200);
      expect(health.json.node_id).toBe(`node-${i + 1}`);
      // sys/leader, unauthenticated as in Vault: every node is active, so the one that answers leads.
      const leader = await fetch(`${n.url}/v1/sys/leader`).then((r) => r.json());
      expect(leader).toMatchObject({ ha_enabled: true, is_self: true, leader_address: n.url });
    }
    const ids = await Promise.all(
      c.nodes.map(async (n) => (await call(n.url, "GET", "sys/health")).json.cluster_id),
    );
    expect(new Set(ids).size).toBe(1);
    for (const v of ["1.0.0", "1.0.1"]) {
      const r = await call(node(0).url, "POST", "sys/plugins/catalog/secret/cp", {
        sha256: sha,
        command: "cluster-plugin",
        version: v,
      });
      expect(r.status).toBe(204);
    }
    const read = await call(node(2).url, "GET", "sys/plugins/catalog/secret/cp?version=v1.0.1");
    expect(read.json.data).toMatchObject({ name: "cp", version: "v1.0.1", sha256: sha });
  });

  it("every node reports the cluster's one identity, and lists the three live members; a stopped node leaves", async () => {
    const identities = await Promise.all(
      c.nodes.map(async (n) => {
        // Unauthenticated, as in Vault.
        const seal = (await fetch(`${n.url}/v1/sys/seal-status`).then((r) => r.json())) as Record<
          string,
          string
        >;
        const health = (await call(n.url, "GET", "sys/health")).json;
        expect([health.cluster_name, health.cluster_id]).toEqual([seal.cluster_name, seal.cluster_id]);
        expect(seal.storage_type).toBe("postgresql");
        return `${seal.cluster_name} ${seal.cluster_id}`;
      }),
    );
    expect(new Set(identities).size).toBe(1);
    expect(identities[0]).toMatch(/^vault-cluster-[0-9a-f]{8} [0-9a-f-]{36}$/);

    const members = async (n: ClusterNode) => {
      const r = await call(n.url, "GET", "sys/ha-status");
      expect(r.status).toBe(200);
      expect(r.json.nodes).toEqual(r.json.data.nodes);
      return r.json.data.nodes as { api_address: string; active_node: boolean; last_echo: string | null }[];
    };
    const urls = c.nodes.map((n) => n.url).sort();
    for (const n of c.nodes) {
      const seen = await members(n);
      expect(seen.map((m) => m.api_address)).toEqual(urls);
      // The node that answers is the active one (as its sys/leader says); the others were heard from.
      for (const m of seen) {
        expect(m).toMatchObject({
          cluster_address: "",
          version: "1.20.0",
          active_node: m.api_address === n.url,
        });
        if (m.active_node) expect(m.last_echo).toBeNull();
        else expect(Date.now() - Date.parse(m.last_echo as string)).toBeLessThan(60_000);
      }
    }

    // Stopped cleanly, node-3 leaves at once; started again, it is back.
    await node(2).kill("SIGTERM");
    expect((await members(node(0))).map((m) => m.api_address)).toEqual([node(0).url, node(1).url].sort());
    await node(2).start();
    expect((await members(node(0))).map((m) => m.api_address)).toEqual(urls);
  });

  it("a token and a policy made on one node work on the others; revoked on one, it is gone on all", async () => {
    const put = await call(node(0).url, "PUT", "sys/policies/acl/cluster-reader", {
      policy: 'path "sys/plugins/catalog" { capabilities = ["read"] }',
    });
    expect(put.status).toBe(204);
    const made = await call(node(0).url, "POST", "auth/token/create", { policies: ["cluster-reader"] });
    const token = made.json.auth.client_token as string;
    const as = (n: ClusterNode, path: string) =>
      fetch(`${n.url}/v1/${path}`, { headers: { "X-Vault-Token": token } }).then((r) => r.status);
    for (const n of c.nodes) {
      expect(await as(n, "sys/plugins/catalog")).toBe(200);
      expect(await as(n, "sys/mounts")).toBe(403);
    }
    expect((await call(node(2).url, "POST", "auth/token/revoke", { token })).status).toBe(204);
    for (const n of c.nodes) expect(await as(n, "auth/token/lookup-self")).toBe(403);
  });

  it("a reload without scope acts on the node that took it; scope=global reaches all three", async () => {
    const enabled = await call(node(1).url, "POST", "sys/mounts/cp", {
      type: "cp",
      config: { plugin_version: "1.0.0" },
    });
    expect(enabled.status).toBe(204);
    // The other nodes set the new mount up as soon as they hear of it, as Vault's standbys do.
    await until(
      async () => (await Promise.all(c.nodes.map((n) => running(n, "cp")))).every((v) => v === "v1.0.0"),
      "every node to run the new mount",
    );
    // Tuning to v1.0.1 starts nothing new anywhere.
    expect((await call(node(0).url, "POST", "sys/mounts/cp/tune", { plugin_version: "1.0.1" })).status).toBe(
      204,
    );

    const local = await call(node(2).url, "POST", "sys/plugins/reload/backend", { plugin: "cp" });
    expect(local.status).toBe(200);
    const localStatus = await call(
      node(0).url,
      "GET",
      `sys/plugins/reload/backend/status?reload_id=${local.json.data.reload_id}`,
    );
    expect(Object.keys(localStatus.json.data.results)).toEqual(["node-3"]);
    expect(await Promise.all(c.nodes.map((n) => running(n, "cp")))).toEqual(["v1.0.0", "v1.0.0", "v1.0.1"]);

    const global = await call(node(1).url, "POST", "sys/plugins/reload/secret/cp", { scope: "global" });
    expect(global.status).toBe(202);
    const results = await settled(node(2), global.json.data.reload_id, 3);
    expect(Object.keys(results).sort()).toEqual(["node-1", "node-2", "node-3"]);
    for (const r of Object.values(results)) {
      expect(r.error).toBe("");
      expect(Date.parse(r.timestamp)).toBeGreaterThan(Date.now() - 60_000);
    }
    expect(await Promise.all(c.nodes.map((n) => running(n, "cp")))).toEqual(["v1.0.1", "v1.0.1", "v1.0.1"]);
  });

  it("a connection's plugin_version written on one node: every node runs the new version", async () => {
    const db = await c.writePlugin("cluster-db");
    for (const version of ["v1.0.0", "v1.0.1"]) {
      const body = { sha256: db, command: "cluster-db", version };
      expect((await call(node(0).url, "POST", "sys/plugins/catalog/database/cdb", body)).status).toBe(204);
    }
    expect((await call(node(0).url, "POST", "sys/mounts/db", { type: "database" })).status).toBe(204);
    const config = {
      plugin_name: "cdb",
      plugin_version: "v1.0.0",
      connection_url: "x",
      verify_connection: false,
    };
    expect((await call(node(0).url, "POST", "db/config/conn", config)).status).toBe(204);
    const runningConn = async (n: ClusterNode) =>
      (await call(n.url, "GET", "db/config/conn")).json?.data?.running_plugin_version;
    // A read starts the connection on a node that does not run it yet.
    expect(await Promise.all(c.nodes.map(runningConn))).toEqual(["v1.0.0", "v1.0.0", "v1.0.0"]);

    expect((await call(node(1).url, "POST", "db/config/conn", { plugin_version: "v1.0.1" })).status).toBe(
      204,
    );
    // The others hear of the write, stop what they ran, and start the stored config on the next read.
    await until(
      async () => (await Promise.all(c.nodes.map(runningConn))).every((v) => v === "v1.0.1"),
      "every node to run the connection's new version",
    );
    const read = await call(node(2).url, "GET", "db/config/conn");
    expect(read.json.data).toMatchObject({
      plugin_version: "v1.0.1",
      connection_details: { connection_url: "x" },
    });
    expect((await call(node(2).url, "DELETE", "sys/mounts/db")).status).toBe(204);
  });

  it("a node killed in the middle of a global reload shows as down; started again it runs the shared state", async () => {
    expect((await call(node(0).url, "POST", "sys/mounts/cp/tune", { plugin_version: "1.0.0" })).status).toBe(
      204,
    );
    // Frozen, node-3 still counts as live (its last heartbeat is fresh) and is given the reload, which it
    // never runs: it is killed before it can.
    node(2).child?.kill("SIGSTOP");
    const reload = await call(node(0).url, "POST", "sys/plugins/reload/backend", {
      mounts: ["cp"],
      scope: "global",
    });
    expect(reload.status).toBe(202);
    const reloadId = reload.json.data.reload_id as string;
    await node(2).kill("SIGKILL");

    const results = await until(async () => {
      const r = await call(node(1).url, "GET", `sys/plugins/reload/backend/status?reload_id=${reloadId}`);
      const all = r.json?.data?.results ?? {};
      return all["node-3"]?.error.startsWith("node is down") && all["node-1"] && all["node-2"] && all;
    }, "node-3 to show as down");
    expect(results["node-1"].error).toBe("");
    expect(results["node-2"].error).toBe("");
    expect(results["node-3"].error).toMatch(/^node is down: no heartbeat for more than 5s \(last at .*\)$/);
    // Down, it is no longer a member (Vault forgets a standby whose echoes stopped, after 15 s).
    const members = (await call(node(0).url, "GET", "sys/ha-status")).json.data.nodes;
    expect(members.map((m: { api_address: string }) => m.api_address)).toEqual(
      [node(0).url, node(1).url].sort(),
    );
    expect(await Promise.all([running(node(0), "cp"), running(node(1), "cp")])).toEqual(["v1.0.0", "v1.0.0"]);

    await node(2).start();
    // At start it sets its mounts up from the shared state (the configured v1.0.0), then takes the reload
    // it missed and records its own result.
    expect(await running(node(2), "cp")).toBe("v1.0.0");
    const after = await settled(node(2), reloadId, 3);
    expect(after["node-3"]?.error).toBe("");
  });
});
