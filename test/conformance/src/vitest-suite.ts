// One vitest test per check, for a run against one target: a failed check fails its test with the
// check's message and source; a check the server lacks the capability for is skipped with the reason.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "vitest";
import { checks } from "./checks/index.js";
import type { Run } from "./engine.js";
import { consoleSummary, type Header, junit, markdown } from "./report.js";

/** Writes junit.xml and conformance.md into reportDir and prints the summary. */
export async function writeReports(
  run: Run,
  reportDir: string,
  title: string,
  header?: Header,
): Promise<Run> {
  await mkdir(reportDir, { recursive: true });
  await writeFile(join(reportDir, "junit.xml"), junit(run, header));
  await writeFile(join(reportDir, "conformance.md"), `${markdown(run, header)}\n`);
  console.log(`${title}\n${consoleSummary(run)}\nReports in ${reportDir}`);
  return run;
}

export function describeChecks(target: string, run: () => Promise<Run>): void {
  const endpoints = [...new Set(checks.map((c) => c.endpoint))];
  describe(target, () => {
    for (const endpoint of endpoints) {
      describe(endpoint, () => {
        for (const check of checks.filter((c) => c.endpoint === endpoint)) {
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
