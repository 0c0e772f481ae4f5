// Database plugins: the second procedure of Vault's plugin upgrade guide, where a plugin runs behind a
// connection of the database secrets engine (builtin/logical/database path_config_connection*.go,
// vault/plugin_reload.go, external_plugin_test.go TestCore_UpgradePluginUsingPinnedVersion_Database).
// OpenBao 2.7.2 (measured) has no running_plugin_version, no verify_connection in reads, no
// <mount>/reload/:plugin_name, and no pins.
import type { Context, Product } from "../engine.js";
import * as expect from "../expect.js";
import { rules } from "../releases.js";
import { check } from "./define.js";

const CONFIG = "/:database_mount/config/:name";

/** Registers v1.0.0 and v1.0.1 of a database plugin (names unique to `tag`), enables a database mount, configures one connection. */
async function setUp(ctx: Context, tag: string) {
  const { send, prefix, register, enable, databasePlugin } = ctx;
  const plugin = `${prefix}-${tag}-plugin`;
  const mount = `${prefix}-${tag}-db`;
  const extra = { command: databasePlugin.command, sha256: databasePlugin.sha256 };
  for (const v of ["v1.0.0", "v1.0.1"])
    expect.status(await register(plugin, v, "database", extra), 204, `register database plugin ${v}`);
  expect.status(await enable("mounts", mount, { type: "database" }), 204, "enable the database engine");
  const create = await send("POST", `${mount}/config/my-db`, {
    body: {
      plugin_name: plugin,
      plugin_version: "v1.0.0",
      connection_url: "postgresql://{{username}}:{{password}}@127.0.0.1:5432/app",
      username: "vaultadmin",
      verify_connection: false,
      allowed_roles: "readonly",
    },
  });
  // No handler warning (the URL is templated), so the framework adds none either.
  expect.status(create, 204, "configure the connection");
  return { plugin, mount };
}

/** Vault 1.16 and later report the version a connection runs (rules.vault116); OpenBao and older Vault do not. */
const running = (ctx: Context, version: string) =>
  ctx.at(rules.vault116) ? { running_plugin_version: version } : {};

