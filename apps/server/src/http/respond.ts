// Writes responses the way Vault's HTTP layer does: `Content-Type: application/json` with no charset (real
// clients lose error messages otherwise), the envelope around data, 204 with an empty body for nothing.
import type { Context } from "koa";

export interface Reply {
  /** The operation's data; undefined means "no response" (204 unless there are warnings). */
  data?: unknown;
  warnings?: string[];
  /** Overrides 200, e.g. 202 for a global reload. */
  status?: number;
  /** Copy every key of data to the top level too (Vault's injectDataIntoTopRoutes for sys/mounts, sys/auth). */
  dataAtTop?: boolean;
  /** Send data as the whole body, without the envelope (sys/health). */
  raw?: boolean;
}

export function sendJson(ctx: Context, status: number, body: unknown): void {
  ctx.status = status;
  // Set the body as a string so that Koa does not add "; charset=utf-8".
  ctx.body = JSON.stringify(body);
  ctx.set("Content-Type", "application/json");
}

export function sendReply(ctx: Context, reply: Reply): void {
  const warnings = reply.warnings?.length ? reply.warnings : null;
  if (reply.raw) {
    sendJson(ctx, reply.status ?? 200, reply.data);
    return;
  }
  if (reply.data === undefined && !warnings) {
    // Koa strips Content-Type from a 204; Vault keeps it, so this one is written by hand.
    ctx.status = 204;
    ctx.respond = false;
    ctx.res.statusCode = 204;
    ctx.res.setHeader("Content-Type", "application/json");
    ctx.res.end();
    return;
  }
  const data = reply.data === undefined ? null : reply.data;
  const envelope = {
    request_id: ctx.state.requestId as string,
    lease_id: "",
    renewable: false,
    lease_duration: 0,
    data,
    wrap_info: null,
    warnings,
    auth: null,
    mount_type: "system",
  };
  const body = reply.dataAtTop && data && typeof data === "object" ? { ...data, ...envelope } : envelope;
  sendJson(ctx, reply.status ?? 200, body);
}
