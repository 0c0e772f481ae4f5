// Writes responses the way Vault's HTTP layer does: `Content-Type: application/json` with no charset (real
// clients lose error messages otherwise), the envelope around data, 204 with an empty body for nothing.
import type { Context } from "koa";
import type { Reply } from "./contract-types.js";

export function sendJson(ctx: Context, status: number, body: unknown): void {
  ctx.status = status;
  // Set the body as a string so that Koa does not add "; charset=utf-8".
  ctx.body = JSON.stringify(body);
  ctx.set("Content-Type", "application/json");
}

export function sendReply(ctx: Context, reply: Reply<unknown>): void {
  const warnings = reply.warnings?.length ? reply.warnings : null;
  if (reply.raw) {
    sendJson(ctx, 200, reply.data);
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
  sendJson(ctx, reply.accepted ? 202 : 200, body);
}
