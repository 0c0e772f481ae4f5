import { contract } from "@sysplugins/api";
import { describe, expect, it } from "vitest";
import { bodyValidators } from "./validation.js";

describe("bodyValidators", () => {
  it("compiles a validator for every operation that takes a body", () => {
    const validators = bodyValidators(contract);
    expect([...validators.keys()].sort()).toEqual(
      [
        "auth-enable-method",
        "auth-tune-configuration-parameters",
        "database-configure-connection",
        "mounts-enable-secrets-engine",
        "mounts-tune-configuration-parameters",
        "plugins-catalog-pins-create-pinned-version",
        "plugins-catalog-register-plugin-with-type",
        "plugins-catalog-register-plugin-with-type-put",
        "plugins-reload-backends",
        "query-token-self-capabilities",
        "query-token-capabilities",
        "query-token-accessor-capabilities",
        "reload-plugins",
        "token-create",
        "token-create-orphan",
        "token-look-up",
        "token-look-up-accessor",
        "token-renew",
        "token-renew-self",
        "token-revoke",
        "token-revoke-accessor",
        "token-revoke-orphan",
        "policies-write-acl-policy",
        "policy-write",
      ].sort(),
    );
  });

  it("stops the server at boot when an operation's validator was not generated", () => {
    const stale = structuredClone(contract);
    const pins = stale.paths["/sys/plugins/pins/{type}/{name}"] as { post: { operationId: string } };
    pins.post.operationId = "not-generated";
    expect(() => bodyValidators(stale)).toThrow(/no generated validator for not-generated/);
  });

  it.each([
    [{ version: "1.0.0" }, undefined],
    [{ version: 1 }, undefined],
    [{}, "missing plugin version"],
    [{ version: "" }, "missing plugin version"],
    [{ version: "x" }, 'version "x" is not a valid semantic version: Malformed version: x'],
    [
      { version: { a: 1 } },
      'Field validation failed: error converting input {"a":1} for field "version": expected string',
    ],
  ])("pin body %j -> %j", (body, message) => {
    const validate = bodyValidators(contract).get("plugins-catalog-pins-create-pinned-version");
    if (message) expect(() => validate?.(body)).toThrow(message);
    else expect(() => validate?.(body)).not.toThrow();
  });
});

describe("weak booleans", () => {
  it.each([
    ["1", true],
    ["t", true],
    ["True", true],
    ["0", false],
    ["F", false],
  ])("%j reads as %s, as Go's ParseBool reads it, also inside config", (text, want) => {
    const validate = bodyValidators(contract).get("mounts-enable-secrets-engine");
    const body: Record<string, unknown> = { type: "kv", local: text, config: { force_no_cache: text } };
    validate?.(body);
    expect(body.local).toBe(want);
    expect((body.config as Record<string, unknown>).force_no_cache).toBe(want);
  });

  it("other strings are still refused", () => {
    const validate = bodyValidators(contract).get("mounts-enable-secrets-engine");
    expect(() => validate?.({ type: "kv", local: "yes" })).toThrow("Field validation failed");
  });
});
