export { checks } from "./checks/index.js";
export { configFromEnv, type SuiteConfig } from "./config.js";
export { type Capability, type Check, type Plugin, type Result, type Run, runChecks } from "./engine.js";
export type { Target } from "./http.js";
export { consoleSummary, junit, markdown, totals } from "./report.js";
