// The plugin runtime of this server: it runs no plugin process. Starting a builtin always succeeds;
// starting an external plugin checks what Vault checks before it runs one — the command still resolves
// inside the plugin directory, the binary exists, its streamed SHA-256 is the catalog's — and then records
// it as running on the mount, in memory. Each binary is hashed once per start() call (one reload, or the
// set-up of every mount at boot), however many mounts use it.
import { join } from "node:path";
import { sha256File } from "@sysplugins/go-semantics";
import { PluginPathError, resolveCommand } from "../../domain/plugin-directory.js";
import type {
  MountRef,
  PluginRuntime,
  RunnablePlugin,
  Running,
  StartRequest,
  StartResult,
} from "../../ports/runtime.js";

type Hashes = Map<string, Promise<string>>;

/** Why a plugin cannot start, in Vault's words. */
class RunError extends Error {}

/** Checks an external plugin's binary; returns its SHA-256, or throws a RunError. */
async function verify(pluginDirectory: string, plugin: RunnablePlugin, hashes: Hashes): Promise<string> {
  if (plugin.builtin) return "";
  if (plugin.oci_image) return plugin.sha256;
  let real: string;
  try {
    real = (await resolveCommand(pluginDirectory, plugin.command)).real;
  } catch (err) {
    if (!(err instanceof PluginPathError)) throw err;
    if (err.missing)
      throw new RunError(`fork/exec ${join(pluginDirectory, plugin.command)}: no such file or directory`);
    throw new RunError(err.message);
  }
  let pending = hashes.get(real);
  if (!pending) {
    pending = sha256File(real);
    hashes.set(real, pending);
  }
  const actual = await pending.catch((err: NodeJS.ErrnoException) => {
    throw new RunError(`fork/exec ${real}: ${err.code === "EACCES" ? "permission denied" : err.message}`);
  });
  if (actual !== plugin.sha256.toLowerCase()) throw new RunError("checksums did not match");
  return actual;
}

async function check(pluginDirectory: string, plugin: RunnablePlugin, hashes: Hashes): Promise<StartResult> {
  try {
    const sha256 = await verify(pluginDirectory, plugin, hashes);
    return { ok: true, running: { version: plugin.version, sha256, builtin: plugin.builtin } };
  } catch (err) {
    if (err instanceof RunError) return { ok: false, error: err.message };
    throw err;
  }
}

export function createVerifyingRuntime({ pluginDirectory }: { pluginDirectory: string }): PluginRuntime {
  const running = new Map<string, Running>();
  return {
    async start(requests: readonly StartRequest[]) {
      const hashes: Hashes = new Map();
      const results = await Promise.all(requests.map((r) => check(pluginDirectory, r.plugin, hashes)));
      results.forEach((result, i) => {
        if (result.ok) running.set((requests[i] as StartRequest).mount.uuid, result.running);
      });
      return results;
    },
    async stop(mount: MountRef) {
      running.delete(mount.uuid);
    },
    running: (mount: MountRef) => running.get(mount.uuid),
    probe: (plugin: RunnablePlugin) => check(pluginDirectory, plugin, new Map()),
    async close() {
      running.clear();
    },
  };
}
