// HTTP for the plugin catalog: adapts requests to the catalog service.
import { notFound } from "../domain/errors.js";
import { handler } from "../http/contract-types.js";
import type { Catalog } from "../services/catalog/catalog.js";

export function catalogHandlers(catalog: Catalog) {
  return {
    listAll: handler("plugins-catalog-list-plugins", async () => ({ data: await catalog.listAll() })),

    listNames: handler("plugins-catalog-list-plugins-with-type", async ({ path }) => {
      const keys = await catalog.listNames(path.type);
      if (keys.length === 0) throw notFound();
      return { data: { keys } };
    }),

    read: handler("plugins-catalog-read-plugin-configuration-with-type", async ({ path, query }) => {
      const data = await catalog.read(path.type, path.name, query.version);
      if (!data) throw notFound();
      return { data };
    }),

    register: handler("plugins-catalog-register-plugin-with-type", async ({ path, body, signal }) => {
      await catalog.register(path.type, path.name, body, signal);
      return {};
    }),

    remove: handler("plugins-catalog-remove-plugin-with-type", async ({ path, query }) => {
      await catalog.remove(path.type, path.name, query.version);
      return {};
    }),

    /** The legacy untyped paths: reads and deletes answer a deprecation warning; a register needs a type. */
    legacyRead: handler("plugins-catalog-read-plugin-configuration-with-type", ({ path }) => ({
      data: null,
      warnings: [`Deprecated API endpoint, cannot read plugin information from catalog for "${path.name}"`],
    })),
    legacyRegister: handler("plugins-catalog-register-plugin-with-type", async ({ path, body, signal }) => {
      await catalog.register("unknown", path.name, body, signal);
      return {};
    }),
    legacyRemove: handler("plugins-catalog-remove-plugin-with-type", ({ path }) => ({
      data: null,
      warnings: [`Deprecated API endpoint, cannot deregister plugin from catalog for "${path.name}"`],
    })),
  };
}
