// HTTP for paths under mounts whose plugin runs as a process: the request as Vault builds it for a
// backend (http/logical.go buildLogicalRequestNoAuth: the query as data for reads, lists and deletes, the
// JSON body for writes), the plugin's answer as Vault writes it (http/plugin-response.ts). Paths no
// running plugin answers go on to the server's own routes.
import type { Context, Next } from "koa";
import { tokenFrom } from "../http/auth.js";
import type { Body } from "../http/body.js";
import { operationOf } from "../http/operation.js";
import { renderAnswer } from "../http/plugin-response.js";
import { sendJson, sendNoContent } from "../http/respond.js";
import { VaultError } from "../http/vault-error.js";
import type { MountRequests } from "../services/mounts/requests.js";

/** Query parameters as Vault's parseQuery reads them: one value as a string, several as a list. */
function queryData(ctx: Context): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(ctx.query)) {
    if (key === "list") continue;
    data[key] = Array.isArray(value) && value.length === 1 ? value[0] : value;
  }
  return data;
}

/** Request headers as the backend sees them (Vault drops the token's and the authorisation header). */
function headers(ctx: Context): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(ctx.req.headersDistinct)) {
    const lower = name.toLowerCase();
    if (lower === "x-vault-token" || lower === "authorization" || !values) continue;
    out[name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase())] = values;
  }
  return out;
}

export function pluginMounts(requests: MountRequests, envelopeMountType: boolean) {
  return async (ctx: Context, next: Next): Promise<void> => {
    if (!ctx.path.startsWith("/v1/") || ctx.path.startsWith("/v1/sys/")) return next();
    const path = decodeURIComponent(ctx.path.slice("/v1/".length));
    const operation = operationOf(ctx.method, ctx.query.list);
    const gone = new AbortController();
    ctx.res.once("close", () => ctx.res.writableFinished || gone.abort());
    const data = operation === "update" ? (ctx.state.body as Body) : queryData(ctx);
    const answer = await requests.handle(
      path,
      {
        id: ctx.state.requestId as string,
        operation,
        data,
        headers: headers(ctx),
        clientToken: tokenFrom(ctx),
        unauthenticated: ctx.state.authenticated !== true,
        remoteAddress: ctx.req.socket.remoteAddress ?? "",
      },
      gone.signal,
    );
    if (!answer) return next();
    const rendered = renderAnswer(answer, answer.operation);
    switch (rendered.kind) {
      case "error":
        throw VaultError.status(rendered.status, rendered.errors);
      case "redirect":
        ctx.status = 307;
        ctx.redirect(rendered.location);
        return;
      case "empty":
        sendNoContent(ctx);
        return;
      case "envelope":
        // A login's auth block asks the server to issue a token, which needs a token store.
        if (rendered.auth) {
          throw VaultError.plain(
            `the auth method at "${path.split("/").slice(0, 2).join("/")}/" answered a login, but this server keeps no token store yet: no token can be issued`,
          );
        }
        sendJson(ctx, 200, {
          request_id: ctx.state.requestId,
          lease_id: "",
          renewable: rendered.renewable,
          lease_duration: rendered.leaseDuration,
          data: rendered.data,
          wrap_info: null,
          warnings: rendered.warnings,
          auth: null,
          ...(envelopeMountType ? { mount_type: answer.mountType } : {}),
        });
    }
  };
}
