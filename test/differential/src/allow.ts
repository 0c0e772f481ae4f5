// Differences between our server (OpenBao flavour) and real OpenBao that stay, each with its reason.
// A rule matches one difference; a scenario whose differences all match is "allowed", and the report
// prints every rule with the scenarios it covered. Rules are narrow: a scenario and a field, never "any".
import type { Diff } from "./compare.js";
import type { Step } from "./scenario.js";

export interface AllowRule {
  id: string;
  reason: string;
  matches(diff: Diff, step: Step, scenarioId: string): boolean;
}

const inScenarios =
  (ids: string[], where?: RegExp) =>
  (d: Diff, _s: Step, id: string): boolean =>
    ids.includes(id) && (!where || where.test(d.where));

export const allowList: AllowRule[] = [
  {
    id: "plugin-execution",
    reason:
      "OpenBao runs the binary at registration (type detection, the version it reports, 400 plugin version mismatch) and when it mounts or reloads one or starts a database connection (a build that does not start fails, and a connection write onto it is refused; a checksum is checked by both go-plugin attempts, v5 then v4). Our server verifies files and checksums but runs no plugin processes.",
    matches: inScenarios([
      "failed-upgrade-broken-build",
      "failed-upgrade-enable-broken",
      "failed-upgrade-checksum",
      "catalog-register-no-version-self-reported",
      "catalog-version-mismatch",
      "catalog-register-untyped",
      "database-upgrade-broken-build",
    ]),
  },
  {
    id: "go-decoder-text",
    reason:
      "The detail of Go's decoders (encoding/json's syntax errors, mapstructure v2's conversion errors) is not reproduced; status and the fixed part of the message match. A database connection's field that does not convert is worded by mapstructure v2 alone in OpenBao (error converting input for field \"verify_connection\": '' cannot parse value as 'bool': …); ours keeps Vault's Field validation failed text, same status.",
    matches: inScenarios(
      [
        "input-not-json",
        "input-json-array",
        "input-register-args-not-list",
        "database-verify-connection-default",
      ],
      /^body\.errors\[0\]$/,
    ),
  },
  {
    id: "health-node-id",
    reason:
      "sys/health carries node_id, sysplugins' own field naming the node that answered in a cluster of sysplugins servers (neither Vault nor OpenBao has it); every other field matches.",
    matches: (d, s) => s.path === "sys/health" && d.where === "body.node_id",
  },
  {
    id: "token-factory-text",
    reason:
      'Enabling a second token auth method fails in OpenBao\'s credential factory ("token credential backend cannot be instantiated"); ours refuses it as a singleton, with the same status.',
    matches: (d, s, id) =>
      id === "mount-singleton" && s.path.startsWith("sys/auth/") && d.where === "body.errors[0]",
  },
  {
    id: "database-roles-out-of-scope",
    reason:
      "Roles, static roles and credentials of the database engine are out of sysplugins' scope (issue #16): our server answers Vault's 404 unsupported path where OpenBao's engine answers a missing role (404 with no message; creds 400 unknown role).",
    matches: (d, s, id) =>
      id === "database-roles-and-creds" &&
      /\/(roles|static-roles|creds)(\/|$)/.test(s.path) &&
      (d.where === "body.errors" || d.where === "body.errors[0]" || d.where === "status"),
  },
];
