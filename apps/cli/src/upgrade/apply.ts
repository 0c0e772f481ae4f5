// Carrying out a plan: each step reported as it happens, then a check of what runs, and on failure a
// rollback to the state the plan recorded before it started.
import { isNotFound, isUnsupported, type SysPluginsClient, VaultResponseError } from "@sysplugins/client";
import { inventory, type MountRow } from "../inventory.js";
import { short } from "../output.js";
import type { Plan } from "./plan.js";

/** Where progress goes: an event (one NDJSON line) and, for people, a line. */
export type Report = (event: Record<string, unknown>, line: string) => void;

const messageOf = (err: unknown) =>
  err instanceof VaultResponseError || err instanceof Error ? err.message : String(err);

async function step(
  report: Report,
  failures: string[],
  event: Record<string, unknown>,
  label: string,
  action: () => Promise<unknown>,
): Promise<boolean> {
  try {
    await action();
    report({ event: "step", ...event, ok: true }, `✓ ${label}`);
    return true;
  } catch (err) {
    const message = messageOf(err);
    failures.push(`${label}: ${message}`);
    report({ event: "step", ...event, ok: false, error: message }, `✗ ${label}: ${message}`);
    return false;
  }
}

/** Sets a mount's plugin_version; for a database connection, writes it, which restarts the connection. */
function tune(client: SysPluginsClient, m: MountRow, version: string): Promise<unknown> {
  if (m.type === "database")
    return client.database.write(m.mountPath.replace(/\/$/, ""), m.connection ?? "", {
      plugin_version: version,
    });
  return (m.type === "auth" ? client.auth : client.mounts).tune(m.mountPath, { plugin_version: version });
}

/** Reload what the plan moves: the mounts it tuned, or every mount of the plugin for a pin. */
async function reload(client: SysPluginsClient, plan: Plan, mounts: MountRow[]): Promise<unknown> {
  // A connection restarts when its plugin_version is written: there is nothing more to reload.
  if (plan.method === "tune" && plan.type === "database") return;
  if (plan.method === "tune") return client.reload.backend({ mounts: mounts.map((m) => m.path) });
  try {
    return await client.reload.plugin(plan.type, plan.name);
  } catch (err) {
    // Servers without reload/:type/:name (OpenBao, Vault before 1.16): reload by plugin name.
    if (isNotFound(err) || isUnsupported(err)) return client.reload.backend({ plugin: plan.name });
    throw err;
  }
}

export interface Outcome {
  ok: boolean;
  failures: string[];
  mounts: { path: string; running: string; runningSha256: string; ok: boolean }[];
  /** What the rollback put back, in words. */
  restored: string[];
  /** True when the recorded state is back (and verified). */
  rolledBack: boolean;
}

async function verify(
  client: SysPluginsClient,
  mounts: MountRow[],
  expect: (m: MountRow) => [string, string],
) {
  const now = await inventory(client);
  return mounts.map((before) => {
    const m = now.find((n) => n.path === before.path);
    const [version, sha256] = expect(before);
    return {
      path: before.path,
      running: m?.running ?? "",
      runningSha256: m?.runningSha256 ?? "",
      ok: m !== undefined && m.running === version && m.runningSha256 === sha256,
    };
  });
}

