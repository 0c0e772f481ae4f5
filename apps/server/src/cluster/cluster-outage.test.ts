// PostgreSQL stopped and started under a write load on three nodes: while it is away every write is
// answered 503 in Vault's error format (nothing hangs, nothing crashes), every acknowledged write is there
// afterwards on every node, and the nodes recover by themselves (writes, heartbeats, global reloads).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, startTestCluster, type TestCluster, until } from "../testing/cluster.js";
import { postgresMissing } from "../testing/postgres.js";

const WRITERS = 6;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(postgresMissing("the PostgreSQL outage test"))(
  "PostgreSQL stopped under a write load",
  () => {
    let c: TestCluster;
    let sha: string;
    beforeAll(async () => {
      c = await startTestCluster(3);
      sha = await c.writePlugin("outage-plugin");
    }, 120_000);
    afterAll(() => c?.close());

    it("loses no acknowledged write, answers 503 while it is away, and recovers by itself", async () => {
      const acknowledged: string[] = [];
      const unexpected: string[] = [];
      let unavailable = 0;
      /** Per writer: acknowledged before the outage, and whether it has seen the outage (a 503). */
      const before = new Array<number>(WRITERS).fill(0);
      const sawOutage = new Array<boolean>(WRITERS).fill(false);
      let phase: "before" | "away" | "back" = "before";
      let backAt = 0;
      const recovered = new Map<string, number>(); // node -> ms from PostgreSQL's return to its first acknowledged write
      let stop = false;
      const writers = Array.from({ length: WRITERS }, async (_, w) => {
        const node = c.nodes[w % c.nodes.length];
        for (let i = 0; !stop && i < 5_000; i++) {
          const name = `o${w}-${i}`;
          const seen = phase;
          const a = await call(node?.url as string, "POST", `sys/plugins/catalog/secret/${name}`, {
            sha256: sha,
            command: "outage-plugin",
          }).catch((err: Error) => ({ status: 0, json: { errors: [err.message] } }));
          if (a.status === 204) {
            acknowledged.push(name);
            if (seen === "before") before[w] = (before[w] ?? 0) + 1;
            if (seen === "back" && !recovered.has(node?.nodeId as string))
              recovered.set(node?.nodeId as string, Date.now() - backAt);
          } else if (a.status === 503 && phase !== "before" && typeof a.json?.errors?.[0] === "string") {
            // Sent before or during the outage, answered during it or after: refused, not acknowledged.
            unavailable++;
            sawOutage[w] = true;
          } else {
            unexpected.push(`${name} (${seen}): ${a.status} ${JSON.stringify(a.json)}`);
          }
          // Pacing while refused, so a writer does not spin on 503s (not a wait for anything).
          if (a.status !== 204) await sleep(20);
        }
      });
      // Events, not sleeps: every writer has been acknowledged before the outage, and every writer (so
      // every node) has been refused during it, before PostgreSQL comes back.
      await until(async () => before.every((n) => n >= 5), "five acknowledged writes per writer");
      phase = "away";
      await c.postgres.stop();
      await until(
        async () => sawOutage.every(Boolean),
        "every writer to be refused while PostgreSQL is away",
      );
      await c.postgres.start();
      backAt = Date.now();
      phase = "back";
      await until(
        async () => recovered.size === c.nodes.length && true,
        "every node to write again",
        30_000,
      ).catch((err: Error) => {
        stop = true;
        throw new Error(
          `${err.message}; recovered ${JSON.stringify([...recovered])}; unexpected ${unexpected.slice(-5).join("; ")}; ${c.nodes.map((n) => n.output().slice(-1500)).join("\n---\n")}`,
        );
      });
      stop = true;
      await Promise.all(writers);

      const byNode = await Promise.all(
        c.nodes.map(async (n) => {
          const list = await call(n.url, "LIST", "sys/plugins/catalog/secret");
          return new Set(list.json.data.keys as string[]);
        }),
      );
      const lost = byNode.map((names) => acknowledged.filter((a) => !names.has(a)).length);
      console.log(
        `outage: ${acknowledged.length} writes acknowledged, ${unavailable} answered 503 while PostgreSQL was away, ` +
          `lost per node ${JSON.stringify(lost)}, recovery ms ${JSON.stringify(Object.fromEntries(recovered))}`,
      );
      // No node died of it (an unheard connection error ends a Node process).
      expect(c.nodes.map((n) => n.child !== undefined)).toEqual([true, true, true]);
      expect(unexpected).toEqual([]);
      expect(unavailable).toBeGreaterThan(0);
      expect(lost).toEqual([0, 0, 0]);

      // The cluster works again as a cluster: a global reload reaches all three nodes.
      const reload = await call(c.nodes[0]?.url as string, "POST", "sys/plugins/reload/backend", {
        plugin: "kv",
        scope: "global",
      });
      expect(reload.status).toBe(202);
      const results = await until(async () => {
        const r = await call(
          c.nodes[2]?.url as string,
          "GET",
          `sys/plugins/reload/backend/status?reload_id=${reload.json.data.reload_id}`,
        );
        const all = (r.json?.data?.results ?? {}) as Record<string, { error: string }>;
        return Object.values(all).filter((e) => e.error === "").length === 3 && all;
      }, "the reload on three nodes");
      expect(Object.keys(results).sort()).toEqual(["node-1", "node-2", "node-3"]);
    }, 120_000);
  },
);
