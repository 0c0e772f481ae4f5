export { type AllowRule, allowList } from "./allow.js";
export { compare, type Diff } from "./compare.js";
export { type DifferentialRun, runDifferential, type Totals } from "./differential.js";
export { normalise } from "./normalise.js";
export { markdown, summary, writeReports } from "./report.js";
export { runScenario, send, type Target } from "./run.js";
export type { Scenario, Step } from "./scenario.js";
export { scenarios } from "./scenarios/index.js";
export { startBoth } from "./servers.js";
