// HTTP for the plugin catalog: adapts requests to the catalog service.
import type { PluginType } from "../domain/plugin-type.js";
import { VaultError } from "../http/vault-error.js";
import type { Route } from "../routes.js";
import type { Catalog, RegisterInput } from "../services/catalog.js";
import { catalogVersion } from "../services/versions.js";

export function catalogRoutes(catalog: Catalog): Route[] {
  return [
    {
      pattern: /^\/v1\/sys\/plugins\/catalog\/(auth|database|secret)\/?$/,
      ops: {
        list: {
          handle: ({ params }) => {
            const keys = catalog.listNames(params[0] as PluginType);
            if (keys.length === 0) throw VaultError.notFound();
            return { data: { keys } };
          },
        },
      },
    },
    {
      pattern: /^\/v1\/sys\/plugins\/catalog\/?$/,
      ops: { read: { handle: () => ({ data: catalog.listAll() }) } },
    },
    {
      pattern: /^\/v1\/sys\/plugins\/catalog(?:\/(auth|database|secret))?\/(.+)$/,
      ops: {
        read: {
          handle: ({ params: [type, name = ""], query }) => {
            if (!type) {
              return {
                data: null,
                warnings: [
                  `Deprecated API endpoint, cannot read plugin information from catalog for "${name}"`,
                ],
              };
            }
            const entry = catalog.get(type as PluginType, name, catalogVersion(query.version));
            if (!entry) throw VaultError.notFound();
            return { data: catalog.describe(entry) };
          },
        },
        update: {
          operationId: "plugins-catalog-register-plugin-with-type",
          handle: async ({ params: [type, name = ""], body }) => {
            await catalog.register(
              (type as PluginType | undefined) ?? "unknown",
              name,
              body as RegisterInput,
            );
            return {};
          },
        },
        delete: {
          handle: async ({ params: [type, name = ""], query }) => {
            if (!type) {
              return {
                data: null,
                warnings: [`Deprecated API endpoint, cannot deregister plugin from catalog for "${name}"`],
              };
            }
            await catalog.remove(type as PluginType, name, query.version);
            return {};
          },
        },
      },
    },
  ];
}
