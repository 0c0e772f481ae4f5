// Differences between our server (OpenBao flavour) and real OpenBao that stay, each with its reason.
// A rule matches one difference; a scenario whose differences all match is "allowed", and the report
// prints every rule with the scenarios it covered. Rules are narrow: a scenario's step and a field, never a
// whole scenario or "any".
import type { Diff } from "./compare.js";
import type { Step } from "./scenario.js";

export interface AllowRule {
  id: string;
  reason: string;
  /** The real releases it applies to (every one when absent); a run against another leaves it out. */
  releases?: readonly string[];
  matches(diff: Diff, step: Step, scenarioId: string): boolean;
}

/** The roles and credentials steps of database-roles-and-creds, each with the fields that differ there. */
const outOfScope: [Step["method"], RegExp, string[]][] = [
  ["LIST", /^[^/]+-db\/(roles|static-roles)$/, ["body.errors"]],
  ["GET", /^[^/]+-db\/roles\/reader$/, ["body.errors"]],
  ["GET", /^[^/]+-db\/creds\/reader$/, ["status", "body.errors[0]"]],
];

export const allowList: AllowRule[] = [
  {
    id: "openbao-2.6.1-policy-texts",
    releases: ["2.6.1"],
    reason:
      "OpenBao 2.6.1 (measured in the CI matrix) stores a policy whose name has capitals lower-cased with 200 and the warning `policy name was converted to <name>` (2.7.x: 204), and names a policy's path once in its parse errors (2.7.x: twice, as ours). Not yet release rules of the flavour.",
    matches: (d, s, id) =>
      (id === "policy-crud" &&
        s.method === "PUT" &&
        /^sys\/policies\/acl\/[^/]+-Upper$/.test(s.path) &&
        ["status", "body-ending", "body"].includes(d.where)) ||
      (id === "policy-invalid" &&
        s.method === "PUT" &&
        /^sys\/policies\/acl\/[^/]+$/.test(s.path) &&
        d.where === "body.errors[0]"),
  },
  {
    id: "openbao-2.6.1-failed-reload-sha",
    releases: ["2.6.1"],
    reason:
      'OpenBao 2.6.1 reports running_sha256 "" for a mount whose reload onto a build that does not start failed (its running_plugin_version stays); 2.7.0 and later keep the SHA-256 of what still runs, as ours does. Measured (2 of 2 by hand, and the CI matrix); not yet a release rule of the flavour.',
    matches: (d, s, id) =>
      id === "failed-upgrade-broken-build" &&
      s.method === "GET" &&
      /^sys\/mounts\/[^/]+-m$/.test(s.path) &&
      (d.where === "body.data.running_sha256" || d.where === "body.running_sha256"),
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
