#!/usr/bin/env node
// pnpm differential: starts real OpenBao and our server (OpenBao flavour), runs every scenario against
// both, writes differential.md and differential.json, and exits 1 when a difference is not allowed.
import { join } from "node:path";
import { runDifferential } from "./differential.js";
import { summary, writeReports } from "./report.js";
import { scenarios } from "./scenarios/index.js";
import { startBoth } from "./servers.js";

const dir = process.env.SYSPLUGINS_DIFFERENTIAL_REPORTS ?? join(import.meta.dirname, "..", "reports");
// SYSPLUGINS_DIFFERENTIAL_ONLY=<group or id>: run only those scenarios (while working on them).
const only = process.env.SYSPLUGINS_DIFFERENTIAL_ONLY;
const chosen = only ? scenarios.filter((s) => s.group === only || s.id === only) : scenarios;
const servers = await startBoth();
try {
  const run = await runDifferential({ ...servers, scenarios: chosen });
  console.log(summary(run));
  console.log(`Reports: ${(await writeReports(run, dir)).join(", ")}`);
  process.exitCode = run.totals.differs > 0 ? 1 : 0;
} finally {
  await servers.stop();
}
