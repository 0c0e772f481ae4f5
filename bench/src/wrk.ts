// Load from wrk (Debian's package), in its own process. A Lua script sets the method (LIST too, which
// Node-based generators refuse), headers and bodies, and prints a JSON summary when the run is done.
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

export interface WrkResult {
  requests: number;
  seconds: number;
  rps: number;
  errors: number;
  non2xx: number;
  p50ms: number;
  p99ms: number;
}

const summaryHook = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"duration_us":%d,"errors":%d,"non2xx":%d,"p50_us":%d,"p99_us":%d}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99)))
end
`;

export function parseWrkSummary(output: string): WrkResult {
  const line = output.split("\n").find((l) => l.startsWith('{"requests"'));
  if (!line) throw new Error(`wrk printed no summary:\n${output}`);
  const s = JSON.parse(line) as Record<string, number>;
  const seconds = (s.duration_us as number) / 1e6;
  return {
    requests: s.requests as number,
    seconds,
    rps: (s.requests as number) / seconds,
    errors: s.errors as number,
    non2xx: s.non2xx as number,
    p50ms: (s.p50_us as number) / 1000,
    p99ms: (s.p99_us as number) / 1000,
  };
}

export interface WrkRun {
  url: string;
  connections: number;
  seconds: number;
  /** Lua run before the summary hook: set wrk.method, wrk.headers, or define request(). */
  lua: string;
  dir: string;
}

let scripts = 0;

export async function wrk(run: WrkRun): Promise<WrkResult> {
  const script = join(run.dir, `wrk-${scripts++}.lua`);
  await writeFile(script, `${run.lua}\n${summaryHook}`);
  const threads = Math.min(2, run.connections);
  const { stdout } = await promisify(execFile)(
    "wrk",
    [
      "-t",
      String(threads),
      "-c",
      String(run.connections),
      "-d",
      `${run.seconds}s`,
      "--timeout",
      "5s",
      "-s",
      script,
      run.url,
    ],
    { timeout: (run.seconds + 30) * 1000 },
  );
  const result = parseWrkSummary(stdout);
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(
      `wrk saw ${result.errors} socket errors and ${result.non2xx} error statuses against ${run.url}`,
    );
  }
  return result;
}

/** Lua that sends one fixed request. */
export const fixedRequest = (method: string, headers: Record<string, string>) =>
  [
    `wrk.method = "${method}"`,
    ...Object.entries(headers).map(([k, v]) => `wrk.headers["${k}"] = "${v}"`),
  ].join("\n");

let registrationRun = 0;
/**
 * A script that registers a new version of secret plugin `name` at every request. Versions never repeat in
 * a process: the script's run, then `tag` (e.g. a node's index) and the thread's, then the request's count.
 */
export function registrationScript(o: { name: string; sha256: string; token: string; tag?: string }): string {
  const run = ++registrationRun;
  return `
local n = 0
local tid = 0
setup = function(thread) tid = tid + 1; thread:set("tid", tid) end
request = function()
  n = n + 1
  local body = string.format('{"sha256":"${o.sha256}","command":"bench-plugin","version":"${run}.${o.tag ?? ""}%d.%d"}', tid, n)
  return wrk.format("POST", "/v1/sys/plugins/catalog/secret/${o.name}", { ["X-Vault-Token"] = "${o.token}", ["Content-Type"] = "application/json" }, body)
end`;
}
