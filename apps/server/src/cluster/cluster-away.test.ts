// Nodes that were away, on three processes of the built server and a real PostgreSQL, with real faults
// (issue #24 items 1, 7, 11): a node paused with SIGSTOP past the down threshold, PostgreSQL stopped for
// 7 s, a node killed with -9 and started again at once, a replacement started with a paused node's id,
// and nodes started without a root token. The thresholds are settings: 250 ms heartbeats, down after 2 s,
// so the pauses take seconds (63c0e98 ignores the settings and keeps 1 s and 5 s, which the 6 s pause and
// the 7 s outage exceed as well).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, startTestCluster, type TestCluster, TOKEN, until } from "../testing/cluster.js";
import { postgresMissing } from "../testing/postgres.js";
import type { ClusterNode } from "./local-cluster.js";

const thresholds = { SYSPLUGINS_CLUSTER_HEARTBEAT: "250ms", SYSPLUGINS_CLUSTER_DOWN_AFTER: "2s" };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Results = Record<string, { timestamp: string; error: string }>;
const statusOf = async (n: ClusterNode, reloadId: string): Promise<Results> =>
  (await call(n.url, "GET", `sys/plugins/reload/backend/status?reload_id=${reloadId}`)).json?.data?.results ??
  {};
const globalReload = async (n: ClusterNode): Promise<string> => {
  const r = await call(n.url, "POST", "sys/plugins/reload/backend", { plugin: "kv", scope: "global" });
  expect(r.status).toBe(202);
  return r.json.data.reload_id;
};
/** Whether `n`'s sys/ha-status lists `other` as a live member. */
const lists = async (n: ClusterNode, other: ClusterNode) =>
  ((await call(n.url, "GET", "sys/ha-status")).json?.nodes ?? []).some(
    (m: { api_address: string }) => m.api_address === other.url,
  );
const everyNodeDone = (nodes: ClusterNode[]) => (results: Results) =>
  nodes.every((n) => results[n.nodeId]?.error === "");

describe.skipIf(postgresMissing("the cluster tests of nodes that were away"))("nodes that were away", () => {
  let c: TestCluster;
  beforeAll(async () => {
    c = await startTestCluster(3, { rootToken: TOKEN, env: thresholds });
  }, 120_000);
  afterAll(() => c?.close());
  const node = (i: number) => c.nodes[i] as ClusterNode;

  it("a global reload while a node is paused past the down threshold: named down, delivered once it is back", async () => {
    const paused = node(1);
    paused.child?.kill("SIGSTOP");
    let resumed = false;
    try {
      await until(async () => !(await lists(node(0), paused)), "node-2 to be down in node-1's eyes");
      const reloadId = await globalReload(node(0));
      const meanwhile = await statusOf(node(0), reloadId);
      // The status names the node and why it has not run the reload.
      expect(meanwhile["node-2"]?.error).toMatch(/^node is down: no heartbeat for more than 2s/);
      paused.child?.kill("SIGCONT");
      resumed = true;
      const results = await until(
        async () => everyNodeDone(c.nodes.slice(0, 3))(await statusOf(node(2), reloadId)) && true,
        "the reload on node-2 once it is back",
      ).then(() => statusOf(node(2), reloadId));
      expect(Object.keys(results).sort()).toEqual(["node-1", "node-2", "node-3"]);
      console.log("paused node: 1 global reload published while it was down, 0 missed after it came back");
    } finally {
      if (!resumed) paused.child?.kill("SIGCONT");
    }
  }, 60_000);

  it("a global reload right after a 7 s PostgreSQL outage reaches all three nodes", async () => {
    await c.postgres.stop();
    // The outage is the fault: longer than the down threshold (both 2 s and 63c0e98's 5 s).
    await sleep(7_000);
    await c.postgres.start();
    // The first node that can write publishes at once, before the others' heartbeats have moved.
    const reloadId = await until(async () => {
      const r = await call(node(0).url, "POST", "sys/plugins/reload/backend", {
        plugin: "kv",
        scope: "global",
      });
      return r.status === 202 && (r.json.data.reload_id as string);
    }, "node-1 to publish after the outage");
    await until(
      async () => everyNodeDone(c.nodes.slice(0, 3))(await statusOf(node(0), reloadId)),
      "the reload on all three nodes",
    );
  }, 60_000);

  it("a node killed with -9 and started again at once is accepted", async () => {
    const n = node(2);
    await n.kill("SIGKILL");
    await n.start();
    expect((await call(n.url, "GET", "sys/health")).json.node_id).toBe("node-3");
    await until(async () => (await lists(node(0), n)) && true, "node-3 listed again");
  }, 60_000);

  it("a second process with a live node's id is refused, naming a live process", async () => {
    const rogue = await c.extraNode("node-1");
    await expect(rogue.start()).rejects.toThrow(/node id "node-1" is held by a live process/);
  }, 60_000);

  it("a paused node whose id another process took meanwhile stops serving once it runs again", async () => {
    const stale = node(1);
    stale.child?.kill("SIGSTOP");
    let resumed = false;
    try {
      await until(async () => !(await lists(node(0), stale)), "node-2 to be down");
      // Its connections to PostgreSQL are cut (a network partition would end them the same way), so the
      // lock on its id is free, and a replacement takes the id.
      expect(await c.postgres.terminate("sysplugins node-2 ")).toBeGreaterThan(0);
      const replacement = await c.extraNode("node-2");
      await replacement.start();
      stale.child?.kill("SIGCONT");
      resumed = true;
      const exited = await until(async () => stale.child === undefined, "the stale node-2 to stop");
      expect(exited).toBe(true);
      expect(stale.output()).toMatch(/node id "node-2" is now held by another process/);
      // The others see the replacement's address for node-2, and a global reload reaches it.
      await until(async () => (await lists(node(0), replacement)) && true, "the replacement listed");
      const reloadId = await globalReload(node(0));
      await until(
        async () => everyNodeDone([node(0), replacement, node(2)])(await statusOf(node(0), reloadId)),
        "the reload on the replacement",
      );
    } finally {
      if (!resumed) stale.child?.kill("SIGCONT");
    }
  }, 90_000);
});

describe.skipIf(postgresMissing("the cluster root token test"))(
  "a cluster started without a root token",
  () => {
    let c: TestCluster;
    beforeAll(async () => {
      c = await startTestCluster(3, { env: thresholds });
    }, 120_000);
    afterAll(() => c?.close());

    it("has one root token, which every node accepts", async () => {
      const tokens = c.nodes.map((n) => /export VAULT_TOKEN='([^']+)'/.exec(n.output())?.[1]);
      expect(tokens[0]).toBeTruthy();
      expect(new Set(tokens).size).toBe(1);
      for (const n of c.nodes) {
        const r = await fetch(`${n.url}/v1/auth/token/lookup-self`, {
          headers: { "X-Vault-Token": tokens[0] as string },
        });
        expect(r.status).toBe(200);
      }
    });
  },
);
