// Tests of the contract as data: the statuses and shapes that real Vault sends, checked across every
// operation so that a new operation cannot forget them.
import { describe, expect, it } from "vitest";
import { contract } from "./index.js";

type Operation = {
  operationId: string;
  responses: Record<string, { $ref?: string; content?: unknown }>;
  requestBody?: unknown;
  security?: Record<string, string[]>[];
};

const methods = ["get", "put", "post", "delete"] as const;
const operations: Array<[string, string, Operation]> = Object.entries(contract.paths).flatMap(
  ([path, item]) =>
    methods
      .filter((m) => m in item)
      .map((m) => [path, m, item[m] as Operation] as [string, string, Operation]),
);
const byId = new Map(operations.map(([, , op]) => [op.operationId, op]));

describe("contract", () => {
  it("covers every operation the issue lists", () => {
    const wanted = [
      "GET /sys/health",
      "GET /sys/plugins/catalog",
      "GET /sys/plugins/catalog/{type}",
      "GET /sys/plugins/catalog/{type}/{name}",
      "POST /sys/plugins/catalog/{type}/{name}",
      "PUT /sys/plugins/catalog/{type}/{name}",
      "DELETE /sys/plugins/catalog/{type}/{name}",
      "GET /sys/plugins/pins",
      "POST /sys/plugins/pins/{type}/{name}",
      "GET /sys/plugins/pins/{type}/{name}",
      "DELETE /sys/plugins/pins/{type}/{name}",
      "POST /sys/plugins/reload/backend",
      "POST /sys/plugins/reload/{type}/{name}",
      "GET /sys/plugins/reload/backend/status",
      "GET /sys/seal-status",
      "GET /sys/init",
      "GET /sys/leader",
      "GET /sys/ha-status",
      "GET /auth/token/lookup-self",
      "POST /auth/token/lookup-self",
      "POST /sys/capabilities-self",
      "GET /sys/internal/ui/mounts",
      "GET /sys/internal/ui/mounts/{path}",
      "GET /sys/internal/specs/openapi",
      ...["mounts", "auth"].flatMap((m) => [
        `GET /sys/${m}`,
        `POST /sys/${m}/{path}`,
        `GET /sys/${m}/{path}`,
        `DELETE /sys/${m}/{path}`,
        `GET /sys/${m}/{path}/tune`,
        `POST /sys/${m}/{path}/tune`,
      ]),
      // Issue #16: connections of the database secrets engine.
      "GET /{database_mount}/config",
      "POST /{database_mount}/config/{name}",
      "GET /{database_mount}/config/{name}",
      "DELETE /{database_mount}/config/{name}",
      "POST /{database_mount}/reset/{name}",
      "POST /{database_mount}/reload/{plugin_name}",
      // Issue #23: tokens, ACL policies and capabilities.
      ...["create", "create-orphan", "lookup", "lookup-accessor", "renew", "renew-self"].map(
        (p) => `POST /auth/token/${p}`,
      ),
      ...["revoke", "revoke-self", "revoke-accessor", "revoke-orphan"].map((p) => `POST /auth/token/${p}`),
      "POST /sys/capabilities",
      "POST /sys/capabilities-accessor",
      "GET /sys/policies/acl",
      "GET /sys/policies/acl/{name}",
      "POST /sys/policies/acl/{name}",
      "DELETE /sys/policies/acl/{name}",
      "GET /sys/policy",
      "GET /sys/policy/{name}",
      "POST /sys/policy/{name}",
      "DELETE /sys/policy/{name}",
    ];
    const have = operations.map(([path, method]) => `${method.toUpperCase()} ${path}`);
    expect(have.sort()).toEqual(wanted.sort());
  });

  it.each([
    ["plugins-catalog-register-plugin-with-type", "204"],
    ["plugins-catalog-register-plugin-with-type-put", "204"],
    ["plugins-catalog-remove-plugin-with-type", "204"],
    ["mounts-enable-secrets-engine", "204"],
    ["mounts-disable-secrets-engine", "204"],
    ["mounts-tune-configuration-parameters", "204"],
    ["auth-enable-method", "204"],
    ["auth-disable-method", "204"],
    ["auth-tune-configuration-parameters", "204"],
  ])("%s answers %s with no body", (id, status) => {
    const response = byId.get(id)?.responses[status];
    expect(response).toBeDefined();
    expect(response?.content).toBeUndefined();
  });

  it.each([
    ["plugins-catalog-pins-create-pinned-version", "200"],
    ["plugins-catalog-pins-remove-pinned-version", "200"],
    ["plugins-reload-backends", "202"],
    ["reload-plugins", "202"],
  ])("%s declares %s with a body", (id, status) => {
    expect(byId.get(id)?.responses[status]?.content).toBeDefined();
  });

  it("every authenticated operation declares 403, and every error is Vault's error body", () => {
    for (const [path, method, op] of operations) {
      if (op.operationId === "health") continue; // its 429, 501 and 503 carry the health body
      // Operations that answer without a token (security `[]` or an empty alternative) need no 403.
      const security = op.security;
      const optional =
        security && (security.length === 0 || security.some((a) => Object.keys(a).length === 0));
      if (!optional) expect(op.responses["403"], `${method} ${path}`).toBeDefined();
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        const name = response.$ref?.split("/").pop();
        const resolved = (name ? contract.components.responses?.[name] : response) as {
          content: { "application/json": { schema: { $ref: string } } };
        };
        expect(resolved.content["application/json"].schema.$ref, `${method} ${path} ${status}`).toBe(
          "#/components/schemas/ErrorResponse",
        );
      }
    }
  });

  it("operations that send a body declare 413", () => {
    for (const [path, method, op] of operations) {
      if (op.requestBody) expect(op.responses["413"], `${method} ${path}`).toBeDefined();
    }
  });

  it("operationIds are unique", () => {
    expect(byId.size).toBe(operations.length);
  });

  it("sha256 is hex, types are an enum, and examples are real", () => {
    const schemas = contract.components.schemas;
    const sha = schemas.Sha256Hex as { pattern: string; example: string };
    expect(new RegExp(sha.pattern).test(sha.example)).toBe(true);
    expect(schemas.PluginType).toEqual({ type: "string", enum: ["auth", "database", "secret"] });
    const register = contract.components.requestBodies?.Register as {
      content: { "application/json": { example: { sha256: string; command: string } } };
    };
    const example = register.content["application/json"].example;
    expect(example.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(example.command).not.toMatch(/^\//);
  });
});
