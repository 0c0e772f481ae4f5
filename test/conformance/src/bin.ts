#!/usr/bin/env node
// sysplugins-conformance: run the catalogue against the server at $VAULT_ADDR and write the reports.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { checks } from "./checks/index.js";
import { configFromEnv } from "./config.js";
import { runChecks } from "./engine.js";
import { consoleSummary, junit, markdown, totals } from "./report.js";

const config = configFromEnv(process.env);
if (!config) {
  console.error(
    "Set VAULT_ADDR and VAULT_TOKEN to the server to check (and VAULT_CACERT, VAULT_NAMESPACE as needed).",
  );
  console.error(
    "Optional: SYSPLUGINS_CONFORMANCE_PLUGIN_COMMAND and SYSPLUGINS_CONFORMANCE_PLUGIN_SHA256 name a plugin",
  );
  console.error(
    "binary in the server's plugin directory; SYSPLUGINS_CONFORMANCE_READ_ONLY=true changes nothing.",
  );
  process.exit(2);
}
if (!config.plugin)
  console.log("No plugin binary configured: the checks that register plugins are skipped.\n");
const run = await runChecks({
  target: config.target,
  checks,
  ...(config.plugin ? { plugin: config.plugin } : {}),
  readOnly: config.readOnly,
});
console.log(consoleSummary(run));
await mkdir(config.reportDir, { recursive: true });
await writeFile(join(config.reportDir, "junit.xml"), junit(run));
await writeFile(join(config.reportDir, "conformance.md"), `${markdown(run)}\n`);
console.log(`\nReports: ${join(config.reportDir, "junit.xml")}, ${join(config.reportDir, "conformance.md")}`);
process.exitCode = totals(run).failed > 0 ? 1 : 0;
