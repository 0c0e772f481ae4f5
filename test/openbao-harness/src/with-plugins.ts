// The usual set-up: the project's plugins built into a fresh directory, and a real OpenBao using it.
import { mkdtemp, realpath, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildPlugins, type PluginBinary } from "@sysplugins/plugins";
import { type BaoServer, startBao } from "./server.js";

export interface BaoWithPlugins extends BaoServer {
  plugins: PluginBinary[];
  /** The binary of a plugin at a version; throws when the build has none. */
  plugin(name: string, version: string): PluginBinary;
}

/** Builds the plugins into a temporary directory (real path), starts OpenBao on it; stop() removes both. */
export async function startBaoWithPlugins(options: { token?: string } = {}): Promise<BaoWithPlugins> {
  const pluginDir = await mkdtemp(join(await realpath(tmpdir()), "sysplugins-bao-plugins-"));
  try {
    const plugins = await buildPlugins(pluginDir);
    const server = await startBao({ pluginDir, ...options });
    return {
      ...server,
      plugins,
      plugin(name, version) {
        const found = plugins.find((p) => p.name === name && p.version === version);
        if (!found) throw new Error(`no plugin ${name} ${version} was built`);
        return found;
      },
      async stop() {
        await server.stop();
        await rm(pluginDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(pluginDir, { recursive: true, force: true });
    throw error;
  }
}
