// What Vault checks of an external plugin's binary before it runs one, for every runtime: the command
// still resolves inside the plugin directory, the binary exists, its streamed SHA-256 is the catalog's
// (go-plugin's SecureConfig, before exec), and it can be executed. Each binary is hashed once per call
// (one reload, or the set-up of every mount at boot), however many mounts use it.
//
// Plugin files never hold the threads the store needs: only a regular file is read (a FIFO or a device
// is refused as exec refuses it, before it is opened), at most two binaries are read at a time (libuv
// has four threads for every file operation of the process), and reading stops when the client that
// asked for it goes away.
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { join } from "node:path";
import { sha256File } from "@sysplugins/go-semantics";
import { PluginPathError, resolveCommand } from "../../domain/plugin-directory.js";
import type { RunnablePlugin, StartResult } from "../../ports/runtime.js";

export type Hashes = Map<string, Promise<string>>;

/** Why a plugin cannot start, in Vault's words. */
export class RunError extends Error {}

/** Runs `work` when fewer than `limit` others run. */
export function createGate(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await work();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/** How many plugin binaries are read at once. */
export const READERS = 2;

/**
 * Checks an external plugin's binary as Vault's plugin client does before it runs one: the command
 * resolves in the plugin directory, the SHA-256 matches (go-plugin's SecureConfig, before exec), and the
 * file can be executed (exec's EACCES: no exec bit, or not a regular file). Returns its SHA-256.
 */
export async function verify(
  pluginDirectory: string,
  plugin: RunnablePlugin,
  hashes: Hashes,
  read: ReturnType<typeof createGate>,
  signal?: AbortSignal,
): Promise<string> {
  if (plugin.builtin) return "";
  if (plugin.oci_image) return plugin.sha256;
  const command = join(pluginDirectory, plugin.command);
  const denied = new RunError(`fork/exec ${command}: permission denied`);
  let real: string;
  try {
    real = (await resolveCommand(pluginDirectory, plugin.command)).real;
  } catch (err) {
    if (!(err instanceof PluginPathError)) throw err;
    if (err.missing) throw new RunError(`fork/exec ${command}: no such file or directory`);
    throw new RunError(err.message);
  }
  let pending = hashes.get(real);
  if (!pending) {
    pending = read(async () => {
      if (!(await stat(real)).isFile())
        throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
      return sha256File(real, signal ? { signal } : {});
    });
    hashes.set(real, pending);
  }
  const actual = await pending.catch((err: NodeJS.ErrnoException) => {
    if (err.name === "AbortError") throw new RunError("context canceled");
    throw err.code === "EACCES" || err.code === "ENOTREG"
      ? denied
      : new RunError(`fork/exec ${command}: ${err.message}`);
  });
  if (actual !== plugin.sha256.toLowerCase()) throw new RunError("checksums did not match");
  await access(real, constants.X_OK).catch(() => {
    throw denied;
  });
  return actual;
}

export async function check(
  pluginDirectory: string,
  plugin: RunnablePlugin,
  hashes: Hashes,
  read: ReturnType<typeof createGate>,
  signal?: AbortSignal,
): Promise<StartResult> {
  try {
    const sha256 = await verify(pluginDirectory, plugin, hashes, read, signal);
    return { ok: true, running: { version: plugin.version, sha256, builtin: plugin.builtin } };
  } catch (err) {
    if (err instanceof RunError) return { ok: false, error: err.message };
    throw err;
  }
}
