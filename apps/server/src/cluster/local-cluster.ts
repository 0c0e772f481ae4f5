// A local cluster: nodes of the built server (dist/main.js), each its own process on its own loopback
// port, sharing one PostgreSQL database and one plugin directory. The cluster tests drive it, and
// `pnpm cluster` (cli.ts) starts one for people.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../postgres/server.js";

// The built program, also when this file runs from src/ (the tests).
const main = fileURLToPath(new URL("../main.js", import.meta.url)).replace(
  /\/src\/main\.js$/,
  "/dist/main.js",
);

export interface ClusterNode {
  nodeId: string;
  url: string;
  port: number;
  /** The running process, undefined once it has exited. */
  readonly child: ChildProcess | undefined;
  /** Everything it printed (stdout and stderr). */
  output(): string;
  /** Sends a signal and waits for the process to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again (same id and port), once it has exited. */
  start(): Promise<void>;
}

export interface LocalClusterOptions {
  storageUrl: string;
  pluginDirectory: string;
  /** The token every node is given; undefined: none is given, each node keeps or makes one. */
  rootToken?: string;
  nodes?: number;
  /** The first node's port; the others follow. Free ports when absent. */
  basePort?: number;
  logLevel?: string;
  /** The nodes' --plugin-runtime; their default (process) when absent. */
  pluginRuntime?: "process" | "checksum";
  /** Where the nodes' output goes as well (the command passes process.stderr). */
  echo?: NodeJS.WritableStream;
  /** More environment for every node (the tests' short heartbeat and down thresholds). */
  env?: Record<string, string>;
  /** Gives each node its own data directory under this one (for what a node keeps there). */
  dataDirs?: string;
  /** The cluster's encryption key file (every node's); by default one is made for the cluster's life. */
  encryptionKeyFile?: string;
}

export interface LocalCluster {
  nodes: ClusterNode[];
  /** A further process with the given node id on a free port, not started (a replacement, a rogue). */
  extraNode(nodeId: string): Promise<ClusterNode>;
  close(): Promise<void>;
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });

function node(nodeId: string, port: number, options: LocalClusterOptions): ClusterNode {
  let child: ChildProcess | undefined;
  let output = "";
  const url = `http://127.0.0.1:${port}`;
  const self: ClusterNode = {
    nodeId,
    url,
    port,
    get child() {
      return child;
    },
    output: () => output,
    async kill(signal = "SIGTERM") {
      const c = child;
      if (!c) return;
      c.kill(signal);
      await exited(c);
    },
    async start() {
      if (child) throw new Error(`${nodeId} is running`);
      const c = spawn(
        process.execPath,
        [
          main,
          ...["--listen", `127.0.0.1:${port}`, "--node-id", nodeId],
          ...["--plugin-directory", options.pluginDirectory, "--log-level", options.logLevel ?? "warn"],
          ...(options.dataDirs ? ["--data-dir", `${options.dataDirs}/${nodeId}-${port}`] : []),
          // The nodes share one token and one home directory: none of them writes ~/.vault-token.
          "--dev-no-store-token",
          ...(options.pluginRuntime ? ["--plugin-runtime", options.pluginRuntime] : []),
        ],
        {
          // The storage URL holds PostgreSQL's password: in the environment, which other users cannot
          // read, not on the command line, which they can (/proc/PID/cmdline).
          env: {
            ...process.env,
            ...(options.rootToken ? { SYSPLUGINS_ROOT_TOKEN: options.rootToken } : {}),
            SYSPLUGINS_STORAGE: options.storageUrl,
            ...(options.encryptionKeyFile
              ? { SYSPLUGINS_ENCRYPTION_KEY_FILE: options.encryptionKeyFile }
              : {}),
            ...options.env,
          },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      child = c;
      const from = output.length;
      const take = (d: Buffer) => {
        output += d;
        options.echo?.write(`[${nodeId}] ${d}`);
      };
      c.stdout?.on("data", take);
      c.stderr?.on("data", take);
      c.once("exit", () => {
        if (child === c) child = undefined;
      });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${nodeId} did not start in 30s: ${output}`)),
          30_000,
        );
        const poll = setInterval(() => {
          if (!output.slice(from).includes("export VAULT_ADDR=")) return;
          clearInterval(poll);
          clearTimeout(timer);
          resolve();
        }, 20);
        c.once("exit", (code) => {
          clearInterval(poll);
          clearTimeout(timer);
          reject(new Error(`${nodeId} exited with ${code}: ${output}`));
        });
      });
    },
  };
  return self;
}

/** Starts the nodes one after the other (the first applies the migrations), node-1 … node-N. */
export async function startLocalCluster(given: LocalClusterOptions): Promise<LocalCluster> {
  const count = given.nodes ?? 3;
  const nodes: ClusterNode[] = [];
  // The nodes share one key sealing secrets at rest: a new one in a private directory unless given.
  const keyDir = given.encryptionKeyFile ? undefined : await mkdtemp(join(tmpdir(), "sysplugins-key-"));
  const options = keyDir ? { ...given, encryptionKeyFile: join(keyDir, "cluster.key") } : given;
  if (keyDir) {
    await writeFile(options.encryptionKeyFile as string, `${randomBytes(32).toString("base64")}\n`, {
      mode: 0o600,
      flag: "wx",
    });
  }
  const close = async () => {
    // A paused node would never exit: it is let go on first.
    for (const n of nodes) n.child?.kill("SIGCONT");
    await Promise.all(nodes.map((n) => n.kill("SIGTERM")));
    if (keyDir) await rm(keyDir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < count; i++) {
      const port = options.basePort ? options.basePort + i : await freePort();
      const n = node(`node-${i + 1}`, port, options);
      nodes.push(n);
      await n.start();
    }
  } catch (err) {
    await close();
    throw err;
  }
  return {
    nodes,
    async extraNode(nodeId) {
      const n = node(nodeId, await freePort(), options);
      nodes.push(n);
      return n;
    },
    close,
  };
}
