// HTTP for the database secrets engine: paths under a mount of type "database". Mount paths are not known
// in advance, so one route takes every path the sys routes left, finds the database mount by longest
// prefix and dispatches on the rest as Vault's engine does: config/?$ (list), config/:name (read, write,
// delete), reset/:name, reload/:plugin_name. Anything else, roles and credentials included, is an
// unsupported path. The write's body is checked by the engine itself (connection.ts), in Vault's words:
// its comma lists and connection details are not what a JSON Schema coercion would make of them.
import type { components } from "@sysplugins/api";
import { notFound } from "../domain/errors.js";
import { type AnyHandler, handler, type Reply } from "../http/contract-types.js";
import type { Operation } from "../http/operation.js";
import { VaultError } from "../http/vault-error.js";
import type { DatabaseEngine, DatabaseMount } from "../services/database/engine.js";

/** framework.GenericNameRegex */
const genericName = /^\w(?:(?:[\w.-]+)?\w)?$/;

export function databaseHandlers(engine: DatabaseEngine) {
  const mountAt = async (path: string): Promise<DatabaseMount> => {
    const mount = await engine.mountFor(path);
    if (!mount) throw VaultError.unsupportedPath();
    return mount;
  };
  return {
    list: handler("database-list-connections", async ({ path }) => {
      const keys = await engine.list(await mountAt(path.database_mount));
      if (keys.length === 0) throw notFound();
      return { data: { keys } };
    }),
    read: handler("database-read-connection", async ({ path }) => {
      const view = await engine.read(await mountAt(path.database_mount), path.name);
      if (!view) throw notFound();
      return { data: view.data as components["schemas"]["DatabaseConnection"], warnings: view.warnings };
    }),
    write: handler("database-configure-connection", async ({ path, body }) => ({
      warnings: await engine.write(await mountAt(path.database_mount), path.name, body),
    })),
    remove: handler("database-delete-connection", async ({ path }) => {
      await engine.remove(await mountAt(path.database_mount), path.name);
      return {};
    }),
    reset: handler("database-reset-connection", async ({ path }) => {
      await engine.reset(await mountAt(path.database_mount), path.name);
      return {};
    }),
    reload: handler("database-reload-plugin", async ({ path }) => ({
      data: await engine.reloadPlugin(await mountAt(path.database_mount), path.plugin_name),
    })),
  };
}

type Handlers = ReturnType<typeof databaseHandlers>;

/**
 * The one route under every database mount. `reloadByPlugin`: whether the engine has reload/:plugin_name
 * (the flavour's "database-plugin-reload").
 */
export function databaseDispatch(
  engine: DatabaseEngine,
  reloadByPlugin: boolean,
  routed: (path: string) => Promise<boolean>,
) {
  const h: Handlers = databaseHandlers(engine);
  const table: [RegExp, string, Partial<Record<Operation, AnyHandler>>][] = [
    [/^config\/?$/, "", { list: h.list }],
    [/^config\/(.+)$/, "name", { read: h.read, update: h.write, delete: h.remove }],
    [/^reset\/(.+)$/, "name", { update: h.reset }],
    ...(reloadByPlugin ? ([[/^reload\/(.+)$/, "plugin_name", { update: h.reload }]] as typeof table) : []),
  ];

  const dispatch = (op: Operation, operationId: AnyHandler["operationId"]): AnyHandler =>
    ({
      operationId,
      async handle(req: { path: { rest: string }; body: unknown; query: unknown; requestId: string }) {
        const mount = await engine.mountFor(req.path.rest);
        if (!mount) {
          throw (await routed(req.path.rest))
            ? VaultError.unsupportedPath()
            : VaultError.noRoute(req.path.rest);
        }
        const rest = req.path.rest.slice(mount.path.length);
        for (const [pattern, param, ops] of table) {
          const m = pattern.exec(rest);
          if (!m) continue;
          const captured = m[1] ?? "";
          if (param && !genericName.test(captured)) break;
          const spec = ops[op];
          if (!spec) throw VaultError.unsupportedOperation();
          const path = { database_mount: mount.path, ...(param ? { [param]: captured } : {}) };
          const handle = spec.handle as (r: unknown) => Promise<Reply<unknown>>;
          return { ...(await handle({ ...req, path })), mountType: "database" };
        }
        throw VaultError.unsupportedPath();
      },
    }) as unknown as AnyHandler;

  return {
    pattern: /^\/v1\/(.+)$/,
    params: ["rest"],
    // The operationIds name operations without a body: the router validates nothing here (see above).
    ops: {
      list: dispatch("list", "database-list-connections"),
      read: dispatch("read", "database-read-connection"),
      update: dispatch("update", "database-reset-connection"),
      delete: dispatch("delete", "database-delete-connection"),
    },
  };
}