export const databaseChecks = [
  check(
    "database.upgrade-procedure",
    CONFIG,
    "register, enable, configure, register v1.0.1, write plugin_version: the connection runs v1.0.1 at once and keeps every other parameter",
    "Vault's plugin upgrade guide (database plugins); path_config_connection_ce.go connectionWriteHandler, connectionReadHandler",
    ["write", "databasePlugin"],
    async (ctx) => {
      const { send, product } = ctx;
      const { plugin, mount } = await setUp(ctx, "up");
      const first = await send("GET", `${mount}/config/my-db`);
      expect.status(first, 200, "read the connection");
      const data = first.json?.data ?? {};
      expect.equal(
        {
          plugin_name: data.plugin_name,
          plugin_version: data.plugin_version,
          running_plugin_version: data.running_plugin_version,
        },
        { plugin_name: plugin, plugin_version: "v1.0.0", ...running(ctx, "v1.0.0") },
        "the connection's plugin and versions",
      );
      const upgrade = await send("POST", `${mount}/config/my-db`, { body: { plugin_version: "v1.0.1" } });
      expect.status(upgrade, 204, "write plugin_version=v1.0.1 alone");
      const after = await send("GET", `${mount}/config/my-db`);
      expect.equal(
        after.json?.data,
        { ...data, plugin_version: "v1.0.1", ...running(ctx, "v1.0.1") },
        "the connection after the upgrade: only the versions changed",
      );
      expect.equal(after.json?.warnings ?? null, null, "warnings once configured and running agree");
    },
  ),
  check(
    "database.read",
    CONFIG,
    "a read leaves secrets out and shows the named fields; a missing connection is 404 with no errors",
    "path_config_connection_ce.go connectionReadHandler",
    ["write", "databasePlugin"],
    async (ctx) => {
      const { send, product } = ctx;
      const { mount } = await setUp(ctx, "read");
      const write = await send("POST", `${mount}/config/my-db`, {
        body: { password: "secret", private_key: "k" },
      });
      expect.status(write, 204, "write password and private_key");
      const r = await send("GET", `${mount}/config/my-db`);
      const details = r.json?.data?.connection_details ?? {};
      expect.equal("password" in details || "private_key" in details, false, "secrets in connection_details");
      const keys = Object.keys(r.json?.data ?? {}).sort();
      const want = [
        "allowed_roles",
        "connection_details",
        "password_policy",
        "plugin_name",
        "plugin_version",
        "root_credentials_rotate_statements",
        ...(ctx.at(rules.vault116) ? ["running_plugin_version", "verify_connection"] : []),
      ].sort();
      expect.equal(keys, want, "the fields of a read");
      expect.equal(r.json?.data?.allowed_roles, ["readonly"], "allowed_roles from a comma string");
      const missing = await send("GET", `${mount}/config/${ctx.prefix}-none`);
      expect.status(missing, 404, "read a missing connection");
      expect.equal(missing.json?.errors, [], "errors of a missing connection");
    },
  ),
  check(
    "database.errors",
    CONFIG,
    "no plugin_name on create, a version that is not registered: 400 in Vault's words, nothing stored",
    "path_config_connection_ce.go connectionWriteHandler; version_wrapper.go newDatabaseWrapper",
    ["write", "databasePlugin"],
    async (ctx) => {
      const { send } = ctx;
      const { plugin, mount } = await setUp(ctx, "err");
      expect.error(
        await send("POST", `${mount}/config/other`, { body: { connection_url: "x" } }),
        400,
        "empty plugin name",
        "create without plugin_name",
      );
      const missing = `plugin not found in the catalog: ${plugin}, version=v9.0.0`;
      const bad = await send("POST", `${mount}/config/my-db`, { body: { plugin_version: "v9.0.0" } });
      expect.status(bad, 400, "write an unregistered plugin_version");
      expect.equal(
        bad.json?.errors,
        [
          `error creating database object: invalid database version: 2 errors occurred:\n\t* ${missing}\n\t* ${missing}\n\n`,
        ],
        "the error of an unregistered plugin_version",
      );
      const still = await send("GET", `${mount}/config/my-db`);
      expect.equal(still.json?.data?.plugin_version, "v1.0.0", "plugin_version after the refused write");
      const list = await send("LIST", `${mount}/config`);
      expect.equal(list.json?.data?.keys, ["my-db"], "the connections listed");
      expect.status(await send("DELETE", `${mount}/config/my-db`), 204, "delete the connection");
      expect.status(await send("LIST", `${mount}/config`), 404, "list with no connections");
    },
  ),
  check(
    "database.pins",
    CONFIG,
    "a pin refuses plugin_version, takes effect on reload/database/:name, and warns while configured and running differ",
    "path_config_connection_ce.go selectPluginVersion; backend_ce.go GetConnectionWithConfig; TestCore_UpgradePluginUsingPinnedVersion_Database",
    ["write", "databasePlugin", "pins", "reloadByType"],
    async (ctx) => {
      const { send, pinned } = ctx;
      const { plugin, mount } = await setUp(ctx, "pin");
      pinned("database", plugin);
      expect.status(
        await send("POST", `sys/plugins/pins/database/${plugin}`, { body: { version: "v1.0.1" } }),
        200,
        "pin v1.0.1",
      );
      expect.error(
        await send("POST", `${mount}/config/my-db`, { body: { plugin_version: "v1.0.0" } }),
        400,
        `cannot specify plugin_version for plugin "${plugin}" as it is pinned (v1.0.1)`,
        "write plugin_version while pinned",
      );
      const before = await send("GET", `${mount}/config/my-db`);
      expect.equal(before.json?.data?.running_plugin_version, "v1.0.0", "a new pin restarts nothing");
      expect.status(await send("POST", `sys/plugins/reload/database/${plugin}`, { body: {} }), 200, "reload");
      const after = await send("GET", `${mount}/config/my-db`);
      expect.equal(after.json?.data?.running_plugin_version, "v1.0.1", "running after the reload");
      expect.equal(
        after.json?.warnings,
        ['Plugin version is configured as "v1.0.0", but running "v1.0.1" because that version is pinned'],
        "the warning",
      );
    },
  ),
  check(
    "database.reload",
    "POST /:database_mount/reload/:plugin_name",
    "reload/:plugin_name restarts the mount's connections of that plugin (OpenBao: no such path)",
    "path_config_connection.go pathReloadPlugin; corrected by bao 2.7.2: 404 unsupported path",
    ["write", "databasePlugin"],
    async (ctx) => {
      const { send, product } = ctx;
      const { plugin, mount } = await setUp(ctx, "rel");
      const r = await send("POST", `${mount}/reload/${plugin}`, { body: {} });
      if (!ctx.at(rules.vault116)) {
        expect.error(
          r,
          404,
          "unsupported path",
          "reload/:plugin_name (OpenBao and Vault before 1.16 have none)",
        );
        return;
      }
      expect.status(r, 200, "reload the plugin's connections");
      expect.equal(r.json?.data, { connections: ["my-db"], count: 1 }, "what was reloaded");
    },
  ),
];
