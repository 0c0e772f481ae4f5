// Starting what mounts run: every mount at boot (as Vault sets its mounts up at unseal: the pin, else the
// configured version, else the selection rules), and the mounts a reload names. Storage is read in one
// transaction; the runtime checks binaries outside it, each binary once per call.
import type { MountRecord } from "../../domain/records.js";
import type { MountRef } from "../../ports/runtime.js";
import type { MountsContext } from "./context.js";
import { defaultMounts, devMounts } from "./new-mount.js";
import { invalidBackendVersion, mountRef, routePath, startRequest } from "./paths.js";

export function createSetup({ storage, runtime, selection }: MountsContext) {
  /** Starts the mounts' plugins; returns one error line per mount that failed, in Vault's words. */
  async function restart(targets: readonly MountRecord[], signal?: AbortSignal): Promise<string[]> {
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
    const started = planned.flatMap((p, i) => ("plugin" in p ? [{ i, ...startRequest(p.m, p.plugin) }] : []));
    const results = await runtime.start(started, signal);
    results.forEach((r, k) => {
      const { i, mount, plugin } = started[k] as (typeof started)[number];
      const reason = !r.ok && (plugin.builtin ? r.error : invalidBackendVersion(r.error));
      if (reason) errors[i] = `cannot reload plugin on "${mount.route}": ${reason}`;
    });
    return errors.filter((e) => e !== undefined);
  }

  /** The mounts this node has set up, by uuid: what to stop when another node disables one. */
  const known = new Map<string, MountRef>();
  const remember = (mounts: readonly MountRecord[]) => {
    for (const m of mounts) known.set(m.uuid, mountRef(m));
  };

  return {
    restart,

    /** Another node enabled or disabled mounts: starts those not running here, stops those gone. */
    async sync(): Promise<string[]> {
      const mounts = await storage.transact((tx) => tx.mounts.list());
      const current = new Set(mounts.map((m) => m.uuid));
      for (const [uuid, ref] of known) {
        if (current.has(uuid)) continue;
        await runtime.stop(ref);
        known.delete(uuid);
      }
      remember(mounts);
      const missing = mounts.filter((m) => !runtime.running(mountRef(m)));
      return missing.length > 0 ? restart(missing) : [];
    },

    /** At start: adds the default mounts a server lacks (and secret/ to a fresh one), then starts every mount. */
    async setUpAll(): Promise<string[]> {
      const mounts = await storage.transact(async (tx) => {
        const fresh = (await tx.mounts.list()).length === 0;
        for (const m of [...defaultMounts(), ...(fresh ? devMounts() : [])]) {
          if (!(await tx.mounts.get(m.table, m.path))) await tx.mounts.create(m);
        }
        return tx.mounts.list();
      });
      remember(mounts);
      return restart(mounts);
    },
  };
}
