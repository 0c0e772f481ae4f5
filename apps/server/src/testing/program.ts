// The built program (dist/main.js) as a user runs it, for tests that kill it, damage its files and start it
// again: started on a loopback port with the given data and plugin directories.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../../dist/main.js", import.meta.url));

export interface Program {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** SIGTERM, and wait for the exit. */
  stop(): Promise<number | null>;
}

export interface Refusal {
  code: number | null;
  output: string;
}

/**
 * Starts the program; resolves once it prints its address, or with its exit code and output when it exits.
 * The checksum plugin runtime unless `args` name one: these tests write binaries that are not plugins.
 */
export function startProgram(args: string[], env: Record<string, string> = {}): Promise<Program | Refusal> {
  const runtime = args.some((a) => a.startsWith("--plugin-runtime")) ? [] : ["--plugin-runtime", "checksum"];
  const child = spawn(process.execPath, [main, "--listen", "127.0.0.1:0", ...runtime, ...args], {
    env: { ...process.env, SYSPLUGINS_LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => {
    output += d;
  });
  child.stderr.on("data", (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      clearInterval(poll);
      child.kill("SIGKILL");
      reject(new Error(`no address printed within 20 s: ${output}`));
    }, 20_000);
    const poll = setInterval(() => {
      const m = /export VAULT_ADDR='([^']+)'/.exec(output);
      if (!m?.[1]) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve({
        child,
        url: m[1],
        output: () => output,
        exited,
        stop() {
          child.kill("SIGTERM");
          return exited;
        },
      });
    }, 20);
    void exited.then((code) => {
      clearInterval(poll);
      clearTimeout(timer);
      // Let the last output arrive before it is read.
      setImmediate(() => resolve({ code, output }));
    });
  });
}

export const isRefusal = (p: Program | Refusal): p is Refusal => !("url" in p);
