// Both servers of the differential run, on loopback with temporary directories and the same binaries.
import { cp } from "node:fs/promises";
import { join } from "node:path";
import { startBaoWithPlugins } from "@sysplugins/openbao-harness";
import { startFixture } from "@sysplugins/server/testing";
import type { Target } from "./run.js";

/** The flags that put our server in OpenBao's flavour, running plugins as processes as OpenBao does. */
export const OURS_ARGS = ["--flavor", "openbao", "--plugin-runtime", "process"];

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
      plugins: bao.plugins,
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
