// The processes a benchmark measures: the real server (its built entry point) and a bare node:http
// server, each a child process of its own on a loopback port.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const resolveFrom = createRequire(import.meta.url);
/** The server's built entry point, found through its package. */
export const serverMain = resolveFrom.resolve("@sysplugins/server").replace(/index\.js$/, "main.js");
const bareMain = fileURLToPath(new URL("bare-server.js", import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/** CPU time (user + system) a process has used, in milliseconds; undefined where /proc is missing. */
export function cpuMs(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

export interface Child {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Polls GET /v1/sys/health until 200; resolves with the milliseconds since `since`. */
export async function waitHealthy(url: string, since: bigint, timeoutMs = 30_000): Promise<number> {
  for (;;) {
    try {
      const r = await fetch(`${url}/v1/sys/health`);
      if (r.status === 200) return Number(process.hrtime.bigint() - since) / 1e6;
    } catch {}
    if (Number(process.hrtime.bigint() - since) / 1e6 > timeoutMs)
      throw new Error(`${url} never became healthy`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

function child(args: string[], env: NodeJS.ProcessEnv, url: string): Child {
  const proc = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return {
    url,
    process: proc,
    stop: () =>
      new Promise((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once("exit", () => resolve());
        proc.kill("SIGTERM");
      }),
  };
}

export async function startServer(opts: {
  dataDir: string;
  pluginDir: string;
  token: string;
  /** The rows so far measure the API with binaries that are verified, not run: the checksum runtime. */
  pluginRuntime?: "process" | "checksum";
}): Promise<Child & { startupMs: number }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = process.hrtime.bigint();
  const c = child(
    [
      serverMain,
      "--listen",
      `127.0.0.1:${port}`,
      "--data-dir",
      opts.dataDir,
      "--plugin-directory",
      opts.pluginDir,
      "--log-level",
      "error",
      "--plugin-runtime",
      opts.pluginRuntime ?? "checksum",
    ],
    { SYSPLUGINS_ROOT_TOKEN: opts.token },
    url,
  );
  return { ...c, startupMs: await waitHealthy(url, started) };
}

/** A node:http server answering every request with the same bytes, read from `bodyFile`. */
export async function startBare(bodyFile: string): Promise<Child & { startupMs: number }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = process.hrtime.bigint();
  const c = child([bareMain, String(port), bodyFile], {}, url);
  return { ...c, startupMs: await waitHealthy(url, started) };
}
