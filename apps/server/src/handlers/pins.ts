// HTTP for pinned versions.
import type { PluginType } from "../domain/plugin-type.js";
import { VaultError } from "../http/vault-error.js";
import type { Route } from "../routes.js";
import type { Pins } from "../services/pins.js";

/** framework.GenericNameRegex */
const genericName = String.raw`(\w(?:(?:[\w.-]+)?\w)?)`;

export function pinRoutes(pins: Pins): Route[] {
  return [
    {
      pattern: /^\/v1\/sys\/plugins\/pins\/?$/,
      ops: { read: { handle: () => ({ data: { pinned_versions: pins.list() } }) } },
    },
    {
      pattern: new RegExp(`^/v1/sys/plugins/pins/(auth|database|secret)/${genericName}$`),
      ops: {
        read: {
          handle: ({ params: [type, name = ""] }) => {
            const pin = pins.get(type as PluginType, name);
            if (!pin) throw VaultError.plain("no pinned version for this plugin", 404);
            return { data: { name: pin.name, type: pin.type, version: pin.version } };
          },
        },
        update: {
          operationId: "plugins-catalog-pins-create-pinned-version",
          handle: async ({ params: [type, name = ""], body }) => {
            await pins.set(type as PluginType, name, body.version as string | undefined);
            return { data: null };
          },
        },
        delete: {
          handle: async ({ params: [type, name = ""] }) => {
            await pins.remove(type as PluginType, name);
            return { data: null };
          },
        },
      },
    },
  ];
}

export { genericName };
