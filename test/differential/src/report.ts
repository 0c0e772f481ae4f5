// The differential report: Markdown for people, JSON (differential.json) for tools.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { DifferentialRun } from "./differential.js";

const cell = (v: unknown) =>
  (v === undefined ? "(absent)" : JSON.stringify(v))
    .replace(/\|/g, "\\|")
    .replace(/\n/g, "\\n")
    .slice(0, 200);

export function markdown(run: DifferentialRun): string {
  const t = run.totals;
  const lines = [
    "# Differential run: our server against real OpenBao",
    "",
    `${run.ours} against ${run.openbao}, on the same real plugin binaries.`,
    "",
    `**${t.scenarios} scenarios: ${t.same} same, ${t.allowed} differ but allowed, ${t.differs} differ.**`,
    "",
    "## Allow-list",
    "",
    "| rule | reason | scenarios |",
    "| --- | --- | --- |",
    ...run.allowList.map((r) => `| ${r.id} | ${r.reason} | ${r.scenarios.length} |`),
    "",
    "## Scenarios",
    "",
    "| scenario | group | outcome |",
    "| --- | --- | --- |",
    ...run.scenarios.map(
      (s) =>
        `| ${s.id}: ${s.title} | ${s.group} | ${s.outcome}${
          s.outcome === "allowed"
            ? ` (${[...new Set(s.differing.flatMap((d) => d.diffs.map((x) => x.allowedBy)))].join(", ")})`
            : ""
        } |`,
    ),
  ];
  const differing = run.scenarios.filter((s) => s.outcome !== "same");
  if (differing.length > 0) {
    lines.push("", "## Differences", "");
    for (const s of differing) {
      lines.push(
        `### ${s.id} (${s.outcome})`,
        "",
        "| step | field | ours | OpenBao | allowed by |",
        "| --- | --- | --- | --- | --- |",
      );
      for (const step of s.differing) {
        for (const d of step.diffs) {
          lines.push(
            `| ${step.index}: ${cell(step.request)} | ${d.where} | ${cell(d.ours)} | ${cell(d.openbao)} | ${d.allowedBy ?? "**not allowed**"} |`,
          );
        }
      }
      lines.push("");
    }
  }
  return `${lines.join("\n")}\n`;
}

export function summary(run: DifferentialRun): string {
  const t = run.totals;
  const bad = run.scenarios.filter((s) => s.outcome === "differs").map((s) => `  differs: ${s.id}`);
  return [
    `differential: ${t.scenarios} scenarios, ${t.same} same, ${t.allowed} allowed, ${t.differs} differ`,
    ...bad,
  ].join("\n");
}

export async function writeReports(run: DifferentialRun, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = [join(dir, "differential.md"), join(dir, "differential.json")];
  await writeFile(files[0] as string, markdown(run));
  await writeFile(files[1] as string, `${JSON.stringify(run, null, 2)}\n`);
  return files;
}
