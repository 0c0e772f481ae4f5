import { describe, expect, it } from "vitest";
import { type Capability, type PolicyLanguage, parsePolicy } from "./policy.js";

const openbao: PolicyLanguage = {
  capabilities: ["deny", "create", "read", "update", "delete", "list", "sudo", "patch", "scan"],
  answerOrder: ["sudo", "read", "list", "update", "delete", "create", "patch", "scan"],
};

const rules = (text: string) =>
  parsePolicy(text, openbao).map((r) => ({ ...r, capabilities: [...r.capabilities].sort() }));

describe("parsePolicy", () => {
  it.each<
    [
      string,
      string,
      { path: string; prefix: boolean; segmentWildcards: boolean; capabilities: Capability[] }[],
    ]
  >([
    [
      "the documentation's first example (HCL)",
      `# Allow read on the secret path
path "secret/foo" {
  capabilities = ["read"]
}
// and a glob
path "secret/*" { capabilities = ["create", "read", "update", "delete", "list"] }`,
      [
        { path: "secret/foo", prefix: false, segmentWildcards: false, capabilities: ["read"] },
        {
          path: "secret/",
          prefix: true,
          segmentWildcards: false,
          capabilities: ["create", "delete", "list", "read", "update"],
        },
      ],
    ],
    [
      "+ segments, kept with a trailing * (the documentation's secret/+/teamb example)",
      `path "secret/+/teamb" { capabilities = ["read"] }
path "secret/+/*" { capabilities = ["list"] }`,
      [
        { path: "secret/+/teamb", prefix: false, segmentWildcards: true, capabilities: ["read"] },
        { path: "secret/+/*", prefix: false, segmentWildcards: true, capabilities: ["list"] },
      ],
    ],
    [
      "deny replaces the others; a leading / goes",
      `path "/sys/*" { capabilities = ["read", "deny", "sudo"] }`,
      [{ path: "sys/", prefix: true, segmentWildcards: false, capabilities: ["deny"] }],
    ],
    [
      "the old policy words",
      `path "a" { policy = "write" }
path "b" { policy = "read" }
path "c" { policy = "sudo" }
path "d" { policy = "deny" }`,
      [
        {
          path: "a",
          prefix: false,
          segmentWildcards: false,
          capabilities: ["create", "delete", "list", "read", "update"],
        },
        { path: "b", prefix: false, segmentWildcards: false, capabilities: ["list", "read"] },
        {
          path: "c",
          prefix: false,
          segmentWildcards: false,
          capabilities: ["create", "delete", "list", "read", "sudo", "update"],
        },
        { path: "d", prefix: false, segmentWildcards: false, capabilities: ["deny"] },
      ],
    ],
    [
      "JSON",
      `{"path": {"sys/plugins/catalog/*": {"capabilities": ["read", "sudo"]}, "sys/mounts": {"capabilities": ["read"]}}}`,
      [
        {
          path: "sys/plugins/catalog/",
          prefix: true,
          segmentWildcards: false,
          capabilities: ["read", "sudo"],
        },
        { path: "sys/mounts", prefix: false, segmentWildcards: false, capabilities: ["read"] },
      ],
    ],
    [
      "parameters, heredoc-free values, commas and a name",
      `name = "x"
path "secret/a" {
  capabilities = ["update",]
  allowed_parameters = { "k" = ["v1", "v2"], "*" = [] }
  required_parameters = ["k"]
  min_wrapping_ttl = "1s"
  max_wrapping_ttl = 90
}`,
      [{ path: "secret/a", prefix: false, segmentWildcards: false, capabilities: ["update"] }],
    ],
    ["a heredoc-free policy with no paths", "# nothing\n", []],
  ])("%s", (_name, text, want) => {
    expect(rules(text)).toEqual(want);
  });

  it.each([
    [
      "an unknown capability",
      `path "x" { capabilities = ["bogus"] }`,
      'path "x": path "x": invalid capability "bogus"',
    ],
    [
      "a capability of the other product",
      `path "x" { capabilities = ["subscribe"] }`,
      'path "x": path "x": invalid capability "subscribe"',
    ],
    ["an unknown old policy", `path "x" { policy = "all" }`, 'path "x": invalid policy "all"'],
    [
      "+*",
      `path "x/+*" { capabilities = ["read"] }`,
      "path \"x/+*\": invalid use of wildcards ('+*' is forbidden)",
    ],
    ["an unclosed block", "garbage {", "object expected closing RBRACE got: EOF"],
    ["an unknown top-level key", `paths "x" { capabilities = ["read"] }`, 'invalid key "paths" on line 1'],
    [
      "an unknown path key",
      `path "x" {\n  capability = ["read"]\n}`,
      'path "x": invalid key "capability" on line 2',
    ],
  ])("refuses %s", (_name, text, message) => {
    expect(() => parsePolicy(text, openbao)).toThrow(message);
  });
});
