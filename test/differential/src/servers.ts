// Both servers of the differential run, on loopback with temporary directories and the same binaries.
import { createHash } from "node:crypto";
import { cp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { startBaoWithPlugins } from "@sysplugins/openbao-harness";
import type { PluginBinary } from "@sysplugins/plugins";
import { startFixture } from "@sysplugins/server/testing";
import type { Target } from "./run.js";

/** The flags that put our server in OpenBao's flavour, running plugins as processes as OpenBao does. */
export const OURS_ARGS = ["--flavor", "openbao", "--plugin-runtime", "process"];

/** An executable that is not a plugin (it prints a line and exits), in both plugin directories. */
export const NOT_A_PLUGIN = "not-a-plugin";
const SCRIPT = "#!/bin/sh\necho hello from a script\n";

async function addScript(dirs: string[]): Promise<PluginBinary> {
  for (const dir of dirs) await writeFile(join(dir, NOT_A_PLUGIN), SCRIPT, { mode: 0o755 });
  return {
    name: NOT_A_PLUGIN,
    type: "secret",
    version: "v0.0.0",
    pkg: "",
    sha256: createHash("sha256").update(SCRIPT).digest("hex"),
    file: join(dirs[0] as string, NOT_A_PLUGIN),
    command: NOT_A_PLUGIN,
  };
}

/** Real OpenBao (the `bao` found: $SYSPLUGINS_BAO or PATH) and our server emulating the same release. */
export async function startBoth(oursArgs: string[] = OURS_ARGS) {
  const bao = await startBaoWithPlugins();
  try {
    const fixture = await startFixture([...oursArgs, "--vault-version", bao.version]);
    for (const p of bao.plugins)
      await cp(p.file, join(fixture.pluginDir, p.command), { preserveTimestamps: true });
    const ours: Target = {
      name: `our server (--flavor openbao --vault-version ${bao.version})`,
      address: fixture.url,
      token: fixture.token,
      pluginDir: fixture.pluginDir,
    };
    const openbao: Target = {
      name: `OpenBao ${bao.version}`,
      address: bao.address,
      token: bao.token,
      pluginDir: bao.pluginDir,
    };
    return {
      ours,
      openbao,
      release: bao.version,
      plugins: [...bao.plugins, await addScript([bao.pluginDir, fixture.pluginDir])],
      async stop() {
        await fixture.close();
        await bao.stop();
      },
    };
  } catch (error) {
    await bao.stop();
    throw error;
  }
}
