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

/** What a mount runs on each node, asked again (bounded) while a node has not set it up yet. */
async function runsOnEvery(nodes: SysPluginsClient[], e: Enable) {
  let last = { ok: false, running: "", sha256: "", node: "" };
  for (let attempt = 0; attempt < 10; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 200));
    const answers = await Promise.all(
      nodes.map(async (n) => ({ node: n.address, m: (await api(n, e).read(e.path)).data })),
    );
    const wrong = answers.find((a) => a.m.running_plugin_version !== e.version);
    const shown = wrong ?? answers[0];
    last = {
      ok: wrong === undefined,
      running: shown?.m.running_plugin_version ?? "",
      sha256: shown?.m.running_sha256 ?? "",
      node: nodes.length > 1 && wrong ? wrong.node : "",
    };
    if (last.ok) return last;
  }
  return last;
}

/** Enables a mount at a version and checks that it runs it (on every node given). */
async function enable(
  client: SysPluginsClient,
  e: Enable,
  report: Report,
  failures: string[],
  nodes: SysPluginsClient[],
) {
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
  const { ok, running, sha256, node } = await runsOnEvery(nodes, e);
  const on = node ? ` on ${node}` : nodes.length > 1 ? ` on ${nodes.length} nodes` : "";
  report(
    { event: "verify", path: where, running, runningSha256: sha256, ok, ...(node ? { node } : {}) },
    ok
      ? `✓ ${where} runs ${running} (sha256 ${short(sha256)})${on}`
      : `✗ ${where} runs ${running || "(unversioned)"}${on}, expected ${e.version}`,
  );
  if (!ok) failures.push(`${where} runs ${running || "(unversioned)"}${on}, expected ${e.version}`);
  return { enabled, ok };
}

export async function applyState(
  client: SysPluginsClient,
  plan: StatePlan,
  report: Report,
  /** Every node to reload and verify on (-all-nodes); the default is the node asked. */
  nodes: SysPluginsClient[] = [client],
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
    const outcome = await applyPlan(client, p, report, true, nodes);
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
      const r = await enable(client, e, report, failures, nodes);
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
    const undone = await rollback(client, p, report, doneBy(p), [], [], nodes);
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
