// Reports: a console summary per endpoint, JUnit XML for CI systems, a Markdown table for people.
import type { Run } from "./engine.js";

const mark = { pass: "pass", fail: "FAIL", skip: "skip" } as const;

function byEndpoint(run: Run) {
  const groups = new Map<string, Run["results"]>();
  for (const r of run.results) groups.set(r.check.endpoint, [...(groups.get(r.check.endpoint) ?? []), r]);
  return groups;
}

export function totals(run: Run) {
  const count = (o: string) => run.results.filter((r) => r.outcome === o).length;
  return { passed: count("pass"), failed: count("fail"), skipped: count("skip") };
}

export function consoleSummary(run: Run): string {
  const lines: string[] = [];
  for (const [endpoint, results] of byEndpoint(run)) {
    const t = totals({ ...run, results });
    lines.push(`${endpoint}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
    for (const r of results) {
      if (r.outcome !== "pass") lines.push(`  ${mark[r.outcome]} ${r.check.id}: ${r.message}`);
    }
  }
  const missing = Object.entries(run.capabilities)
    .filter(([, v]) => !v)
    .map(([k]) => k);
  if (missing.length) lines.push(`capabilities not present: ${missing.join(", ")}`);
  if (run.leftovers.length) lines.push(`cleanup could not remove: ${run.leftovers.join("; ")}`);
  const t = totals(run);
  lines.push(`${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
  return lines.join("\n");
}

const xml = (s: string) =>
  s.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c] as string);

export function junit(run: Run): string {
  const suites = [...byEndpoint(run)].map(([endpoint, results]) => {
    const t = totals({ ...run, results });
    const cases = results.map((r) => {
      const body =
        r.outcome === "fail"
          ? `<failure message="${xml(r.message)}"/>`
          : r.outcome === "skip"
            ? `<skipped message="${xml(r.message)}"/>`
            : "";
      return `    <testcase classname="${xml(endpoint)}" name="${xml(`${r.check.id}: ${r.check.title}`)}" time="${(r.ms / 1000).toFixed(3)}">${body}</testcase>`;
    });
    return `  <testsuite name="${xml(endpoint)}" tests="${results.length}" failures="${t.failed}" skipped="${t.skipped}">\n${cases.join("\n")}\n  </testsuite>`;
  });
  const t = totals(run);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="sysplugins conformance" tests="${run.results.length}" failures="${t.failed}" skipped="${t.skipped}">\n${suites.join("\n")}\n</testsuites>\n`;
}

export function markdown(run: Run): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  return [
    "| endpoint | check | result | source |",
    "| --- | --- | --- | --- |",
    ...run.results.map(
      (r) =>
        `| ${cell(r.check.endpoint)} | ${cell(`${r.check.id}: ${r.check.title}`)} | ${r.outcome === "pass" ? "pass" : `**${mark[r.outcome]}**: ${cell(r.message)}`} | ${cell(r.check.source)} |`,
    ),
  ].join("\n");
}
