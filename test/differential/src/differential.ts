// The differential run: every scenario against both servers, compared step by step.
import type { PluginBinary } from "@sysplugins/plugins";
import { type AllowRule, allowList } from "./allow.js";
import { compare, type Diff } from "./compare.js";
import { normalise } from "./normalise.js";
import { runScenario, type Target } from "./run.js";
import type { Scenario, Step } from "./scenario.js";

export type Outcome = "same" | "allowed" | "differs";

export interface StepResult {
  index: number;
  request: string;
  diffs: (Diff & { allowedBy?: string })[];
}

export interface ScenarioResult {
  id: string;
  group: string;
  title: string;
  outcome: Outcome;
  steps: number;
  differing: StepResult[];
}

export interface Totals {
  scenarios: number;
  same: number;
  allowed: number;
  differs: number;
}

export interface DifferentialRun {
  ours: string;
  openbao: string;
  totals: Totals;
  allowList: { id: string; reason: string; scenarios: string[] }[];
  scenarios: ScenarioResult[];
}

const describeStep = (s: Step) =>
  `${s.method} /v1/${s.path}${s.body === undefined ? "" : ` ${JSON.stringify(s.body)}`}`;

export async function runDifferential(options: {
  ours: Target;
  openbao: Target;
  plugins: PluginBinary[];
  scenarios: Scenario[];
  allow?: AllowRule[];
  /** The real server's release: rules for other releases are left out. */
  release?: string;
}): Promise<DifferentialRun> {
  const allow = (options.allow ?? allowList).filter(
    (r) => !r.releases || (options.release !== undefined && r.releases.includes(options.release)),
  );
  const bin = (name: string, version: string) => {
    const found = options.plugins.find((p) => p.name === name && p.version === version);
    if (!found) throw new Error(`no plugin ${name} ${version} was built`);
    return found;
  };
  const results: ScenarioResult[] = [];
  const used = new Map<string, Set<string>>();
  for (const [i, scenario] of options.scenarios.entries()) {
    const tools = { pre: `d${String(i).padStart(2, "0")}`, bin };
    const ours = await runScenario(options.ours, scenario, tools);
    const theirs = await runScenario(options.openbao, scenario, tools);
    const differing: StepResult[] = [];
    for (const [index, exchange] of ours.entries()) {
      const other = theirs[index];
      if (!other) continue;
      const diffs = compare(normalise(exchange, options.ours), normalise(other, options.openbao)).map((d) => {
        const rule = allow.find((r) => r.matches(d, exchange.step, scenario.id));
        if (rule) used.set(rule.id, (used.get(rule.id) ?? new Set()).add(scenario.id));
        return rule ? { ...d, allowedBy: rule.id } : d;
      });
      if (diffs.length > 0) differing.push({ index, request: describeStep(exchange.step), diffs });
    }
    const outcome: Outcome =
      differing.length === 0
        ? "same"
        : differing.every((s) => s.diffs.every((d) => d.allowedBy))
          ? "allowed"
          : "differs";
    results.push({
      id: scenario.id,
      group: scenario.group,
      title: scenario.title,
      outcome,
      steps: ours.length,
      differing,
    });
  }
  const count = (o: Outcome) => results.filter((r) => r.outcome === o).length;
  return {
    ours: options.ours.name,
    openbao: options.openbao.name,
    totals: {
      scenarios: results.length,
      same: count("same"),
      allowed: count("allowed"),
      differs: count("differs"),
    },
    allowList: allow.map((r) => ({ id: r.id, reason: r.reason, scenarios: [...(used.get(r.id) ?? [])] })),
    scenarios: results,
  };
}
