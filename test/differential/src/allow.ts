// Differences between our server (OpenBao flavour) and real OpenBao that stay, each with its reason.
// A rule matches one difference; a scenario whose differences all match is "allowed", and the report
// prints every rule with the scenarios it covered. Rules are narrow: a scenario's step and a field, never a
// whole scenario or "any".
import type { Diff } from "./compare.js";
import type { Step } from "./scenario.js";

export interface AllowRule {
  id: string;
  reason: string;
  matches(diff: Diff, step: Step, scenarioId: string): boolean;
}

/** A step of a scenario, by method and the path after the scenario's prefix ("<pre>" stands for it). */
type StepPattern = [method: Step["method"], path: RegExp];

/**
 * Where running the binary shows, step by step: each scenario's steps whose answers depend on a plugin
 * process (registration's type and version probe, a mount or reload that starts a build that cannot run).
 * Removed by the plugin-process work (issue 20); nothing else in these scenarios is excused.
 */
const executionSteps: Record<string, StepPattern[]> = {
  "failed-upgrade-broken-build": [
    ["POST", /^sys\/plugins\/reload\/backend$/],
    ["GET", /^sys\/mounts\/[^/]+-m$/],
  ],
  "failed-upgrade-enable-broken": [
    ["POST", /^sys\/mounts\/[^/]+-m$/],
    ["GET", /^sys\/mounts\/[^/]+-m$/],
  ],
  "failed-upgrade-checksum": [["POST", /^sys\/mounts\/[^/]+-m$/]],
  "catalog-register-no-version-self-reported": [["GET", /^sys\/plugins\/catalog\/secret\/[^/?]+-p(\?.*)?$/]],
  "catalog-version-mismatch": [
    ["POST", /^sys\/plugins\/catalog\/secret\/[^/?]+-p$/],
    ["GET", /^sys\/plugins\/catalog\/secret\/[^/?]+-p\?version=/],
  ],
  "catalog-register-untyped": [
    ["POST", /^sys\/plugins\/catalog\/[^/?]+-p$/],
    ["GET", /^sys\/plugins\/catalog\/secret\/[^/?]+-p\?version=/],
  ],
  "database-upgrade-broken-build": [
    ["POST", /^[^/]+-db\/config\/my-db$/],
    ["GET", /^[^/]+-db\/config\/my-db$/],
  ],
};

/** The roles and credentials steps of database-roles-and-creds, each with the fields that differ there. */
const outOfScope: [Step["method"], RegExp, string[]][] = [
  ["LIST", /^[^/]+-db\/(roles|static-roles)$/, ["body.errors"]],
  ["GET", /^[^/]+-db\/roles\/reader$/, ["body.errors"]],
  ["GET", /^[^/]+-db\/creds\/reader$/, ["status", "body.errors[0]"]],
];

export const allowList: AllowRule[] = [
  {
    id: "plugin-execution",
    reason:
      "OpenBao runs the binary at registration (type detection, the version it reports, 400 plugin version mismatch) and when it mounts or reloads one or starts a database connection (a build that does not start fails, and a connection write onto it is refused; a checksum is checked by both go-plugin attempts, v5 then v4). Our server verifies files and checksums but runs no plugin processes. Only the steps listed per scenario.",
    matches: (_d, s, id) =>
      (executionSteps[id] ?? []).some(([method, path]) => method === s.method && path.test(s.path)),
  },
  {
    id: "health-node-id",
    reason:
      "sys/health carries node_id, sysplugins' own field naming the node that answered in a cluster of sysplugins servers (neither Vault nor OpenBao has it); every other field matches.",
    matches: (d, s) => s.method === "GET" && s.path === "sys/health" && d.where === "body.node_id",
  },
  {
    id: "database-roles-out-of-scope",
    reason:
      "Roles, static roles and credentials of the database engine are out of sysplugins' scope (issue #16): our server answers Vault's 404 unsupported path where OpenBao's engine answers a missing role (404 with no message; creds 400 unknown role).",
    matches: (d, s, id) =>
      id === "database-roles-and-creds" &&
      outOfScope.some(
        ([method, path, fields]) => method === s.method && path.test(s.path) && fields.includes(d.where),
      ),
  },
];
