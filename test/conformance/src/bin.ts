#!/usr/bin/env node
// sysplugins-conformance: check the preconditions, run the catalogue against the server at $VAULT_ADDR,
// write the reports. Every failure to start is one line, with no stack trace.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { checks } from "./checks/index.js";
import { configFromEnv } from "./config.js";
import { runChecks } from "./engine.js";
import { PreconditionError, preflight } from "./preflight.js";
import { consoleSummary, type Header, junit, markdown, totals } from "./report.js";
import { suiteVersion } from "./suite-version.js";

const help = `Usage: sysplugins-conformance [--help] [--version]

  Checks a Vault- or OpenBao-compatible server's plugin-management API against Vault's behaviour, then
  writes junit.xml and conformance.md. It creates only names starting with sysplugins-conf- and removes
  them afterwards.

  Example:

      $ VAULT_ADDR=http://127.0.0.1:8200 VAULT_TOKEN=root sysplugins-conformance

Environment:

  VAULT_ADDR       The server to check (required).
  VAULT_TOKEN      A token with access to sys/plugins, sys/mounts and sys/auth (required).
  VAULT_NAMESPACE, VAULT_CACERT
                   As Vault's clients read them.
  SYSPLUGINS_CONFORMANCE_PLUGIN_COMMAND, SYSPLUGINS_CONFORMANCE_PLUGIN_SHA256
                   A plugin binary already in the server's plugin directory, for the checks that register
                   plugins. The default is none: those checks are skipped.
  SYSPLUGINS_CONFORMANCE_DATABASE_PLUGIN_COMMAND, SYSPLUGINS_CONFORMANCE_DATABASE_PLUGIN_SHA256
                   A database plugin (dbplugin v5) already in the plugin directory, for the database
                   engine's checks. The default is none: those checks are skipped.
  SYSPLUGINS_CONFORMANCE_PLUGIN_VERSION_ENV
                   The variable that sets the version both plugins report (SYSPLUGINS_PLUGIN_VERSION for
                   pnpm build:plugins' binaries): servers that run the binary at registration (Vault,
                   OpenBao) refuse other versions. The default is none: the plugin reports its own.
  SYSPLUGINS_CONFORMANCE_READ_ONLY
                   true changes nothing on the server. The default is false.
  SYSPLUGINS_CONFORMANCE_REPORTS
                   Where to write the reports. The default is conformance-reports.

Exit status: 0 every check passed or was skipped, 1 a check failed, 2 a precondition failed.`;

async function main(argv: string[]): Promise<number> {
  const [arg, ...extra] = argv;
  if (arg === "--help" || arg === "-h" || arg === "-help" || arg === "help") {
    console.log(help);
    return 0;
  }
  if (arg === "--version" || arg === "-version") {
    console.log(`sysplugins-conformance v${suiteVersion()}`);
    return 0;
  }
  if (arg !== undefined || extra.length > 0) {
    console.error(`sysplugins-conformance: unknown argument ${JSON.stringify(arg)}; see --help`);
    return 2;
  }
  const config = configFromEnv(process.env);
  if (!config)
    throw new PreconditionError("VAULT_ADDR is not set: export the address of the server to check");
  const server = await preflight(config.target);
  console.log(
    `Checking ${server.address}: ${server.flavour}${server.version ? ` ${server.version}` : ""} (token checked by ${server.token})`,
  );
  if (!config.plugin)
    console.log("No plugin binary configured: the checks that register plugins are skipped.");
  if (!config.databasePlugin)
    console.log("No database plugin configured: the database engine's checks are skipped.");
  if (config.readOnly) console.log("Read-only mode: the checks that change the server are skipped.");
  console.log("");
  const run = await runChecks({
    target: config.target,
    checks,
    ...(config.plugin ? { plugin: config.plugin } : {}),
    ...(config.databasePlugin ? { databasePlugin: config.databasePlugin } : {}),
    readOnly: config.readOnly,
  });
  const header: Header = {
    ...server,
    date: `${new Date().toISOString().slice(0, 19)}Z`,
    suiteVersion: suiteVersion(),
  };
  console.log(consoleSummary(run));
  await mkdir(config.reportDir, { recursive: true });
  await writeFile(join(config.reportDir, "junit.xml"), junit(run, header));
  await writeFile(join(config.reportDir, "conformance.md"), `${markdown(run, header)}\n`);
  console.log(
    `\nReports: ${join(config.reportDir, "junit.xml")}, ${join(config.reportDir, "conformance.md")}`,
  );
  return totals(run).failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(
      `sysplugins-conformance: ${err instanceof PreconditionError ? err.message : `error: ${err instanceof Error ? err.message : String(err)}`}`,
    );
    process.exitCode = 2;
  },
);