export async function apply(
  client: SysPluginsClient,
  plan: Plan,
  report: Report,
  rollbackOnFailure: boolean,
): Promise<Outcome> {
  const failures: string[] = [];
  let ok = true;
  let pinMoved = false;
  let reloaded = false;
  const tuned: MountRow[] = [];

  if (plan.register) {
    ok = await step(
      report,
      failures,
      { step: "register", version: plan.version },
      `registered ${plan.version}`,
      () =>
        client.catalog.register(plan.type, plan.name, {
          sha256: plan.sha256,
          command: plan.register?.command ?? plan.name,
          version: plan.version,
        }),
    );
  }
  if (ok && plan.method === "pin" && plan.previousPin !== plan.version) {
    pinMoved = true;
    ok = await step(
      report,
      failures,
      { step: "pin", version: plan.version },
      `pinned ${plan.name} to ${plan.version}`,
      () => client.pins.pin(plan.type, plan.name, plan.version),
    );
  } else if (ok && plan.method === "tune") {
    for (const m of plan.pending) {
      tuned.push(m);
      ok = await step(
        report,
        failures,
        { step: "tune", mount: m.path, version: plan.version },
        `tuned ${m.path} to ${plan.version}`,
        () => tune(client, m, plan.version),
      );
      if (!ok) break;
    }
  }
  if (ok && plan.pending.length > 0) {
    reloaded = true;
    await step(report, failures, { step: "reload" }, "reloaded", () => reload(client, plan, plan.pending));
  }

  const mounts = await verify(client, plan.mounts, () => [plan.version, plan.sha256]);
  for (const r of mounts) {
    report(
      { event: "verify", ...r },
      r.ok
        ? `✓ ${r.path} runs ${r.running} (sha256 ${short(r.runningSha256)})`
        : `✗ ${r.path} runs ${r.running || "(unversioned)"} (sha256 ${short(r.runningSha256) || "-"}), expected ${plan.version} (sha256 ${short(plan.sha256)})`,
    );
  }
  const success = failures.length === 0 && mounts.every((r) => r.ok);
  if (success || !rollbackOnFailure)
    return { ok: success, failures, mounts, restored: [], rolledBack: false };

  // Rollback: to what the plan recorded before it started, never to anything this run wrote.
  const restored: string[] = [];
  const undo: string[] = [];
  let back = true;
  const restore = async (event: Record<string, unknown>, label: string, action: () => Promise<unknown>) => {
    const done = await step(report, undo, { ...event, rollback: true }, label, action);
    if (done) restored.push(label);
    back = back && done;
  };
  if (pinMoved) {
    const previous = plan.previousPin;
    await restore(
      { step: "pin", version: previous ?? "" },
      previous
        ? `restored the pin of ${plan.name} to ${previous}`
        : `removed the pin of ${plan.name} (there was none)`,
      () =>
        previous ? client.pins.pin(plan.type, plan.name, previous) : client.pins.unpin(plan.type, plan.name),
    );
  }
  for (const m of tuned) {
    if (!m.configured && m.type !== "database") {
      back = false;
      report(
        {
          event: "step",
          step: "tune",
          mount: m.path,
          rollback: true,
          ok: false,
          error: "no version to restore",
        },
        `✗ ${m.path} had no plugin_version before; Vault refuses to tune back to an empty version`,
      );
      continue;
    }
    await restore(
      { step: "tune", mount: m.path, version: m.configured },
      `tuned ${m.path} back to ${m.configured}`,
      () => tune(client, m, m.configured),
    );
  }
  if (plan.replaces) {
    const e = plan.replaces;
    await restore(
      { step: "register", version: plan.version },
      `re-registered ${plan.version} with its former sha256 ${short(e.sha256)}`,
      () =>
        client.catalog.register(plan.type, plan.name, {
          sha256: e.sha256,
          command: e.command,
          version: plan.version,
          ...(e.args?.length ? { args: e.args } : {}),
        }),
    );
  }
  if (reloaded)
    await restore({ step: "reload" }, "reloaded", () =>
      reload(client, plan, tuned.length ? tuned : plan.pending),
    );
  const after = await verify(client, plan.pending, (m) => [m.running, m.runningSha256]);
  for (const r of after) {
    const before = plan.pending.find((m) => m.path === r.path) as MountRow;
    report(
      { event: "verify", rollback: true, ...r },
      r.ok
        ? `✓ ${r.path} runs ${r.running || "(unversioned)"} again, as before`
        : `✗ ${r.path} runs ${r.running || "(unversioned)"}, before it ran ${before.running || "(unversioned)"}`,
    );
  }
  failures.push(...undo);
  return { ok: false, failures, mounts, restored, rolledBack: back && after.every((r) => r.ok) };
}
