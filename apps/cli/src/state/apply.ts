// Carrying out a desired state's plan: each group with the guided upgrade's own steps, verification and
// rollback (upgrade/apply.ts), then the mounts to enable, each verified. When one fails, what the groups
// before it changed is undone too, newest first, and the versions this run registered are removed: the
// server is left as it was before the apply.
import type { SysPluginsClient } from "@sysplugins/client";
import { short } from "../output.js";
import { apply as applyPlan, doneBy, type Report, rollback } from "../upgrade/apply.js";
import { isNoop, type Plan } from "../upgrade/plan.js";
import type { Enable, StatePlan } from "./plan.js";

export interface StateOutcome {
  ok: boolean;
  /** Every failure, as the step that failed said it. */
  failures: string[];
  /** True when everything done before the failure was undone and verified. */
  rolledBack: boolean;
  restored: string[];
}

const api = (client: SysPluginsClient, e: Enable) => (e.table === "auth" ? client.auth : client.mounts);

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
    const message = err instanceof Error ? err.message : String(err);
    failures.push(`${label}: ${message}`);
    report({ event: "step", ...event, ok: false, error: message }, `✗ ${label}: ${message}`);
    return false;
  }
}

/** Enables a mount at a version and checks that it runs it. */
async function enable(client: SysPluginsClient, e: Enable, report: Report, failures: string[]) {
  const where = e.table === "auth" ? `auth/${e.path}/` : `${e.path}/`;
  const enabled = await step(
    report,
    failures,
    { step: "enable", mount: where, version: e.version },
    `enabled ${where} (${e.plugin} ${e.version})`,
    // Vault refuses a plugin_version for a pinned plugin: the mount runs the pin.
    () =>
      api(client, e).enable(e.path, {
        type: e.plugin,
        ...(e.pinned ? {} : { config: { plugin_version: e.version } }),
      }),
  );
  if (!enabled) return { enabled, ok: false };
  const m = (await api(client, e).read(e.path)).data;
  const ok = m.running_plugin_version === e.version;
  report(
    { event: "verify", path: where, running: m.running_plugin_version, runningSha256: m.running_sha256, ok },
    ok
      ? `✓ ${where} runs ${m.running_plugin_version} (sha256 ${short(m.running_sha256)})`
      : `✗ ${where} runs ${m.running_plugin_version || "(unversioned)"}, expected ${e.version}`,
  );
  if (!ok)
    failures.push(`${where} runs ${m.running_plugin_version || "(unversioned)"}, expected ${e.version}`);
  return { enabled, ok };
}

export async function applyState(
  client: SysPluginsClient,
  plan: StatePlan,
  report: Report,
): Promise<StateOutcome> {
  const failures: string[] = [];
  const done: Plan[] = [];
  const enabled: Enable[] = [];
  let failed: Plan | undefined;
  /** The failed group's registration went through (its rollback leaves the version registered). */
  let failedRegistered = false;
  let failedEnable = false;
  for (const p of plan.plans.filter((g) => !isNoop(g))) {
    report(
      { event: "group", type: p.type, name: p.name, version: p.version },
      `${p.type} plugin ${p.name} ${p.version}:`,
    );
    const outcome = await applyPlan(client, p, report, true);
    if (!outcome.ok) {
      failures.push(...outcome.failures);
      if (outcome.failures.length === 0)
        failures.push(`${p.type} plugin ${p.name} ${p.version}: a mount does not run it`);
      failed = p;
      failedRegistered = outcome.changed;
      break;
    }
    done.push(p);
  }
  if (!failed) {
    for (const e of plan.enables) {
      const r = await enable(client, e, report, failures);
      if (r.enabled) enabled.push(e);
      if (!r.ok) {
        failedEnable = true;
        break;
      }
    }
  }
  if (!failed && !failedEnable) return { ok: true, failures, rolledBack: false, restored: [] };

  // Undo, newest first: the mounts this run enabled, then each group that had succeeded, then the
  // versions this run registered (the failed group restored its own state already).
  report({ event: "rollback" }, "Undoing what this apply changed, newest first:");
  const restored: string[] = [];
  let back = true;
  for (const e of enabled.reverse()) {
    const where = e.table === "auth" ? `auth/${e.path}/` : `${e.path}/`;
    const ok = await step(
      report,
      [],
      { step: "disable", mount: where, rollback: true },
      `disabled ${where}`,
      () => api(client, e).disable(e.path),
    );
    if (ok) restored.push(`disabled ${where}`);
    back &&= ok;
  }
  for (const p of done.reverse()) {
    const undone = await rollback(client, p, report, doneBy(p), [], []);
    restored.push(...undone.restored);
    back &&= undone.rolledBack;
  }
  for (const p of [...(failed && failedRegistered ? [failed] : []), ...done]) {
    if (!p.register || p.replaces) continue;
    const label = `deregistered ${p.type} plugin ${p.name} ${p.version} (registered by this apply)`;
    const ok = await step(report, [], { step: "deregister", version: p.version, rollback: true }, label, () =>
      client.catalog.remove(p.type, p.name, p.version),
    );
    if (ok) restored.push(label);
    back &&= ok;
  }
  return { ok: false, failures, rolledBack: back, restored };
}
