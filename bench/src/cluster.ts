// The cluster rows of pnpm bench: three nodes of the server on one PostgreSQL (fsync on, as in production)
// against one node on the embedded JSON store (which fsyncs every write too): registrations/s and reads/s
// with the same total number of connections (split evenly over the three nodes), and a global reload
// until every node is done, 100 mounts per node, against the same reload on the single node.

import { join } from "node:path";
import { findPostgres, startLocalCluster, startPostgres } from "@sysplugins/server";
import { startServer } from "./processes.js";
import { formatSpread, repeat, type Spread, spread } from "./stats.js";
import { fixedRequest, registrationScript, type WrkResult, wrk } from "./wrk.js";

export interface ClusterRow {
  measure: string;
  ratio: Spread;
  baseline: string;
  absolute: string;
}

export interface ClusterBench {
  dir: string;
  pluginDir: string;
  /** The plugin binary "bench-plugin" in pluginDir, and its SHA-256. */
  sha: string;
  token: string;
  seconds: number;
  runs: number;
}

const CONNECTIONS = 48;
const MOUNTS = 100;

/** wrk against every URL at once, the connections split evenly: total requests/s, the worst p99. */
async function across(urls: string[], lua: (i: number) => string, b: ClusterBench) {
  const each = Math.max(1, Math.round(CONNECTIONS / urls.length));
  const results: WrkResult[] = await Promise.all(
    urls.map((url, i) => wrk({ url, connections: each, seconds: b.seconds, lua: lua(i), dir: b.dir })),
  );
  return { rps: results.reduce((n, r) => n + r.rps, 0), p99ms: Math.max(...results.map((r) => r.p99ms)) };
}

const registrations = (b: ClusterBench) => (node: number) =>
  registrationScript({ name: "cluster-write", sha256: b.sha, token: b.token, tag: String(node) });

async function call(url: string, token: string, method: string, path: string, body?: unknown) {
  const r = await fetch(`${url}/v1/${path}`, {
    method,
    headers: { "X-Vault-Token": token },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  if (r.status >= 400) throw new Error(`${method} ${path}: ${r.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Enables MOUNTS mounts of the bench plugin through `url` (a cluster sets them up on every node). */
async function enableMounts(url: string, b: ClusterBench): Promise<void> {
  await call(url, b.token, "POST", "sys/plugins/catalog/secret/bench-plugin", {
    sha256: b.sha,
    command: "bench-plugin",
  });
  for (let i = 0; i < MOUNTS; i++) {
    await call(url, b.token, "POST", `sys/mounts/bench-${i}`, { type: "bench-plugin" });
  }
}

/** Milliseconds from the reload request until the status has `nodes` finished entries. */
async function reloadUntilDone(url: string, b: ClusterBench, scope: string, nodes: number): Promise<number> {
  const started = performance.now();
  const body = scope ? { plugin: "bench-plugin", scope } : { plugin: "bench-plugin" };
  const answer = await call(url, b.token, "POST", "sys/plugins/reload/backend", body);
  const id = answer.data.reload_id as string;
  for (;;) {
    const status = await call(url, b.token, "GET", `sys/plugins/reload/backend/status?reload_id=${id}`);
    const entries = Object.values(status.data.results) as { error: string }[];
    if (entries.length === nodes && entries.every((e) => e.error === "")) return performance.now() - started;
    if (performance.now() - started > 60_000)
      throw new Error(`reload ${id} not done on ${nodes} nodes in 60 s`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export async function clusterRows(b: ClusterBench): Promise<ClusterRow[]> {
  const found = findPostgres();
  if ("missing" in found) {
    console.log(`skipping the cluster rows: ${found.missing}`);
    return [];
  }
  const rows: ClusterRow[] = [];
  const postgres = await startPostgres({ fsync: true });
  const single = await startServer({
    dataDir: join(b.dir, "cluster-baseline"),
    pluginDir: b.pluginDir,
    token: b.token,
  });
  try {
    const storageUrl = await postgres.createDatabase("bench");
    const cluster = await startLocalCluster({
      storageUrl,
      pluginDirectory: b.pluginDir,
      rootToken: b.token,
      nodes: 3,
      logLevel: "error",
      pluginRuntime: "checksum",
    });
    try {
      const urls = cluster.nodes.map((n) => n.url);
      const pair = async (label: string, lua: (i: number) => string, unit: string, path = "") => {
        const runs = await repeat(b.runs, async () => ({
          cluster: await across(
            urls.map((u) => `${u}${path}`),
            lua,
            b,
          ),
          single: await across([`${single.url}${path}`], lua, b),
        }));
        rows.push({
          measure: `${label}, ${CONNECTIONS} connections over three nodes on PostgreSQL: ${unit}/s`,
          ratio: spread(runs.map((r) => r.cluster.rps / r.single.rps)),
          baseline: `one node on the JSON store, ${CONNECTIONS} connections`,
          absolute: `cluster ${formatSpread(spread(runs.map((r) => r.cluster.rps)))} /s, p99 ${formatSpread(spread(runs.map((r) => r.cluster.p99ms)), 1)} ms; one node ${formatSpread(spread(runs.map((r) => r.single.rps)))} /s, p99 ${formatSpread(spread(runs.map((r) => r.single.p99ms)), 1)} ms`,
        });
      };
      await pair("registrations", registrations(b), "registrations");
      await enableMounts(urls[0] as string, b);
      await enableMounts(single.url, b);
      const read = () => fixedRequest("GET", { "X-Vault-Token": b.token });
      await pair("reads of one catalog entry", read, "reads", "/v1/sys/plugins/catalog/secret/bench-plugin");

      const times = await repeat(b.runs, async () => ({
        cluster: await reloadUntilDone(urls[0] as string, b, "global", 3),
        single: await reloadUntilDone(single.url, b, "", 1),
      }));
      rows.push({
        measure: `global reload of ${MOUNTS} mounts per node, until all three nodes are done: ms`,
        ratio: spread(times.map((t) => t.cluster / t.single)),
        baseline: `reload of the same ${MOUNTS} mounts on one JSON-store node`,
        absolute: `cluster ${formatSpread(spread(times.map((t) => t.cluster)))} ms; one node ${formatSpread(spread(times.map((t) => t.single)))} ms`,
      });
    } finally {
      await cluster.close();
    }
  } finally {
    await single.stop();
    await postgres.close();
  }
  return rows;
}
