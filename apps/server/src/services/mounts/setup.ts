// Starting what mounts run: every mount at boot (as Vault sets its mounts up at unseal: the pin, else the
// configured version, else the selection rules), and the mounts a reload names. Storage is read in one
// transaction; the runtime checks binaries outside it, each binary once per call.
import type { MountRecord } from "../../domain/records.js";
import type { MountsContext } from "./context.js";
import { defaultMounts } from "./new-mount.js";
import { mountRef, routePath } from "./paths.js";

export function createSetup({ storage, runtime, selection }: MountsContext) {
  /** Starts the mounts' plugins; returns one error line per mount that failed, in Vault's words. */
  async function restart(targets: readonly MountRecord[]): Promise<string[]> {
    const planned = await storage.transact(async (tx) =>
      Promise.all(
        targets.map(async (m) => ({
          m,
          ...(await selection.pluginToRun(tx, m, await selection.versionToRun(tx, m))),
        })),
      ),
    );
    const errors = planned.map((p) =>
      "error" in p ? `cannot reload plugin on "${routePath(p.m)}": ${p.error}` : undefined,
    );
    const started = planned.flatMap((p, i) =>
      "plugin" in p ? [{ i, mount: mountRef(p.m), plugin: p.plugin }] : [],
    );
    const results = await runtime.start(started);
    results.forEach((r, k) => {
      const { i, mount } = started[k] as (typeof started)[number];
      if (!r.ok) errors[i] = `cannot reload plugin on "${mount.route}": ${r.error}`;
    });
    return errors.filter((e) => e !== undefined);
  }

  return {
    restart,

    /** At start: adds the default mounts a fresh server lacks, then starts every mount. */
    async setUpAll(): Promise<string[]> {
      const mounts = await storage.transact(async (tx) => {
        for (const m of defaultMounts()) {
          if (!(await tx.mounts.get(m.table, m.path))) await tx.mounts.create(m);
        }
        return tx.mounts.list();
      });
      return restart(mounts);
    },
  };
}
