// Plugins as processes on a cluster: two nodes of the built server on one real PostgreSQL, each running
// its own process of the project's real secrets plugin over the shared storage. A write through one node
// is read through the other, and the other's plugin is told of the key (InvalidateKey, as Vault tells its
// standbys), so a plugin that caches what it read does not serve a stale copy.
import { buildPlugins, findGo, type PluginBinary } from "@sysplugins/plugins";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, startTestCluster, type TestCluster, TOKEN, until } from "../testing/cluster.js";
import { postgresMissing } from "../testing/postgres.js";
import type { ClusterNode } from "./local-cluster.js";

const go = findGo();
if (!go && process.env.CI) throw new Error("CI must run the cluster plugin tests: go is not installed");
if (!go) console.warn("skipping the cluster plugin tests: go is not installed (it builds the test plugins)");

describe.skipIf(!go || postgresMissing("the cluster plugin tests"))(
  "plugins on a cluster of two nodes",
  () => {
    let c: TestCluster;
    let secret: PluginBinary;
    beforeAll(async () => {
      c = await startTestCluster(2, { rootToken: TOKEN, pluginRuntime: "process" });
      const built = await buildPlugins(c.pluginDirectory);
      secret = built.find((b) => b.name === "sysplugins-secret" && b.version === "v1.0.0") as PluginBinary;
    }, 300_000);
    afterAll(() => c?.close());
    const node = (i: number) => c.nodes[i] as ClusterNode;
    const invalidated = async (n: ClusterNode) =>
      ((await call(n.url, "GET", "kv/invalidations")).json?.data?.keys ?? []) as string[];

    it("each node runs its own process; a write on one is read and invalidated on the other", async () => {
      const reg = await call(node(0).url, "POST", "sys/plugins/catalog/secret/shared", {
        sha256: secret.sha256,
        command: secret.command,
        version: secret.version,
      });
      expect(reg.status).toBe(204);
      expect((await call(node(0).url, "POST", "sys/mounts/kv", { type: "shared" })).status).toBe(204);
      const pids = await Promise.all(
        [0, 1].map((i) =>
          until(
            async () => (await call(node(i).url, "GET", "kv/info")).json?.data?.pid as number,
            `kv/ on node ${i}`,
          ),
        ),
      );
      expect(pids[0]).not.toBe(pids[1]);

      expect((await call(node(0).url, "POST", "kv/data/from-a", { value: "1" })).status).toBe(204);
      expect((await call(node(1).url, "GET", "kv/data/from-a")).json.data).toMatchObject({ value: "1" });
      await until(
        async () => (await invalidated(node(1))).includes("data/from-a"),
        "node 2 told of data/from-a",
      );

      expect((await call(node(1).url, "POST", "kv/data/from-b", { value: "2" })).status).toBe(204);
      expect((await call(node(0).url, "GET", "kv/data/from-b")).json.data).toMatchObject({ value: "2" });
      await until(
        async () => (await invalidated(node(0))).includes("data/from-b"),
        "node 1 told of data/from-b",
      );

      expect((await call(node(1).url, "DELETE", "kv/data/from-a")).status).toBe(204);
      expect((await call(node(0).url, "GET", "kv/data/from-a")).status).toBe(404);
    }, 120_000);
  },
);
