// Runs `bao server -dev` on a free 127.0.0.1 port, with a config file that names the plugin directory
// (plugin_directory, not -dev-plugin-dir: that one auto-registers every file and stops on a non-plugin).
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findBao } from "./find.js";

export interface BaoServer {
  /** http://127.0.0.1:PORT */
  address: string;
  token: string;
  /** The plugin directory, absolute and free of symlinks. */
  pluginDir: string;
  version: string;
  /** The server process's id (for measurements of its own, such as its resident memory). */
  pid: number | undefined;
  /** What the server printed so far (stdout and stderr), for a failing test's message. */
  log(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Must exist. Resolved to a real path: OpenBao refuses plugins reached through a symlink. */
  pluginDir: string;
  /** The root token; random by default. */
  token?: string;
  /** How long to wait for the server to answer sys/health. */
  timeoutMs?: number;
}

/** A loopback port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

async function healthy(address: string): Promise<boolean> {
  try {
    const res = await fetch(`${address}/v1/sys/health`, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

export async function startBao(options: StartOptions): Promise<BaoServer> {
  const found = findBao();
  if ("missing" in found) throw new Error(found.missing);
  const pluginDir = await realpath(options.pluginDir);
  const token = options.token ?? `root-${randomBytes(8).toString("hex")}`;
  const home = await mkdtemp(join(await realpath(tmpdir()), "sysplugins-bao-"));
  const configFile = join(home, "config.hcl");
  await writeFile(configFile, `plugin_directory = ${JSON.stringify(pluginDir)}\n`);
  const port = await freePort();
  const address = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, TMPDIR: home };
  const child = spawn(
    found.bin,
    [
      "server",
      "-dev",
      `-dev-root-token-id=${token}`,
      `-dev-listen-address=127.0.0.1:${port}`,
      "-dev-no-store-token",
      `-config=${configFile}`,
    ],
    { env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-64 * 1024);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const gone = exited(child);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await gone;
      clearTimeout(timer);
    }
    await rm(home, { recursive: true, force: true });
  };

  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let dead = false;
  void gone.then(() => {
    dead = true;
  });
  while (!(await healthy(address))) {
    if (dead || Date.now() > deadline) {
      await stop();
      const why = dead ? `exited with ${child.exitCode ?? child.signalCode}` : "did not answer sys/health";
      throw new Error(`bao server -dev on ${address} ${why}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { address, token, pluginDir, version: found.version, pid: child.pid, log: () => output, stop };
}
