// plan, apply and export: plugins as code. A YAML file declares catalog entries, pins, the version of each
// mount, auth method and database connection; plan prints what differs (exit 2 when something does, as
// terraform plan -detailed-exitcode), apply carries it out with the guided upgrade's verification and
// rollback, export prints the catalog as OpenBao's declarative plugin stanzas.
import { UsageError } from "../args.js";
import type { Command, Context } from "../context.js";
import { nodeClients } from "../nodes.js";
import { stamp } from "../output.js";
import { applyState } from "../state/apply.js";
import { openbaoStanzas } from "../state/export.js";
import { type DesiredState, readStateFile, StateFileError } from "../state/file.js";
import { changes, planState, release, type StatePlan } from "../state/plan.js";
import type { Report } from "../upgrade/apply.js";
import { describePlan, isNoop, type Plan } from "../upgrade/plan.js";

function fileArg(ctx: Context, usage: string): string {
  const [file, extra] = ctx.positional;
  if (!file || extra !== undefined) throw new UsageError(`expected FILE\n${usage}`);
  return file;
}

async function load(file: string): Promise<DesiredState> {
  try {
    return await readStateFile(file);
  } catch (err) {
    if (err instanceof StateFileError) throw new UsageError(`${file}: ${err.message}`);
    throw err;
  }
}

const planJson = (p: Plan) => ({
  type: p.type,
  name: p.name,
  version: p.version,
  sha256: p.sha256,
  register: Boolean(p.register),
  command: p.register?.command ?? null,
  method: p.method,
  previousPin: p.previousPin ?? null,
  mounts: p.pending.map((m) => ({ path: m.path, configured: m.configured, running: m.running })),
});

function stateJson(plan: StatePlan, file: string) {
  return {
    file,
    server: plan.server,
    changes: changes(plan),
    errors: plan.errors,
    steps: plan.plans.filter((g) => !isNoop(g)).map(planJson),
    enable: plan.enables,
    unchanged: plan.plans.filter(isNoop).map((g) => `${g.type}/${g.name}/${g.version}`),
  };
}

/** The plan for people: each group as the guided upgrade describes it, without its own failure line. */
function describeState(plan: StatePlan, file: string): string[] {
  const lines = [`Plan for ${plan.server.address} (${release(plan.server)}) from ${file}:`];
  if (plan.errors.length > 0) {
    lines.push("", `${plan.errors.length} error(s): nothing can be applied until they are fixed:`);
    for (const e of plan.errors) lines.push(`  ✗ ${e}`);
    return lines;
  }
  const todo = plan.plans.filter((g) => !isNoop(g));
  for (const g of todo) {
    const [first = "", ...rest] = describePlan(g).filter((l) => !l.startsWith("  On failure"));
    // A catalog entry no mount moves to is a registration, not an upgrade.
    const head =
      g.method === "tune" && g.mounts.length === 0
        ? `Plan: register ${g.type} plugin ${g.name} ${g.version}`
        : first;
    lines.push("", head, ...rest);
  }
  for (const e of plan.enables)
    lines.push(
      "",
      `Plan: enable ${e.table === "auth" ? "auth method" : "secrets engine"} ${e.table === "auth" ? "auth/" : ""}${e.path}/ (${e.plugin} ${e.version}), then verify it runs ${e.version}`,
    );
  const same = plan.plans.filter(isNoop).length;
  const n = changes(plan);
  lines.push(
    "",
    n === 0
      ? `No changes: the server matches ${file} (${same} catalog version(s) and their mounts as declared).`
      : `${n} change(s)${same ? `; ${same} catalog version(s) already as declared` : ""}. On failure, apply undoes every change it made, newest first, and exits 1.`,
  );
  return lines;
}

