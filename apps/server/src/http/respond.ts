// Writes responses the way Vault's HTTP layer does: `Content-Type: application/json` with no charset (real
// clients lose error messages otherwise), the envelope around data, 204 with an empty body for nothing,
// and every JSON body ending in "\n", as Go's json.Encoder writes it (57 of 57 bodies of bao server -dev
// 2.6.1 to 2.7.2 did, measured).
import type { Context } from "koa";
import { jsonText } from "../domain/json-text.js";
import type { Reply } from "./contract-types.js";

export function sendJson(ctx: Context, status: number, body: unknown): void {
  ctx.status = status;
  // Set the body as a string so that Koa does not add "; charset=utf-8".
  ctx.body = `${jsonText(body)}\n`;
  ctx.set("Content-Type", "application/json");
}

/** What a product puts in every envelope beyond Vault's common fields. */
export interface EnvelopeOptions {
  /** Vault 1.13+ adds mount_type ("system" for sys/ paths); OpenBao does not. */
  mountType: boolean;
}

/** 204 with an empty body. Koa strips Content-Type from a 204; Vault keeps it, so it is written by hand. */
export function sendNoContent(ctx: Context): void {
  ctx.status = 204;
  ctx.respond = false;
  ctx.res.statusCode = 204;
  ctx.res.setHeader("Content-Type", "application/json");
  ctx.res.end();
}

export function sendReply(ctx: Context, reply: Reply<unknown>, options: EnvelopeOptions): void {
  const warnings = reply.warnings?.length ? reply.warnings : null;
  if (reply.raw) {
    sendJson(ctx, 200, reply.data);
    return;
  }
  if (reply.data === undefined && !warnings && reply.auth === undefined) {
    sendNoContent(ctx);
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
    auth: reply.auth ?? null,
    ...(options.mountType ? { mount_type: reply.mountType ?? "system" } : {}),
  };
  const status = reply.accepted ? 202 : 200;
  if ((reply.dataAtTop && data && typeof data === "object") || reply.auth !== undefined) {
    sendJson(
      ctx,
      status,
      reply.dataAtTop && data && typeof data === "object" ? { ...data, ...envelope } : envelope,
    );
    return;
  }
  // The same bytes as JSON.stringify(envelope) and Go's newline, with data's JSON written once per frozen
  // data object.
  ctx.status = status;
  ctx.body = `{"request_id":${JSON.stringify(envelope.request_id)},"lease_id":"","renewable":false,"lease_duration":0,"data":${dataJson(data)},"wrap_info":null,"warnings":${JSON.stringify(warnings)},"auth":null${options.mountType ? `,"mount_type":${JSON.stringify(envelope.mount_type)}` : ""}}\n`;
  ctx.set("Content-Type", "application/json");
}

const serialized = new WeakMap<object, string>();

/**
 * JSON of a reply's data. A frozen object (a service's cached answer, such as the catalog list, which is
 * replaced, never changed) is serialised once: reads of it then copy no object and build no JSON.
 */
function dataJson(data: unknown): string {
  if (data === null || typeof data !== "object" || !Object.isFrozen(data)) return jsonText(data);
  let json = serialized.get(data);
  if (json === undefined) {
    json = jsonText(data);
    serialized.set(data, json);
  }
  return json;
}
