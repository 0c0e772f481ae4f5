// Hashes one file in a fresh process and reports time and peak RSS, so that each method's memory is its own.
// mode "stream": the server's own sha256File. mode "memory": the file already in memory,
// hashed by node:crypto in one call (the ceiling; the read is not timed).
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { sha256File } from "@sysplugins/go-semantics";

const [mode, file] = process.argv.slice(2) as [string, string];
// Sampled rarely and cheaply: the sampler shares the thread with the streamed hash (not with the in-memory
// one, which is a single synchronous call), so a busy sampler would slow only the side it measures.
let peak = process.memoryUsage.rss();
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, 20);
const buffer = mode === "memory" ? await readFile(file) : undefined;
const started = process.hrtime.bigint();
const digest = buffer ? createHash("sha256").update(buffer).digest("hex") : await sha256File(file);
const ms = Number(process.hrtime.bigint() - started) / 1e6;
peak = Math.max(peak, process.memoryUsage.rss());
clearInterval(sampler);
process.stdout.write(JSON.stringify({ ms, peakRssMb: peak / 2 ** 20, digest }));