export const plan: Command = {
  usage: "sysplugins plan [flags] FILE",
  summary:
    "Show the steps from the server to a desired-state file. The file is YAML: plugins, pins, secrets, auth, databases. Exit status 0: nothing to do; 2: changes pending; 1: errors.",
  flags: [],
  examples: ["sysplugins plan plugins.yaml", "sysplugins plan -format=json plugins.yaml"],
  async run(ctx) {
    const file = fileArg(ctx, this.usage);
    ctx.flags.rejectUnknown();
    const state = await load(file);
    const p = await planState(ctx.client, state);
    if (ctx.output.json) ctx.output.out(JSON.stringify(stateJson(p, file)));
    else for (const l of describeState(p, file)) ctx.output.out(l);
    if (p.errors.length > 0) return 1;
    return changes(p) > 0 ? 2 : 0;
  },
};

export const apply: Command = {
  usage: "sysplugins apply [flags] FILE",
  summary:
    "Bring the server to a desired-state file, verified. It registers, pins or tunes, reloads and verifies what runs, group by group; on failure it undoes everything it changed and exits 1. A second apply has nothing to do.",
  flags: [
    { name: "dry-run", help: "Print the plan and change nothing (as sysplugins plan, exit 0)." },
    {
      name: "all-nodes",
      help: "Reload and verify on every node sys/ha-status lists, each at its own address (a cluster whose nodes each run what they reloaded themselves).",
    },
  ],
  examples: ["sysplugins apply plugins.yaml", "sysplugins apply -format=json plugins.yaml"],
  async run(ctx) {
    const file = fileArg(ctx, this.usage);
    const dryRun = ctx.flags.bool("dry-run");
    const allNodes = ctx.flags.bool("all-nodes");
    ctx.flags.rejectUnknown();
    const state = await load(file);
    const p = await planState(ctx.client, state);
    const { json, out } = ctx.output;
    const now = () => new Date().toISOString();
    if (json) out(JSON.stringify({ time: now(), event: "plan", dryRun, plan: stateJson(p, file) }));
    else for (const l of describeState(p, file)) out(l);
    if (p.errors.length > 0) {
      if (json) out(JSON.stringify({ time: now(), event: "result", ok: false, errors: p.errors }));
      return 1;
    }
    if (changes(p) === 0 || dryRun) {
      if (json)
        out(JSON.stringify({ time: now(), event: "result", ok: true, noop: changes(p) === 0, dryRun }));
      else if (dryRun && changes(p) > 0) out("\nDry run: nothing was changed.");
      return 0;
    }
    if (!json) out("");
    const report: Report = (event, line) =>
      out(json ? JSON.stringify({ time: now(), ...event }) : `  ${stamp()} ${line}`);
    const nodes = allNodes ? await nodeClients(ctx.client, ctx.clientAt) : [ctx.client];
    const outcome = await applyState(ctx.client, p, report, nodes);
    if (json) {
      out(JSON.stringify({ time: now(), event: "result", ...outcome }));
    } else if (outcome.ok) {
      out(`\nSuccess! ${changes(p)} change(s) applied and verified: the server matches ${file}.`);
    } else {
      out(`\napply failed: ${outcome.failures[0] ?? "a step failed"}`);
      out(
        outcome.rolledBack
          ? "Rolled back: the server is as it was before this apply."
          : "The rollback did not complete: see the ✗ lines above, then run sysplugins plan to see what differs.",
      );
    }
    return outcome.ok ? 0 : 1;
  },
};

export const exportState: Command = {
  usage: "sysplugins export FILE",
  summary:
    "Print a desired-state file's catalog as OpenBao plugin stanzas. They are server configuration (OpenBao 2.5+), with plugin_auto_register = true. Needs no server.",
  flags: [],
  examples: ["sysplugins export plugins.yaml > plugins.hcl"],
  offline: true,
  async run(ctx) {
    const file = fileArg(ctx, this.usage);
    ctx.flags.rejectUnknown();
    ctx.output.out(openbaoStanzas(await load(file), file));
    return 0;
  },
};
