// pnpm bench: measures the server as its users load it, each figure as a ratio against a baseline measured
// in the same run (medians of several runs, with min and max), and prints a table with the ratios first.
// Every load run is bounded in time and aimed at 127.0.0.1 only.
import { execFile, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, open, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { sha256File } from "@sysplugins/go-semantics";
import { openDurableStorage } from "@sysplugins/server";
import { clusterRows } from "./cluster.js";
import { peerRows } from "./peer.js";
import { pluginProcessRows } from "./plugin-process.js";
import { type Child, cpuMs, startBare, startServer } from "./processes.js";
import { rawLoad } from "./raw-load.js";
import { formatSpread, repeat, type Spread, spread } from "./stats.js";
import { fixedRequest, registrationScript, type WrkResult, wrk } from "./wrk.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const token = "bench-token";
const auth = { "X-Vault-Token": token };

interface Row {
  measure: string;
  ratio: Spread;
  baseline: string;
  target?: { text: string; met: boolean };
  absolute: string;
}
const rows: Row[] = [];

function ensureWrk(): void {
  try {
    execFileSync("wrk", ["--version"], { stdio: "ignore" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT" && (err as { status?: number }).status !== undefined)
      return;
    console.error("installing wrk (Debian's package)…");
    execFileSync("apt-get", ["install", "-y", "-qq", "wrk"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  }
}

const dir = await mkdtemp(join(tmpdir(), "sysplugins-bench-"));
const pluginDir = join(dir, "plugins");
await mkdir(pluginDir);
const small = "#!/bin/sh\necho bench\n";
await writeFile(join(pluginDir, "bench-plugin"), small, { mode: 0o755 });
const smallSha = await sha256File(join(pluginDir, "bench-plugin"));

async function api(url: string, method: string, path: string, body?: unknown): Promise<Response> {
  const r = await fetch(`${url}/v1/${path}`, {
    method,
    headers: auth,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (r.status >= 400) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
  return r;
}

/** A data directory whose catalog already holds `n` versions of a plugin. */
async function prefilled(n: number): Promise<string> {
  const dataDir = join(dir, `data-${n}-${randomBytes(3).toString("hex")}`);
  const storage = await openDurableStorage(dataDir);
  await storage.transact(async (tx) => {
    for (let i = 0; i < n; i++) {
      const version = `v0.${i}.0`;
      await tx.catalog.put({
        type: "secret",
        name: "prefill",
        version,
        command: "bench-plugin",
        args: [],
        env: [],
        sha256: smallSha,
      });
    }
  });
  await storage.close();
  return dataDir;
}

/** A GET load run, with the CPU time the serving process spent per request (µs): steadier than req/s on a loaded machine. */
const get = async (
  path: string,
  connections: number,
  target: Child,
): Promise<WrkResult & { cpuUs: number }> => {
  const before = cpuMs(target.process.pid);
  const result = await wrk({
    url: `${target.url}${path}`,
    connections,
    seconds: SECONDS,
    lua: fixedRequest("GET", auth),
    dir,
  });
  const after = cpuMs(target.process.pid);
  const cpuUs =
    before === undefined || after === undefined ? Number.NaN : ((after - before) * 1000) / result.requests;
  return { ...result, cpuUs };
};

async function readPath(server: Child): Promise<void> {
  await api(server.url, "POST", "sys/plugins/catalog/secret/bench-plugin", {
    sha256: smallSha,
    command: "bench-plugin",
  });
  for (const [label, path] of [
    ["read one entry", "/v1/sys/plugins/catalog/secret/bench-plugin"],
    ["list the catalog", "/v1/sys/plugins/catalog"],
  ] as const) {
    const bodyFile = join(dir, `${label.replace(/\W/g, "-")}.json`);
    await writeFile(bodyFile, Buffer.from(await (await api(server.url, "GET", path.slice(4))).arrayBuffer()));
    const bare = await startBare(bodyFile);
    try {
      for (const connections of [10, 100]) {
        const runs = await repeat(RUNS, async () => ({
          ours: await get(path, connections, server),
          bare: await get(path, connections, bare),
        }));
        const ratio = spread(runs.map((r) => r.ours.rps / r.bare.rps));
        rows.push({
          measure: `${label}, ${connections} connections: requests/s`,
          ratio,
          baseline: "bare node:http, same bytes",
          target: { text: "≥ 0.50", met: ratio.median >= 0.5 },
          absolute: `${formatSpread(spread(runs.map((r) => r.ours.rps)))} req/s, p99 ${formatSpread(spread(runs.map((r) => r.ours.p99ms)), 1)} ms; bare ${formatSpread(spread(runs.map((r) => r.bare.rps)))} req/s, p99 ${formatSpread(spread(runs.map((r) => r.bare.p99ms)), 1)} ms`,
        });
        rows.push({
          measure: `${label}, ${connections} connections: server CPU time per request`,
          ratio: spread(runs.map((r) => r.bare.cpuUs / r.ours.cpuUs)),
          baseline: "bare node:http's, same bytes (higher is better: bare / ours)",
          absolute: `ours ${formatSpread(spread(runs.map((r) => r.ours.cpuUs)), 1)} µs; bare ${formatSpread(spread(runs.map((r) => r.bare.cpuUs)), 1)} µs`,
        });
        if (connections === 100) {
          const p99 = spread(runs.map((r) => r.ours.p99ms / r.bare.p99ms));
          rows.push({
            measure: `${label}, 100 connections: p99 latency`,
            ratio: p99,
            baseline: "bare node:http's p99, same bytes",
            target: { text: "≤ 3.0", met: p99.median <= 3 },
            absolute: `p99 ${formatSpread(spread(runs.map((r) => r.ours.p99ms)), 1)} ms; bare ${formatSpread(spread(runs.map((r) => r.bare.p99ms)), 1)} ms`,
          });
        }
      }
    } finally {
      await bare.stop();
    }
  }
}

async function listFront(server: Child): Promise<void> {
  const port = Number(new URL(server.url).port);
  const request = (line: string) => `${line} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Vault-Token: ${token}\r\n\r\n`;
  const runs = await repeat(RUNS, async () => ({
    list: await rawLoad({
      port,
      request: request("LIST /v1/sys/plugins/catalog/secret"),
      connections: 10,
      seconds: SECONDS,
    }),
    get: await rawLoad({
      port,
      request: request("GET /v1/sys/plugins/catalog/secret?list=true"),
      connections: 10,
      seconds: SECONDS,
    }),
  }));
  const ratio = spread(runs.map((r) => r.list.rps / r.get.rps));
  rows.push({
    measure: "LIST through the framing front: requests/s",
    ratio,
    baseline: "GET ?list=true, same data (one raw-socket generator for both)",
    target: { text: "≥ 0.90 (front costs < 10%)", met: ratio.median >= 0.9 },
    absolute: `LIST ${formatSpread(spread(runs.map((r) => r.list.rps)))} req/s; GET ${formatSpread(spread(runs.map((r) => r.get.rps)))} req/s`,
  });
}

async function writes(): Promise<void> {
  const perSize = new Map<string, number>();
  for (const size of [100, 1000, 10_000]) {
    const server = await startServer({ dataDir: await prefilled(size), pluginDir, token });
    try {
      for (const clients of [1, 50]) {
        const runs = await repeat(RUNS, () =>
          wrk({
            url: server.url,
            connections: clients,
            seconds: SECONDS,
            lua: registrationScript({ name: "bench-write", sha256: smallSha, token }),
            dir,
          }),
        );
        const rps = spread(runs.map((r) => r.rps));
        const p99 = spread(runs.map((r) => r.p99ms));
        if (size === 100) perSize.set(String(clients), rps.median);
        const base = perSize.get(String(clients)) as number;
        const row: Row = {
          measure: `registrations, catalog of ${size}, ${clients} client${clients > 1 ? "s" : ""}: requests/s`,
          ratio: spread(runs.map((r) => r.rps / base)),
          baseline: `catalog of 100, ${clients} client${clients > 1 ? "s" : ""}`,
          absolute: `${formatSpread(rps)} req/s, p50 ${formatSpread(spread(runs.map((r) => r.p50ms)), 1)} ms, p99 ${formatSpread(p99, 1)} ms (every one fsynced)`,
        };
        if (size === 10_000 && clients === 50) {
          row.target = {
            text: "≥ 1,000 req/s and p99 < 100 ms",
            met: rps.median >= 1000 && p99.median < 100,
          };
        }
        rows.push(row);
      }
    } finally {
      await server.stop();
    }
  }
}

async function makeBinary(name: string, mib: number): Promise<string> {
  const path = join(pluginDir, name);
  const handle = await open(path, "w", 0o755);
  const block = randomBytes(2 ** 20);
  for (let i = 0; i < mib; i++) await handle.write(block);
  await handle.close();
  await readFile(path); // into the page cache, so both methods read from memory
  return path;
}

const checksumChild = fileURLToPath(new URL("checksum-child.js", import.meta.url));
async function hashIn(mode: "stream" | "memory", file: string): Promise<{ ms: number; peakRssMb: number }> {
  const { stdout } = await promisify(execFile)(process.execPath, [checksumChild, mode, file], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout);
}

async function checksum(): Promise<number> {
  const small64 = await makeBinary("hash-64", 64);
  const big = await makeBinary("hash-256", 256);
  const runs = await repeat(RUNS, async () => ({
    stream: await hashIn("stream", big),
    memory: await hashIn("memory", big),
  }));
  const stream64 = await repeat(RUNS, () => hashIn("stream", small64));
  const ratio = spread(runs.map((r) => r.memory.ms / r.stream.ms));
  const mbps = (ms: number) => 256 / (ms / 1000);
  rows.push({
    measure: "SHA-256 of a 256 MiB binary, streamed as the server does: throughput",
    ratio,
    baseline: "node:crypto on the bytes in memory",
    target: { text: "≥ 0.90", met: ratio.median >= 0.9 },
    absolute: `${formatSpread(spread(runs.map((r) => mbps(r.stream.ms))))} MiB/s streamed vs ${formatSpread(spread(runs.map((r) => mbps(r.memory.ms))))} MiB/s in memory`,
  });
  const rss256 = spread(runs.map((r) => r.stream.peakRssMb));
  const rss64 = spread(stream64.map((r) => r.peakRssMb));
  rows.push({
    measure: "peak RSS while streaming 256 MiB",
    ratio: spread(runs.map((r, i) => r.stream.peakRssMb / (stream64[i]?.peakRssMb ?? r.stream.peakRssMb))),
    baseline: "the same for 64 MiB",
    target: { text: "≈ 1 (memory does not grow with the binary)", met: rss256.median / rss64.median < 1.25 },
    absolute: `${formatSpread(rss256)} MiB for 256 MiB; ${formatSpread(rss64)} MiB for 64 MiB; in memory ${formatSpread(spread(runs.map((r) => r.memory.peakRssMb)))} MiB`,
  });
  return spread(stream64.map((r) => r.ms)).median;
}

async function fanOut(hash64Ms: number): Promise<void> {
  const server = await startServer({ dataDir: join(dir, "fanout"), pluginDir, token });
  try {
    const sha = await sha256File(join(pluginDir, "hash-64"));
    await api(server.url, "POST", "sys/plugins/catalog/secret/fanout", { sha256: sha, command: "hash-64" });
    for (let i = 0; i < 100; i++) await api(server.url, "POST", `sys/mounts/fan-${i}`, { type: "fanout" });
    const runs = await repeat(RUNS, async () => {
      const started = process.hrtime.bigint();
      await api(server.url, "POST", "sys/plugins/reload/backend", { plugin: "fanout" });
      return Number(process.hrtime.bigint() - started) / 1e6;
    });
    const ms = spread(runs);
    rows.push({
      measure: "reload of 100 mounts of one plugin (64 MiB binary): time",
      ratio: spread(runs.map((r) => r / hash64Ms)),
      baseline: "one streamed hash of the binary",
      target: { text: "≪ 100 (hashed once, not per mount)", met: ms.median / hash64Ms < 3 },
      absolute: `${formatSpread(ms, 1)} ms for 100 mounts; one hash ${hash64Ms.toFixed(1)} ms`,
    });
  } finally {
    await server.stop();
  }
}

async function startup(): Promise<void> {
  const big = await prefilled(10_000);
  const bodyFile = join(dir, "health.json");
  await writeFile(bodyFile, "{}");
  const measure = async (dataDir: () => Promise<string>) => {
    const server = await startServer({ dataDir: await dataDir(), pluginDir, token });
    await server.stop();
    return server.startupMs;
  };
  const bare = async () => {
    const server = await startBare(bodyFile);
    await server.stop();
    return server.startupMs;
  };
  const runs = await repeat(RUNS, async () => ({
    bare: await bare(),
    empty: await measure(async () => join(dir, `empty-${randomBytes(3).toString("hex")}`)),
    full: await measure(async () => big),
  }));
  const bareMs = spread(runs.map((r) => r.bare));
  for (const [label, key, limit] of [
    ["an empty store", "empty", 150],
    ["10,000 catalog entries", "full", 250],
  ] as const) {
    const ms = spread(runs.map((r) => r[key]));
    rows.push({
      measure: `cold start to the first 200 from /v1/sys/health, ${label}`,
      ratio: spread(runs.map((r) => r[key] / r.bare)),
      baseline: "the same for a bare node:http process",
      target: { text: `≤ ${limit} ms`, met: ms.median <= limit },
      absolute: `${formatSpread(ms)} ms; bare node:http ${formatSpread(bareMs)} ms`,
    });
  }
}

function table(): string {
  const lines = [
    "| measure | ratio, median (min–max) | baseline | target | absolute, median (min–max) |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${r.measure} | ${formatSpread(r.ratio, 2)} | ${r.baseline} | ${r.target ? `${r.target.text}: ${r.target.met ? "met" : "**missed**"}` : "—"} | ${r.absolute} |`,
    ),
  ];
  return lines.join("\n");
}

ensureWrk();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`sysplugins bench: ${RUNS} runs of ${SECONDS} s per load figure, on ${machine}\n`);
try {
  const server = await startServer({ dataDir: join(dir, "read"), pluginDir, token });
  try {
    await readPath(server);
    await listFront(server);
  } finally {
    await server.stop();
  }
  rows.push(...(await peerRows({ seconds: SECONDS, runs: RUNS, dir })));
  rows.push(...(await pluginProcessRows({ seconds: SECONDS, runs: RUNS, dir })));
  await writes();
  await fanOut(await checksum());
  await startup();
  rows.push(...(await clusterRows({ dir, pluginDir, sha: smallSha, token, seconds: SECONDS, runs: RUNS })));
} finally {
  await rm(dir, { recursive: true, force: true });
}
const output = table();
console.log(output);
const resultsDir = fileURLToPath(new URL("../results/", import.meta.url));
await writeFile(
  join(resultsDir, "latest.json"),
  `${JSON.stringify({ machine, runs: RUNS, seconds: SECONDS, date: new Date().toISOString(), rows }, null, 2)}\n`,
);
await writeFile(join(resultsDir, "latest.md"), `${output}\n`);
console.log(`\nwritten to bench/results/latest.json and latest.md`);
