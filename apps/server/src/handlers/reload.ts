// HTTP for reloads and their status.
import type { PluginType } from "../domain/plugin-type.js";
import { VaultError } from "../http/vault-error.js";
import type { Route } from "../routes.js";
import type { Reload, ReloadInput } from "../services/reload.js";
import { genericName } from "./pins.js";

export function reloadRoutes(reload: Reload): Route[] {
  return [
    {
      pattern: /^\/v1\/sys\/plugins\/reload\/backend$/,
      ops: {
        update: {
          operationId: "plugins-reload-backends",
          handle: async ({ body, requestId }) => {
            const r = await reload.reloadBackend(requestId, body as ReloadInput);
            return { data: { reload_id: r.reload_id }, warnings: r.warnings, status: r.status };
          },
        },
      },
    },
    {
      pattern: new RegExp(`^/v1/sys/plugins/reload/(auth|database|secret|unknown)/${genericName}$`),
      ops: {
        update: {
          operationId: "reload-plugins",
          handle: async ({ params: [type, name = ""], body, requestId }) => {
            const scope = body.scope as string | undefined;
            const r = await reload.reloadPlugin(requestId, type as PluginType | "unknown", name, scope);
            return { data: { reload_id: r.reload_id }, warnings: r.warnings, status: r.status };
          },
        },
      },
    },
    {
      pattern: /^\/v1\/sys\/plugins\/reload\/backend\/status$/,
      ops: {
        read: {
          handle: ({ query }) => {
            if (!query.reload_id) throw VaultError.badRequest("reload_id must be provided");
            const record = reload.status(query.reload_id);
            if (!record) throw VaultError.notFound();
            return { data: { reload_id: record.reload_id, results: record.results } };
          },
        },
      },
    },
  ];
}
