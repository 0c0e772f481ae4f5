// Reloading (vault/logical_system.go handlePluginReloadUpdate, handleRootPluginReloadUpdate;
// vault/external_tests/plugin/plugin_test.go).
import * as expect from "../expect.js";
import { releasesOf, rules } from "../releases.js";
import { matchesSchema } from "../schemas.js";
import { check } from "./define.js";

const BACKEND = "POST /sys/plugins/reload/backend";

export const reloadChecks = [
  check(
    "reload.none-warning",
    BACKEND,
    "reloading a plugin nothing runs is 200 with a warning and a reload_id (OpenBao: 400 when it is not in the catalog)",
    "plugin_test.go TestSystemBackend_PluginReload_WarningIfNoneReloaded; corrected by bao 2.7.2: OpenBao refuses a plugin the catalog lacks (openbao #2398, internal/vault/plugin_reload.go)",
    [],
    async ({ send, prefix, product, at }) => {
      const a = await send("POST", "sys/plugins/reload/backend", { body: { plugin: `${prefix}-none` } });
      if (product === "openbao") {
        expect.error(a, 400, `plugin not found in the catalog: "${prefix}-none"`, "reload an unknown plugin");
        return;
      }
      expect.status(a, 200, "reload a plugin nothing runs");
      matchesSchema(a.json, "ReloadResponse", "the reload answer");
      expect.equal(
        a.json.warnings,
        at(rules.vault116) ? ["no plugins were reloaded"] : null,
        "warnings (Vault 1.16 and later warn)",
      );
      expect.equal(a.json.data.reload_id, a.json.request_id, "reload_id is the request's ID");
    },
  ),
  check(
    "reload.errors",
    BACKEND,
    "scope, and exactly one of plugin and mounts, are checked (OpenBao reads scope from 2.7.2 only)",
    `vault/logical_system.go handlePluginReloadUpdate; OpenBao: ${rules.openbaoReloadScope.evidence}`,
    [],
    async ({ send, prefix, product, at }) => {
      const scoped = { plugin: `${prefix}-x`, scope: "local" };
      if (product === "openbao" && !at(rules.openbaoReloadScope)) {
        // Before 2.7.2 the scope is not read: the plugin is looked up as if none were given.
        expect.error(
          await send("POST", "sys/plugins/reload/backend", { body: scoped }),
          400,
          `plugin not found in the catalog: "${prefix}-x"`,
          `reload ${JSON.stringify(scoped)} (${releasesOf(rules.openbaoReloadScope, false)} do not read scope)`,
        );
      }
      const scopeText =
        product === "openbao"
          ? 'scope must be unset or "global"'
          : "reload scope must be omitted or 'global'";
      const cases: [Record<string, unknown>, string][] = [
        ...(product === "vault" || at(rules.openbaoReloadScope)
          ? [[scoped, scopeText] as [Record<string, unknown>, string]]
          : []),
        [
          { plugin: `${prefix}-x`, mounts: [`${prefix}-m`] },
          "plugin and mounts cannot be set at the same time",
        ],
        [{}, "plugin or mounts must be provided"],
      ];
      for (const [body, text] of cases)
        expect.error(
          await send("POST", "sys/plugins/reload/backend", { body }),
          400,
          text,
          `reload ${JSON.stringify(body)}`,
        );
    },
  ),
  check(
    "reload.missing-mount",
    BACKEND,
    "a mount that does not exist is a plain error (Vault 500, OpenBao 400)",
    "vault/logical_system.go handlePluginReloadUpdate (multierror); corrected by bao 2.7.2: OpenBao passes it through handleError, 400 (openbao internal/vault/logical_system.go handlePluginReloadUpdate)",
    [],
    async ({ send, prefix, product }) => {
      expect.error(
        await send("POST", "sys/plugins/reload/backend", { body: { mounts: `${prefix}-none` } }),
        product === "openbao" ? 400 : 500,
        `cannot fetch mount entry on "${prefix}-none/"`,
        "reload a missing mount",
      );
    },
  ),
  check(
    "reload.global-202",
    BACKEND,
    "scope=global is answered 202",
    "vault/logical_system.go handlePluginReloadUpdate",
    ["globalReload"],
    async ({ send, prefix, at }) => {
      const a = await send("POST", "sys/plugins/reload/backend", {
        body: { plugin: `${prefix}-none`, scope: "global" },
      });
      expect.status(a, 202, "a global reload");
      expect.equal(
        a.json?.warnings,
        at(rules.vault116)
          ? ["no plugins were reloaded locally (but they may be reloaded on other nodes)"]
          : null,
        "warnings (Vault 1.16 and later warn)",
      );
    },
  ),
  check(
    "reload.by-type",
    "POST /sys/plugins/reload/:type/:name",
    "reload by type and name answers like reload by plugin",
    "plugin_test.go TestSystemBackend_Plugin_reload",
    ["reloadByType"],
    async ({ send, prefix }) => {
      const a = await send("POST", `sys/plugins/reload/secret/${prefix}-none`, { body: {} });
      expect.status(a, 200, "reload secret/<none>");
      expect.equal(a.json?.warnings, ["no plugins were reloaded"], "warnings");
    },
  ),
  check(
    "reload.status",
    "GET /sys/plugins/reload/backend/status",
    "a reload's status reports each node",
    "api/sys_plugins.go ReloadPluginStatus (Vault Enterprise)",
    ["reloadStatus"],
    async ({ send, prefix }) => {
      const id = (await send("POST", "sys/plugins/reload/backend", { body: { plugin: `${prefix}-none` } }))
        .json?.data?.reload_id;
      const a = await send("GET", `sys/plugins/reload/backend/status?reload_id=${id}`);
      expect.status(a, 200, "GET the reload's status");
      matchesSchema(a.json, "ReloadStatusResponse", "the status");
    },
  ),
];
