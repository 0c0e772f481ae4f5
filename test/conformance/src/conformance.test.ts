// The conformance suite as vitest runs it: against the server at $VAULT_ADDR when set, else against this
// repository's server, started on a loopback port with temporary directories and a plugin binary.
import { join } from "node:path";
import { type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll } from "vitest";
import { checks } from "./checks/index.js";
import { configFromEnv } from "./config.js";
import { type Run, runChecks } from "./engine.js";
import { preflight } from "./preflight.js";
import { suiteVersion } from "./suite-version.js";
import { describeChecks, writeReports } from "./vitest-suite.js";

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
      // This server runs no plugin process: any file in the plugin directory serves as a database plugin.
      databasePlugin: { command: "conformance-plugin", sha256 },
      readOnly: false,
      reportDir: join(import.meta.dirname, "..", "reports"),
    };
  }
  const reportDir = config.reportDir;
  const header = {
    ...(await preflight(config.target)),
    date: `${new Date().toISOString().slice(0, 19)}Z`,
    suiteVersion: suiteVersion(),
  };
  run = runChecks({
    target: config.target,
    checks,
    ...(config.plugin ? { plugin: config.plugin } : {}),
    ...(config.databasePlugin ? { databasePlugin: config.databasePlugin } : {}),
    readOnly: config.readOnly,
  }).then((r) => writeReports(r, reportDir, "conformance: our server", header));
  await run;
});
afterAll(() => fixture?.close());

describeChecks("our server", () => run);
