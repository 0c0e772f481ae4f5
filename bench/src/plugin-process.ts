// What a plugin process costs, ours (--plugin-runtime process) against real OpenBao (`bao server -dev`),
// side by side in one run on the same binaries: registration of distinct binaries (each runs the binary to
// ask its version), enabling mounts (each sets up an instance in the plugin's process), reload by plugin of
// 100 mounts of one multiplexed plugin (a new process), a request answered by the plugin, and the
// server's resident memory with 100 plugin mounts. Ours keeps its data in memory as dev mode does.
import { existsSync } from "node:fs";
import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { baoMissing, startBaoWithPlugins } from "@sysplugins/openbao-harness";
import type { PeerRow } from "./peer.js";
import { startServer } from "./processes.js";
import { formatSpread, repeat, type Spread, spread } from "./stats.js";
import { wrk } from "./wrk.js";

interface Target {
  url: string;
  token: string;
}

async function call(t: Target, method: string, path: string, body?: unknown): Promise<void> {
  const r = await fetch(`${t.url}/v1/${path}`, {
    method,
    headers: { "X-Vault-Token": t.token },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  if (r.status >= 400) throw new Error(`${method} ${path} on ${t.url}: ${r.status} ${text}`);
}

const ms = async (work: () => Promise<unknown>): Promise<number> => {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
};

/** Resident memory of a process, in MiB (VmRSS); NaN where /proc says nothing. */
async function rssMiB(pid: number | undefined): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
  return kb / 1024;
}

export async function pluginProcessRows(options: {
  seconds: number;
  runs: number;
  dir: string;
}): Promise<PeerRow[]> {
  if (baoMissing("pnpm bench: the plugin process rows")) return [];
  const { seconds, runs, dir } = options;
  const rows: PeerRow[] = [];
  const bao = await startBaoWithPlugins({ token: "bench-token" });
  const memoryDir = await mkdtemp(join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "sysplugins-bench-"));
  const ours = await startServer({
    dataDir: memoryDir,
    pluginDir: bao.pluginDir,
    token: bao.token,
    pluginRuntime: "process",
  });
  const targets = { ours: { url: ours.url, token: bao.token }, bao: { url: bao.address, token: bao.token } };
  const plugin = bao.plugin("sysplugins-secret", "v1.0.0");
  const row = (measure: string, ratio: Spread, absolute: string, baseline: string, higherIsBetter = false) =>
    rows.push({
      measure: `process runtime vs OpenBao: ${measure}`,
      ratio,
      baseline,
      target: {
        text: higherIsBetter ? "≥ 1.0" : "≤ 1.0",
        met: higherIsBetter ? ratio.median >= 1 : ratio.median <= 1,
      },
      absolute,
    });
  const f = (s: Spread) => formatSpread(s, 1);
  try {
    // Distinct binaries: a copy of the plugin per registration, so no server can answer from a cache.
    const DISTINCT = 10;
    for (let i = 0; i < DISTINCT * runs; i++)
      await copyFile(plugin.file, join(bao.pluginDir, `distinct-${i}`));
    let next = 0;
    const registerMany = async (t: Target, from: number) => {
      for (let i = from; i < from + DISTINCT; i++)
        await call(t, "POST", `sys/plugins/catalog/secret/distinct-${i}`, {
          sha256: plugin.sha256,
          command: `distinct-${i}`,
          version: plugin.version,
        });
    };
    const registrations = await repeat(runs, async () => {
      const from = next;
      next += DISTINCT;
      return {
        ours: await ms(() => registerMany(targets.ours, from)),
        bao: await ms(() => registerMany(targets.bao, from)),
      };
    });
    row(
      `register ${DISTINCT} distinct binaries (each run for its version): time`,
      spread(registrations.map((r) => r.ours / r.bao)),
      `ours ${f(spread(registrations.map((r) => r.ours / DISTINCT)))} ms each; OpenBao ${f(spread(registrations.map((r) => r.bao / DISTINCT)))} ms each`,
      `bao server -dev ${bao.version}, same binaries`,
    );

    // Enable 100 mounts of one multiplexed plugin (the first starts its process), timed in tens.
    for (const t of Object.values(targets)) {
      await call(t, "POST", `sys/plugins/catalog/secret/${plugin.name}`, {
        sha256: plugin.sha256,
        command: plugin.command,
        version: plugin.version,
      });
    }
    const enables: { ours: number; bao: number }[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const enable = (t: Target) => async () => {
        for (let i = batch * 10; i < batch * 10 + 10; i++)
          await call(t, "POST", `sys/mounts/fan-${i}`, { type: plugin.name });
      };
      enables.push({ ours: await ms(enable(targets.ours)), bao: await ms(enable(targets.bao)) });
    }
    row(
      "enable a mount of a running plugin: time",
      spread(enables.map((r) => r.ours / r.bao)),
      `ours ${f(spread(enables.map((r) => r.ours / 10)))} ms each; OpenBao ${f(spread(enables.map((r) => r.bao / 10)))} ms each (10 batches of 10, 100 mounts in all)`,
      `bao server -dev ${bao.version}`,
    );

    const memory = { ours: await rssMiB(ours.process.pid), bao: await rssMiB(bao.pid) };
    rows.push({
      measure: "process runtime vs OpenBao: the server's resident memory with 100 plugin mounts (context)",
      ratio: spread([memory.ours / memory.bao]),
      baseline: `bao server -dev ${bao.version} with the same 100 mounts`,
      absolute: `ours ${memory.ours.toFixed(0)} MiB; OpenBao ${memory.bao.toFixed(0)} MiB (plugin processes not counted: one each)`,
    });

    const reloads = await repeat(runs, async () => ({
      ours: await ms(() => call(targets.ours, "POST", "sys/plugins/reload/backend", { plugin: plugin.name })),
      bao: await ms(() => call(targets.bao, "POST", "sys/plugins/reload/backend", { plugin: plugin.name })),
    }));
    row(
      "reload by plugin, 100 mounts (a new process): time",
      spread(reloads.map((r) => r.ours / r.bao)),
      `ours ${f(spread(reloads.map((r) => r.ours)))} ms; OpenBao ${f(spread(reloads.map((r) => r.bao)))} ms`,
      `bao server -dev ${bao.version}, which restarts the plugin's process`,
    );

    const lua = `wrk.method = "GET"\nwrk.headers["X-Vault-Token"] = "${bao.token}"`;
    const requests = await repeat(runs, async () => ({
      ours: await wrk({ url: `${targets.ours.url}/v1/fan-0/info`, connections: 10, seconds, lua, dir }),
      bao: await wrk({ url: `${targets.bao.url}/v1/fan-0/info`, connections: 10, seconds, lua, dir }),
    }));
    row(
      "a request answered by the plugin (GET <mount>/info), 10 connections: requests/s",
      spread(requests.map((r) => r.ours.rps / r.bao.rps)),
      `ours ${formatSpread(spread(requests.map((r) => r.ours.rps)))} req/s, p99 ${f(spread(requests.map((r) => r.ours.p99ms)))} ms; OpenBao ${formatSpread(spread(requests.map((r) => r.bao.rps)))} req/s, p99 ${f(spread(requests.map((r) => r.bao.p99ms)))} ms`,
      `bao server -dev ${bao.version}, same plugin`,
      true,
    );
  } finally {
    await ours.stop();
    await bao.stop();
    await rm(memoryDir, { recursive: true, force: true });
  }
  return rows;
}
