import { describe, expect, it } from "vitest";
import { type AclOperation, allows, buildAcl, capabilitiesOn } from "./acl.js";
import { type Capability, type PolicyLanguage, parsePolicy } from "./policy.js";

const language: PolicyLanguage = {
  capabilities: ["deny", "create", "read", "update", "delete", "list", "sudo", "patch", "scan"],
  answerOrder: ["sudo", "read", "list", "update", "delete", "create", "patch", "scan"],
};
const order = language.answerOrder as Capability[];
const acl = (...texts: string[]) =>
  buildAcl(texts.map((t, i) => ({ name: `p${i}`, rules: parsePolicy(t, language) })));

describe("ACL matching", () => {
  it.each<[string, string[], string, string[]]>([
    [
      "exact beats a prefix",
      ['path "a/b" { capabilities = ["read"] }', 'path "a/*" { capabilities = ["list"] }'],
      "a/b",
      ["read"],
    ],
    [
      "the longest prefix wins",
      ['path "a/*" { capabilities = ["read"] }', 'path "a/b/*" { capabilities = ["list"] }'],
      "a/b/c",
      ["list"],
    ],
    ["no rule: deny", ['path "a/*" { capabilities = ["read"] }'], "b", ["deny"]],
    ["a prefix matches within a segment", ['path "a/b*" { capabilities = ["read"] }'], "a/bcd/e", ["read"]],
    [
      "+ beats * when its first glob comes later",
      ['path "secret/*" { capabilities = ["read"] }', 'path "secret/+/x" { capabilities = ["list"] }'],
      "secret/a/x",
      ["list"],
    ],
    [
      "* beats + when its glob comes later (the documentation's example)",
      ['path "secret/+/*" { capabilities = ["read"] }', 'path "secret/a/*" { capabilities = ["list"] }'],
      "secret/a/b",
      ["list"],
    ],
    [
      "at the same first glob, not-a-prefix beats a prefix",
      ['path "secret/*" { capabilities = ["read"] }', 'path "secret/+" { capabilities = ["list"] }'],
      "secret/a",
      ["list"],
    ],
    [
      "fewer + segments win",
      ['path "a/+/+" { capabilities = ["read"] }', 'path "a/+/c" { capabilities = ["list"] }'],
      "a/b/c",
      ["list"],
    ],
    ["+ is one whole segment", ['path "a/+" { capabilities = ["read"] }'], "a/b/c", ["deny"]],
    ["+ with a trailing * is a prefix", ['path "a/+/c*" { capabilities = ["read"] }'], "a/b/cde/f", ["read"]],
    [
      "the same path in two policies adds up",
      ['path "a" { capabilities = ["read"] }', 'path "a" { capabilities = ["list", "sudo"] }'],
      "a",
      ["list", "read", "sudo"],
    ],
    [
      "deny in either policy overrides every other capability of the path",
      ['path "a/*" { capabilities = ["read", "sudo"] }', 'path "a/*" { capabilities = ["deny"] }'],
      "a/b",
      ["deny"],
    ],
    [
      "a deny on a less specific path does not override a more specific grant",
      ['path "a/*" { capabilities = ["deny"] }', 'path "a/b" { capabilities = ["read"] }'],
      "a/b",
      ["read"],
    ],
    [
      "capabilities come sorted (Core.Capabilities sorts them)",
      ['path "a" { capabilities = ["scan", "create", "read", "sudo"] }'],
      "a",
      ["create", "read", "scan", "sudo"],
    ],
  ])("%s", (_name, policies, path, want) => {
    expect(capabilitiesOn(acl(...policies), path, order)).toEqual(want);
  });

  it.each<[string, string, string, AclOperation, boolean]>([
    [
      "LIST adds a trailing / and matches the rule without it",
      'path "sys/plugins/catalog/secret" { capabilities = ["list"] }',
      "sys/plugins/catalog/secret/",
      "list",
      true,
    ],
    [
      "a read does not",
      'path "sys/plugins/catalog/secret" { capabilities = ["read"] }',
      "sys/plugins/catalog/secret/",
      "read",
      false,
    ],
    [
      "LIST of a prefix rule's own directory",
      'path "a/b/*" { capabilities = ["list"] }',
      "a/b/",
      "list",
      true,
    ],
    ["update is not create", 'path "a" { capabilities = ["create"] }', "a", "update", false],
    ["create is not update", 'path "a" { capabilities = ["update"] }', "a", "create", false],
    ["deny refuses", 'path "a" { capabilities = ["deny"] }', "a", "read", false],
  ])("%s", (_name, policy, path, operation, want) => {
    expect(allows(acl(policy).match(path, operation), operation)).toBe(want);
  });

  it("root allows everything, alone", () => {
    expect(capabilitiesOn(buildAcl([{ name: "root", rules: [] }]), "anything", order)).toEqual(["root"]);
    expect(() =>
      buildAcl([
        { name: "root", rules: [] },
        { name: "default", rules: [] },
      ]),
    ).toThrow("other policies present along with root");
  });
});
