import { describe, expect, it } from "vitest";
import { DomainError } from "../../domain/errors.js";
import { choosePluginVersion, type PluginFacts, versionToStart } from "./plugin-version.js";

const plain: PluginFacts = { hasUnversioned: false, versions: ["v1.0.0", "v1.0.1"] };
const shadowed: PluginFacts = { ...plain, hasUnversioned: true };
const builtin: PluginFacts = { hasUnversioned: false, versions: [], builtinVersion: "v1.21.0+builtin.vault" };
const pinned: PluginFacts = { ...plain, pin: "v1.0.1" };

describe("choosePluginVersion", () => {
  it.each<[string, PluginFacts, string | undefined, string, boolean, string, string]>([
    ["create without a version takes the newest", plain, undefined, "", true, "v1.0.1", "v1.0.1"],
    ["create with a version takes it, canonical", plain, "1.0.0", "", true, "v1.0.0", "v1.0.0"],
    ["create with a lenient version", plain, "1.0.0beta", "", true, "v1.0.0-beta", "v1.0.0-beta"],
    ["an unversioned registration wins on create", shadowed, undefined, "", true, "", ""],
    ["update without a version keeps the stored one", plain, undefined, "v1.0.0", false, "v1.0.0", "v1.0.0"],
    ["update with a version takes it", plain, "v1.0.1", "v1.0.0", false, "v1.0.1", "v1.0.1"],
    ["update with an empty version clears it", plain, "", "v1.0.0", false, "", ""],
    ["update of an unversioned connection stays unversioned", plain, undefined, "", false, "", ""],
    ["the builtin's version means no version", builtin, "v1.21.0+builtin.vault", "", true, "", ""],
    ["a stored builtin version is dropped", builtin, undefined, "v1.12.0+builtin.vault", false, "", ""],
    [
      "a pin runs the pinned version and keeps the stored one",
      pinned,
      undefined,
      "v1.0.0",
      false,
      "v1.0.0",
      "v1.0.1",
    ],
    ["a pin on create stores nothing", pinned, undefined, "", true, "", "v1.0.1"],
  ])("%s", (_name, facts, requested, stored, create, configured, run) => {
    expect(choosePluginVersion("my-db-plugin", facts, requested, stored, create)).toEqual({
      configured,
      run,
    });
  });

  it.each<[string, PluginFacts, string, string, string]>([
    [
      "an explicit version while pinned",
      pinned,
      "v1.0.0",
      "invalid_request",
      'cannot specify plugin_version for plugin "my-db-plugin" as it is pinned (v1.0.1)',
    ],
    [
      "even an empty one",
      pinned,
      "",
      "invalid_request",
      'cannot specify plugin_version for plugin "my-db-plugin" as it is pinned (v1.0.1)',
    ],
    [
      "a version that is not semver",
      plain,
      "one",
      "invalid_request",
      'version "one" is not a valid semantic version: Malformed version: one',
    ],
    [
      "the builtin's version when an unversioned plugin overrides it",
      { ...builtin, hasUnversioned: true },
      "v1.21.0+builtin.vault",
      "invalid_request",
      'database plugin "my-db-plugin", version v1.21.0+builtin.vault not found, as it is overridden by an unversioned plugin of the same name. Omit `plugin_version` to use the unversioned plugin',
    ],
  ])("refuses %s", (_name, facts, requested, code, message) => {
    let caught: unknown;
    try {
      choosePluginVersion("my-db-plugin", facts, requested, "", false);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe(code);
    expect((caught as DomainError).messages).toEqual([message]);
  });
});

describe("versionToStart", () => {
  it.each<[string | undefined, string, string]>([
    [undefined, "v1.0.0", "v1.0.0"],
    ["v1.0.1", "v1.0.0", "v1.0.1"],
    [undefined, "", ""],
    [undefined, "v1.12.1+builtin.vault", ""],
  ])("pin %s, configured %s -> %s", (pin, configured, expected) => {
    expect(versionToStart(pin ? { pin } : {}, configured)).toBe(expected);
  });
});
