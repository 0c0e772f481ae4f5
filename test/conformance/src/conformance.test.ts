// The conformance suite as vitest runs it: against the server at $VAULT_ADDR when set, else against this
// repository's server, started on a loopback port with temporary directories and a plugin binary.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe, it } from "vitest";
import { checks } from "./checks/index.js";
import { configFromEnv } from "./config.js";
import { type Run, runChecks } from "./engine.js";
import { consoleSummary, junit, markdown } from "./report.js";

let fixture: Fixture | undefined;
let run: Promise<Run>;

beforeAll(async () => {
  let config = configFromEnv(process.env);
  if (!config) {
    fixture = await startFixture();
    const sha256 = await fixture.writePlugin("conformance-plugin");
    config = {
      target: { address: fixture.url, token: fixture.token },
      plugin: { command: "conformance-plugin", sha256 },
      readOnly: false,
      reportDir: join(import.meta.dirname, "..", "reports"),
    };
  }
  const reportDir = config.reportDir;
  run = runChecks({
    target: config.target,
    checks,
    ...(config.plugin ? { plugin: config.plugin } : {}),
    readOnly: config.readOnly,
  }).then(async (r) => {
    await mkdir(reportDir, { recursive: true });
    await writeFile(join(reportDir, "junit.xml"), junit(r));
    await writeFile(join(reportDir, "conformance.md"), `${markdown(r)}\n`);
    console.log(`${consoleSummary(r)}\nReports in ${reportDir}`);
    return r;
  });
  await run;
});
afterAll(() => fixture?.close());

const endpoints = [...new Set(checks.map((c) => c.endpoint))];
for (const endpoint of endpoints) {
  describe(endpoint, () => {
    for (const check of checks.filter((c) => c.endpoint === endpoint)) {
      it(`${check.id}: ${check.title}`, async (context) => {
        const result = (await run).results.find((r) => r.check === check);
        if (result?.outcome === "skip") {
          console.log(`skipped ${check.id}: ${result.message}`);
          context.skip(result.message);
        }
        if (result?.outcome === "fail") throw new Error(`${result.message}\n(source: ${check.source})`);
      });
    }
  });
}
