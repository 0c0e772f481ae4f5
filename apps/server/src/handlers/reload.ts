// HTTP for reloads and their status.
import { invalid, notFound } from "../domain/errors.js";
import { handler } from "../http/contract-types.js";
import type { Reload, ReloadResult } from "../services/reload.js";

const reply = (r: ReloadResult) => ({
  data: { reload_id: r.reload_id },
  warnings: r.warnings,
  accepted: r.global,
});

export function reloadHandlers(reload: Reload) {
  return {
    backend: handler(
      "plugins-reload-backends",
      async ({ body, requestId, signal }) => reply(await reload.reloadBackend(requestId, body, signal)),
      // TypeCommaStringSlice (go-secure-stdlib ParseCommaStringSlice) splits a string on commas and
      // leaves the elements of an array as they are (bao 2.7.2: ["a,b"] is one mount, "a,b/").
      (body) => {
        if (typeof body.mounts === "string") body.mounts = body.mounts.split(",");
      },
    ),
    plugin: handler("reload-plugins", async ({ path, body, requestId, signal }) =>
      reply(await reload.reloadPlugin(requestId, path.type, path.name, body.scope, signal)),
    ),
    status: handler("plugins-reload-backend-status", async ({ query }) => {
      if (!query.reload_id) throw invalid("reload_id must be provided");
      const record = await reload.status(query.reload_id);
      if (!record) throw notFound();
      return { data: { reload_id: record.reload_id, results: record.results } };
    }),
  };
}
