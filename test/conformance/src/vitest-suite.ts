// One vitest test per check, for a run against one target: a failed check fails its test with the
// check's message and source; a check the server lacks the capability for is skipped with the reason.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "vitest";
import { checks } from "./checks/index.js";
import { probesCheck, type Run } from "./engine.js";
import { consoleSummary, type Header, junit, markdown } from "./report.js";

/** The results as saved for docs/MATRIX.md (test/matrix): one file per target. */
export interface SavedResults {
  /** "OpenBao 2.7.2" (a real server) or "ours openbao 2.7.2" (our server emulating a release). */
  target: string;
  product: string;
  release: { version: string; reported: string; note: string };
  results: { id: string; source: string; outcome: "pass" | "fail" | "skip"; message: string }[];
}

export function savedResults(run: Run, target: string): SavedResults {
  return {
    target,
    product: run.release.product,
    release: { version: run.release.version, reported: run.release.reported, note: run.release.note },
    results: run.results.map((r) => ({
      id: r.check.id,
      source: r.check.source,
      outcome: r.outcome,
      message: r.message,
    })),
  };
}

/** Writes junit.xml, conformance.md and results.json into reportDir and prints the summary. */
export async function writeReports(
  run: Run,
  reportDir: string,
  title: string,
  header?: Header,
  saved?: { target: string },
): Promise<Run> {
  await mkdir(reportDir, { recursive: true });
  if (saved) {
    await writeFile(
      join(reportDir, "results.json"),
      `${JSON.stringify(savedResults(run, saved.target), null, 2)}\n`,
    );
  }
  await writeFile(join(reportDir, "junit.xml"), junit(run, header));
  await writeFile(join(reportDir, "conformance.md"), `${markdown(run, header)}\n`);
  console.log(`${title}\n${consoleSummary(run)}\nReports in ${reportDir}`);
  return run;
}

export function describeChecks(target: string, run: () => Promise<Run>): void {
  const all = [probesCheck, ...checks];
  const endpoints = [...new Set(all.map((c) => c.endpoint))];
  describe(target, () => {
    for (const endpoint of endpoints) {
      describe(endpoint, () => {
        for (const check of all.filter((c) => c.endpoint === endpoint)) {
          it(`${check.id}: ${check.title}`, async (context) => {
            const result = (await run()).results.find((r) => r.check === check);
            if (result?.outcome === "skip") {
              console.log(`${target}: skipped ${check.id}: ${result.message}`);
              context.skip(result.message);
            }
            if (result?.outcome === "fail") throw new Error(`${result.message}\n(source: ${check.source})`);
          });
        }
      });
    }
  });
}
