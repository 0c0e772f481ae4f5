// Reports: a console summary per endpoint, JUnit XML for CI systems, Markdown for people. Each carries a
// header to paste into an issue: target, server version, flavour, date, suite version, totals, and what
// was not checked (the server's missing capabilities apart from the modes the user chose).
import type { Capability, Run } from "./engine.js";
import type { ServerInfo } from "./preflight.js";

export interface Header extends ServerInfo {
  /** ISO 8601, UTC. */
  date: string;
  suiteVersion: string;
}

/** Capabilities the user decides (read-only mode, a plugin binary), not the server. */
const modes: Partial<Record<Capability, string>> = {
  write: "read-only mode",
  plugin: "no plugin binary configured",
  databasePlugin:
    "no database plugin configured (SYSPLUGINS_CONFORMANCE_DATABASE_PLUGIN_COMMAND and _SHA256)",
};

/** What the cleanup did, in words. */
const cleanupLine = (run: Run) =>
  run.leftovers.length
    ? `could not remove: ${run.leftovers.join("; ")}`
    : "removed everything the run created";

export function missing(run: Run) {
  const absent = (Object.entries(run.capabilities) as [Capability, boolean][]).filter(([, v]) => !v);
  return {
    server: absent.filter(([k]) => !(k in modes)).map(([k]) => k),
    chosen: absent.filter(([k]) => k in modes).map(([k]) => modes[k] as string),
  };
}

function headerLines(run: Run, h: Header): [string, string][] {
  const t = totals(run);
  const m = missing(run);
  return [
    ["Target", h.address],
    ["Server version", h.version ? `${h.version} (sys/health)` : "not reported by sys/health"],
    ["Flavour detected", h.flavour],
    ["Judged as", run.release.note ? `${run.release.label} (${run.release.note})` : run.release.label],
    ["Date", h.date],
    ["Suite", `@sysplugins/conformance ${h.suiteVersion}`],
    ["Totals", `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped (${run.results.length} checks)`],
    ["Capabilities not present", m.server.length ? m.server.join(", ") : "none"],
    ["Modes chosen", m.chosen.length ? m.chosen.join(", ") : "none (full run)"],
    ["Cleanup", cleanupLine(run)],
  ];
}

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
  const m = missing(run);
  if (m.server.length) lines.push(`capabilities not present: ${m.server.join(", ")}`);
  if (m.chosen.length) lines.push(`modes chosen: ${m.chosen.join(", ")}`);
  lines.push(`cleanup${run.leftovers.length ? " " : ": "}${cleanupLine(run)}`);
  const t = totals(run);
  lines.push(`${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
  return lines.join("\n");
}

const xml = (s: string) =>
  s.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c] as string);

export function junit(run: Run, header?: Header): string {
  const info = header ? headerLines(run, header) : [];
  const properties = info.length
    ? `\n    <properties>\n${info.map(([k, v]) => `      <property name="${xml(k)}" value="${xml(v)}"/>`).join("\n")}\n    </properties>`
    : "";
  const comment = info.length
    ? `<!--\n${info.map(([k, v]) => `  ${k}: ${v.replace(/--/g, "- -")}`).join("\n")}\n-->\n`
    : "";
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
    const attrs = header
      ? ` timestamp="${xml(header.date.replace(/Z$/, ""))}" hostname="${xml(header.address)}"`
      : "";
    return `  <testsuite name="${xml(endpoint)}" tests="${results.length}" failures="${t.failed}" skipped="${t.skipped}"${attrs}>${properties.replace(/\n {4}/g, "\n    ")}\n${cases.join("\n")}\n  </testsuite>`;
  });
  const t = totals(run);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${comment}<testsuites name="sysplugins conformance" tests="${run.results.length}" failures="${t.failed}" skipped="${t.skipped}">\n${suites.join("\n")}\n</testsuites>\n`;
}

export function markdown(run: Run, header?: Header): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const head = header
    ? [
        `# Conformance of ${header.address}`,
        "",
        "| | |",
        "| --- | --- |",
        ...headerLines(run, header).map(([k, v]) => `| ${k} | ${cell(v)} |`),
        "",
      ]
    : [];
  const sections = [...byEndpoint(run)].flatMap(([endpoint, results]) => {
    const t = totals({ ...run, results });
    return [
      `## ${endpoint}`,
      "",
      `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`,
      "",
      "| check | result | source |",
      "| --- | --- | --- |",
      ...results.map(
        (r) =>
          `| ${cell(`${r.check.id}: ${r.check.title}`)} | ${r.outcome === "pass" ? "pass" : `**${mark[r.outcome]}**: ${cell(r.message)}`} | ${cell(r.check.source)} |`,
      ),
      "",
    ];
  });
  return [...head, ...sections].join("\n").trimEnd();
}
