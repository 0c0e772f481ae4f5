// Conventions every route shares, and tokens.

import * as expect from "../expect.js";
import { rules } from "../releases.js";
import { check } from "./define.js";

const E = "every route";
const denied = "permission denied";

export const wireChecks = [
  check(
    "wire.content-type",
    E,
    "JSON answers say application/json with no charset",
    "sdk/logical/response_util.go, http/handler.go",
    [],
    async ({ send }) => {
      for (const path of ["sys/plugins/catalog", "sys/plugins/catalog/secret/sysplugins-conf-missing"]) {
        expect.equal(
          (await send("GET", path)).headers.get("content-type"),
          "application/json",
          `Content-Type of GET ${path}`,
        );
      }
    },
  ),
  check(
    "wire.no-store",
    E,
    "answers carry Cache-Control: no-store",
    "http/handler.go wrapGenericHandler",
    [],
    async ({ send }) => {
      expect.equal(
        (await send("GET", "sys/plugins/catalog")).headers.get("cache-control"),
        "no-store",
        "Cache-Control",
      );
    },
  ),
  check(
    "wire.envelope",
    E,
    "data is wrapped in Vault's envelope",
    "sdk/logical/translate_response.go",
    [],
    async ({ send }) => {
      const a = await send("GET", "sys/plugins/catalog");
      for (const key of [
        "request_id",
        "lease_id",
        "renewable",
        "lease_duration",
        "data",
        "wrap_info",
        "warnings",
        "auth",
      ]) {
        expect.truthy(a.json && key in a.json, `the envelope lacks "${key}": ${a.text.slice(0, 200)}`);
      }
      expect.truthy(
        typeof a.json.request_id === "string" && a.json.request_id.length > 0,
        "request_id is not a non-empty string",
      );
    },
  ),
  check(
    "wire.unsupported-path",
    E,
    "an unknown path is 404 unsupported path",
    "sdk/logical/response_util.go (ErrUnsupportedPath)",
    [],
    async ({ send }) => {
      expect.error(
        await send("GET", "sys/plugins/sysplugins-conf-no-such-route"),
        404,
        "unsupported path",
        "GET an unknown sys/plugins path",
      );
    },
  ),
  check(
    "wire.malformed-json",
    E,
    "a body that is not JSON is 400: Vault says error parsing JSON, OpenBao passes its Go decoder's error on",
    `vault http/logical.go buildLogicalRequestNoAuth; openbao internal/http/json.go parseJSONRequest, ${rules.openbaoDecoder2.evidence}`,
    [],
    async (ctx) => {
      const a = await ctx.send("POST", `sys/plugins/catalog/secret/${ctx.prefix}-bad-json`, {
        rawBody: "{not json",
      });
      const text =
        ctx.product === "vault"
          ? "error parsing JSON"
          : ctx.at(rules.openbaoDecoder2)
            ? "failed to decode JSON input: invalid character 'o' in literal null (expecting 'u')"
            : "failed to decode JSON input: invalid character 'n'";
      expect.error(a, 400, text, "POST with the body {not json");
    },
  ),
  check(
    "token.missing",
    "authentication",
    "no token is 403 permission denied",
    "http/handler.go, vault/request_handling.go",
    [],
    async ({ send }) => {
      expect.error(
        await send("GET", "sys/plugins/catalog", { token: "" }),
        403,
        denied,
        "GET sys/plugins/catalog without a token",
      );
    },
  ),
  check(
    "token.wrong",
    "authentication",
    "a wrong token is 403 permission denied",
    "vault/request_handling.go",
    [],
    async ({ send }) => {
      expect.error(
        await send("GET", "sys/plugins/catalog", { token: "sysplugins-conf-wrong-token" }),
        403,
        denied,
        "a wrong X-Vault-Token",
      );
    },
  ),
  check(
    "token.bearer",
    "authentication",
    "Authorization: Bearer is read when X-Vault-Token is absent",
    "http/handler.go getTokenFromReq",
    [],
    async ({ send, token }) => {
      const a = await send("GET", "sys/plugins/catalog", {
        token: "",
        headers: { Authorization: `Bearer ${token}` },
      });
      expect.status(a, 200, "GET with Authorization: Bearer <token>");
    },
  ),
  check(
    "health.version",
    "GET /sys/health",
    "health needs no token and reports the version",
    "http/sys_health.go",
    [],
    async ({ send }) => {
      const a = await send("GET", "sys/health", { token: "" });
      expect.status(a, 200, "GET sys/health without a token");
      expect.truthy(
        typeof a.json?.version === "string" && a.json.initialized === true,
        `health body: ${a.text}`,
      );
    },
  ),
];
