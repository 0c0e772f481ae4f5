// Bad inputs: every refusal in the server's words.
import { post, type Scenario, SECRET, type Step, type Tools } from "../scenario.js";

const ZERO = "00".repeat(32);
const catalog = (t: Tools, body: unknown): Step => post(`sys/plugins/catalog/secret/${t.pre}-p`, body);
const file = (t: Tools) => t.bin(SECRET, "v1.0.0").command;

const badRegistrations: [string, string, (t: Tools) => unknown][] = [
  ["missing-sha", "no sha256", (t) => ({ command: file(t) })],
  ["missing-command", "no command", () => ({ sha256: ZERO })],
  ["bad-hex", "a sha256 that is not hex", (t) => ({ sha256: "zz", command: file(t) })],
  ["short-sha", "a sha256 of 2 bytes", (t) => ({ sha256: "0011", command: file(t) })],
  ["bad-version", "an invalid version", (t) => ({ sha256: ZERO, command: file(t), version: "1.x" })],
  [
    "builtin-metadata",
    "a version with builtin metadata",
    (t) => ({ sha256: ZERO, command: file(t), version: "v1.0.0+builtin" }),
  ],
  [
    "args-twice",
    "args in the command and in args",
    () => ({ sha256: ZERO, command: "x --a", args: ["--b"] }),
  ],
  ["parent-command", "a command with ..", () => ({ sha256: ZERO, command: "../x" })],
  [
    "missing-file",
    "a command that is not in the plugin directory",
    () => ({ sha256: ZERO, command: "missing" }),
  ],
  ["wrong-type-field", "a number for sha256", (t) => ({ sha256: 12, command: file(t) })],
  ["args-not-list", "args as an object", (t) => ({ sha256: ZERO, command: file(t), args: { a: 1 } })],
  ["empty-body", "an empty JSON object", () => ({})],
];

export const inputScenarios: Scenario[] = [
  ...badRegistrations.map(
    ([id, title, body]): Scenario => ({
      id: `input-register-${id}`,
      group: "bad input",
      title: `register with ${title}`,
      steps: (t) => [catalog(t, body(t))],
    }),
  ),
  {
    id: "input-not-json",
    group: "bad input",
    title: "a body that is not JSON",
    steps: (t) => [{ method: "POST", path: `sys/plugins/catalog/secret/${t.pre}-p`, rawBody: "{not json" }],
  },
  {
    id: "input-json-array",
    group: "bad input",
    title: "a JSON array as the body",
    steps: (t) => [{ method: "POST", path: `sys/plugins/catalog/secret/${t.pre}-p`, rawBody: "[1,2]" }],
  },
  {
    id: "input-parent-name",
    group: "bad input",
    title: "a plugin name with ..",
    steps: (t) => [post(`sys/plugins/catalog/secret/${t.pre}..x`, { sha256: ZERO, command: file(t) })],
  },
  {
    id: "input-unknown-fields",
    group: "bad input",
    title: "unknown fields in a registration are ignored",
    steps: (t) => [
      post(`sys/plugins/catalog/secret/${t.pre}-p`, {
        sha256: t.bin(SECRET, "v1.0.0").sha256,
        command: file(t),
        version: "v1.0.0",
        colour: "blue",
      }),
    ],
  },
  {
    id: "input-method-not-allowed",
    group: "bad input",
    title: "GET on a route that only lists",
    steps: () => [{ method: "GET", path: "sys/plugins/catalog/secret" }],
  },
];
