import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findSetpriv } from "./death-signal.js";
import { PluginRpcError, PluginShutdownError } from "./errors.js";
import { startPlugin } from "./plugin-process.js";
import { plugin, skipReason } from "./test-support/binaries.js";
import { MemoryStorage } from "./test-support/memory-storage.js";
import { isRunning, waitGone } from "./test-support/proc.js";

const DIST_INDEX = fileURLToPath(new URL("../dist/index.js", import.meta.url));

const systemView = { defaultLeaseTtlSeconds: 60, maxLeaseTtlSeconds: 120, localMount: false };
const info = {
  id: "1",
  operation: "read" as const,
  path: "info",
  mountPoint: "m/",
  mountType: "plugin",
  mountAccessor: "a",
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sysplugins-go-plugin-life-"));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function socketDirs(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((n) => n.startsWith("sysplugins-plugin-"));
}

describe.skipIf(skipReason !== undefined)("a plugin process's life", () => {
  it("kill: the controller's Shutdown, no process and no socket directory left", async () => {
    const before = await socketDirs();
    const proc = await startPlugin({ command: plugin("sysplugins-secret").file, kind: "backend" });
    const backend = await proc.backend({
      backendUuid: "u",
      config: {},
      storage: new MemoryStorage(),
      systemView,
    });
    expect(isRunning(proc.pid)).toBe(true);
    await proc.kill();
    expect(isRunning(proc.pid)).toBe(false);
    expect(proc.isAlive()).toBe(false);
    expect(await proc.exited).toEqual({ code: 0, signal: null }); // it left on its own after Shutdown
    expect(await socketDirs()).toEqual(before);
    await expect(backend.handleRequest(info)).rejects.toEqual(new PluginShutdownError("plugin is shut down"));
    await proc.kill(); // twice is harmless
  });

  it("a plugin that dies is noticed: exited settles, calls fail with the SDK's shutdown error", async () => {
    const proc = await startPlugin({ command: plugin("sysplugins-secret").file, kind: "backend" });
    const backend = await proc.backend({
      backendUuid: "u",
      config: {},
      storage: new MemoryStorage(),
      systemView,
    });
    process.kill(proc.pid, "SIGKILL");
    expect(await proc.exited).toEqual({ code: null, signal: "SIGKILL" });
    expect(proc.isAlive()).toBe(false);
    const error = await backend.handleRequest(info).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PluginShutdownError);
    expect((error as Error).message).toBe("plugin is shut down");
  });

  it("a plugin that dies during a request: grpc-go's transport error, as OpenBao 2.7.2 answers it", async () => {
    const proc = await startPlugin({ command: plugin("sysplugins-secret").file, kind: "backend" });
    const storage = new MemoryStorage();
    // The plugin is killed while it waits for the host to store what the request writes.
    storage.put = async () => {
      process.kill(proc.pid, "SIGKILL");
      await proc.exited;
      throw new Error("unreachable: the plugin is gone");
    };
    const backend = await proc.backend({ backendUuid: "u", config: {}, storage, systemView });
    const error = await backend
      .handleRequest({ ...info, operation: "update", path: "data/k", data: { value: "v" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PluginRpcError);
    expect((error as Error).message).toBe(
      "rpc error: code = Unavailable desc = error reading from server: EOF",
    );
    // Calls after the exit was seen fail with the SDK's words without reaching for the socket.
    await expect(backend.handleRequest(info)).rejects.toEqual(new PluginShutdownError("plugin is shut down"));
  });

  /** Starts a plugin from a separate Node host, SIGKILLs that host, returns the plugin's pid. */
  async function orphanOfKilledHost(tieToHost: boolean): Promise<number> {
    if (!existsSync(DIST_INDEX)) throw new Error(`${DIST_INDEX} is missing: run pnpm build first`);
    const program = join(dir, "host.mjs");
    await writeFile(
      program,
      `import { startPlugin } from ${JSON.stringify(DIST_INDEX)};\n` +
        `const p = await startPlugin({ command: process.argv[2], kind: "backend", tieToHost: process.argv[3] === "tie" });\n` +
        `process.stdout.write(p.pid + "\\n");\n` +
        "setInterval(() => {}, 1 << 30);\n",
    );
    const host = spawn(
      process.execPath,
      [program, plugin("sysplugins-secret").file, tieToHost ? "tie" : "free"],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    const pid = await new Promise<number>((resolve, reject) => {
      let out = "";
      host.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        if (out.includes("\n")) resolve(Number(out.trim()));
      });
      host.once("exit", (code) => reject(new Error(`host exited (${code}) before starting the plugin`)));
    });
    expect(isRunning(pid)).toBe(true);
    const hostGone = new Promise((resolve) => host.once("exit", resolve));
    host.kill("SIGKILL");
    await hostGone;
    return pid;
  }

  it.skipIf(!findSetpriv())("SIGKILL of the host leaves no plugin (setpriv --pdeathsig KILL)", async () => {
    const pid = await orphanOfKilledHost(true);
    expect(await waitGone(pid)).toBe(true);
  });

  it("without the tie, a SIGKILLed host's plugin lives on, as Vault's do (the control for the test above)", async () => {
    const pid = await orphanOfKilledHost(false);
    try {
      // The orphan now serves nobody; it is still running once its host is gone.
      expect(isRunning(pid)).toBe(true);
    } finally {
      process.kill(-pid, "SIGKILL");
      await waitGone(pid);
    }
  });
});

it("says when plugins cannot be tied to the host's death", () => {
  if (!findSetpriv())
    console.warn("go-plugin: setpriv (util-linux) not found: a host killed with SIGKILL leaves its plugins");
  expect(process.platform !== "linux" || process.env.CI !== "true" || findSetpriv() !== undefined).toBe(true);
});
