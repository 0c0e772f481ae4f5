// The same workloads against a real OpenBao (`bao server -dev`) and against our server, side by side in
// one run: read one entry, list the catalog, register, tune, and reload by plugin of 100 mounts. OpenBao
// runs the plugin binary on registration (it checks the version the plugin reports) and restarts plugin
// processes on reload; dev mode keeps its storage in memory, so ours is measured with its data directory
// in memory too (tmpfs, where fdatasync is free) beside the default on disk.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { baoMissing, startBaoWithPlugins } from "@sysplugins/openbao-harness";
import { startServer } from "./processes.js";
import { formatSpread, repeat, type Spread, spread } from "./stats.js";
import { type WrkResult, wrk } from "./wrk.js";

export interface PeerRow {
  measure: string;
  ratio: Spread;
  baseline: string;
  target?: { text: string; met: boolean };
  absolute: string;
}

interface Target {
  url: string;
  token: string;
}

const lua = (method: string, token: string, body?: string) =>
  [
    `wrk.method = "${method}"`,
    `wrk.headers["X-Vault-Token"] = "${token}"`,
    ...(body === undefined
      ? []
      : ['wrk.headers["Content-Type"] = "application/json"', `wrk.body = '${body.replaceAll("'", "\\'")}'`]),
  ].join("\n");

async function call(t: Target, method: string, path: string, body?: unknown): Promise<void> {
  const r = await fetch(`${t.url}/v1/${path}`, {
    method,
    headers: { "X-Vault-Token": t.token },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  if (r.status >= 400) throw new Error(`${method} ${path} on ${t.url}: ${r.status} ${text}`);
}

/** The OpenBao rows; none (with the reason printed) where bao is missing and CI is not set. */
export async function peerRows(options: { seconds: number; runs: number; dir: string }): Promise<PeerRow[]> {
  const missing = baoMissing("pnpm bench: the OpenBao columns");
  if (missing) return [];
  const { seconds, runs, dir } = options;
  const rows: PeerRow[] = [];
  const bao = await startBaoWithPlugins({ token: "bench-token" });
  const memoryRoot = existsSync("/dev/shm") ? "/dev/shm" : tmpdir();
  const memoryDir = await mkdtemp(join(memoryRoot, "sysplugins-bench-"));
  const oursDisk = await startServer({
    dataDir: join(dir, "peer-disk"),
    pluginDir: bao.pluginDir,
    token: bao.token,
  });
  const oursMemory = await startServer({ dataDir: memoryDir, pluginDir: bao.pluginDir, token: bao.token });
  const targets = {
    bao: { url: bao.address, token: bao.token },
    ours: { url: oursDisk.url, token: bao.token },
    oursMemory: { url: oursMemory.url, token: bao.token },
  };
  try {
    const plugin = bao.plugin("sysplugins-secret", "v1.0.0");
    const registration = { sha256: plugin.sha256, command: plugin.command, version: plugin.version };
    for (const t of Object.values(targets)) {
      await call(t, "POST", `sys/plugins/catalog/secret/${plugin.name}`, registration);
      await call(t, "POST", "sys/mounts/bench-tune", { type: "kv" });
    }
    const load = (t: Target, path: string, method: string, body?: unknown, connections = 10) =>
      wrk({
        url: `${t.url}${path}`,
        connections,
        seconds,
        lua: lua(method, t.token, body === undefined ? undefined : JSON.stringify(body)),
        dir,
      });
    const compare = async (
      label: string,
      run: (t: Target) => Promise<WrkResult>,
      ours: Target,
      oursLabel: string,
      context?: Target,
    ) => {
      const results = await repeat(runs, async () => ({
        ours: await run(ours),
        bao: await run(targets.bao),
        context: context ? await run(context) : undefined,
      }));
      const ratio = spread(results.map((r) => r.ours.rps / r.bao.rps));
      const p99 = spread(results.map((r) => r.ours.p99ms));
      const baoP99 = spread(results.map((r) => r.bao.p99ms));
      const f = (s: Spread) => formatSpread(s, 1);
      rows.push({
        measure: `vs OpenBao: ${label}, 10 connections: requests/s`,
        ratio,
        baseline: `bao server -dev ${bao.version}, same requests`,
        target: {
          text: "≥ 1.0, p99 no worse",
          met: ratio.median >= 1 && p99.median <= baoP99.median,
        },
        absolute:
          `${oursLabel} ${formatSpread(spread(results.map((r) => r.ours.rps)))} req/s, p99 ${f(p99)} ms; ` +
          `OpenBao ${formatSpread(spread(results.map((r) => r.bao.rps)))} req/s, p99 ${f(baoP99)} ms` +
          (context
            ? `; ours on disk (fsync) ${formatSpread(spread(results.map((r) => r.context?.rps ?? 0)))} req/s`
            : ""),
      });
    };
    const entry = `/v1/sys/plugins/catalog/secret/${plugin.name}?version=${plugin.version}`;
    await compare("read one entry", (t) => load(t, entry, "GET"), targets.ours, "ours");
    await compare("list the catalog", (t) => load(t, "/v1/sys/plugins/catalog", "GET"), targets.ours, "ours");
    await compare(
      "register (the same entry again)",
      (t) => load(t, `/v1/sys/plugins/catalog/secret/${plugin.name}`, "POST", registration),
      targets.oursMemory,
      "ours in memory",
      targets.ours,
    );
    await compare(
      "tune a mount",
      (t) => load(t, "/v1/sys/mounts/bench-tune/tune", "POST", { description: "tuned" }),
      targets.oursMemory,
      "ours in memory",
      targets.ours,
    );

    // Reload by plugin of 100 mounts: context, not a race (OpenBao restarts a real plugin process).
    for (const t of [targets.bao, targets.oursMemory]) {
      for (let i = 0; i < 100; i++) await call(t, "POST", `sys/mounts/fan-${i}`, { type: plugin.name });
    }
    const reload = async (t: Target) => {
      const started = process.hrtime.bigint();
      await call(t, "POST", "sys/plugins/reload/backend", { plugin: plugin.name });
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const times = await repeat(runs, async () => ({
      ours: await reload(targets.oursMemory),
      bao: await reload(targets.bao),
    }));
    rows.push({
      measure: "vs OpenBao: reload by plugin, 100 mounts: time (context)",
      ratio: spread(times.map((r) => r.ours / r.bao)),
      baseline: `bao server -dev ${bao.version}, which restarts the plugin's process`,
      absolute: `ours ${formatSpread(spread(times.map((r) => r.ours)), 1)} ms (hashes the binary once); OpenBao ${formatSpread(spread(times.map((r) => r.bao)), 1)} ms`,
    });
  } finally {
    await oursDisk.stop();
    await oursMemory.stop();
    await bao.stop();
    await rm(memoryDir, { recursive: true, force: true });
  }
  return rows;
}
