// The "checksum" plugin runtime: it runs no plugin process. Starting a builtin always succeeds; starting
// an external plugin checks its binary as Vault does before it runs one (binary-check.ts) and records it
// as running on the mount, in memory. Registration learns nothing by running the binary, and requests
// under a mount are answered by the server itself (unsupported path).

import type { PluginType } from "../../domain/plugin-type.js";
import type { ExternalPlugin, MountRef, PluginRuntime, Running, StartRequest } from "../../ports/runtime.js";
import { check, createGate, type Hashes, READERS } from "./binary-check.js";

export function createVerifyingRuntime({ pluginDirectory }: { pluginDirectory: string }): PluginRuntime {
  const running = new Map<string, Running>();
  const read = createGate(READERS);
  return {
    async start(requests: readonly StartRequest[], signal?: AbortSignal) {
      const hashes: Hashes = new Map();
      const results = await Promise.all(
        requests.map((r) => check(pluginDirectory, r.plugin, hashes, read, signal)),
      );
      results.forEach((result, i) => {
        if (result.ok) running.set((requests[i] as StartRequest).mount.uuid, result.running);
      });
      return results;
    },
    async stop(mount: MountRef) {
      running.delete(mount.uuid);
    },
    running: (mount: MountRef) => running.get(mount.uuid),
    // OpenBao and Vault run a plugin registered without a type to ask it what it is; this runtime cannot.
    inspect: async (_plugin: ExternalPlugin, type: PluginType | "unknown") =>
      type === "unknown"
        ? { ok: false, errors: ["unable to determine plugin type"] }
        : { ok: true, type, version: "" },
    request: async () => undefined,
    exists: async () => undefined,
    invalidate: async () => {},
    unauthenticatedPaths: () => [],
    async close() {
      running.clear();
    },
  };
}
