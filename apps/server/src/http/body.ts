// Request bodies as Vault reads them (http/logical.go parseJSONRequest): JSON whatever the Content-Type,
// except a form-encoded body that does not start with "{" or "["; an empty body is no data; a body over
// the limit answers 413. koa-body reads the raw text (and enforces the limit); this module interprets it.
import type { Context, Next } from "koa";
import { HttpMethodEnum, koaBody } from "koa-body";
import { VaultError } from "./vault-error.js";

export type Body = Record<string, unknown>;

export function parseVaultBody(text: string, contentType: string): Body {
  const trimmed = text.trimStart();
  if (trimmed === "") return {};
  if (/^application\/x-www-form-urlencoded\b/i.test(contentType) && !/^[{[]/.test(trimmed)) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw VaultError.badRequest("error parsing JSON");
  }
  if (parsed === null) return {};
  if (typeof parsed !== "object" || Array.isArray(parsed)) throw VaultError.badRequest("error parsing JSON");
  return parsed as Body;
}

/** Go's encoding/json refuses documents nested deeper than this. */
const MAX_DEPTH = 10_000;

/**
 * JSON null means "absent" to Vault (the field's zero value): drop null members at every depth. Walks
 * without recursion, and refuses nesting deeper than Go's decoder accepts.
 */
export function dropNulls(value: Body): Body {
  const stack: Array<[Body, number]> = [[value, 1]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [object, depth] = item;
    if (depth > MAX_DEPTH) throw VaultError.badRequest("error parsing JSON");
    const isArray = Array.isArray(object);
    for (const [key, v] of Object.entries(object)) {
      if (v === null && !isArray) delete object[key];
      else if (v !== null && typeof v === "object") stack.push([v as Body, depth + 1]);
    }
  }
  return value;
}

export function bodyParser(maxRequestSize: number) {
  const read = koaBody({
    json: false,
    urlencoded: false,
    multipart: false,
    text: true,
    textTypes: ["*/*"],
    textLimit: maxRequestSize,
    parsedMethods: [HttpMethodEnum.POST, HttpMethodEnum.PUT, HttpMethodEnum.PATCH, HttpMethodEnum.DELETE],
  });
  return async (ctx: Context, next: Next): Promise<void> => {
    // GET and friends carry their parameters in the query string.
    if (ctx.method === "GET" || ctx.method === "LINK" || ctx.method === "HEAD") {
      ctx.state.body = {};
      return next();
    }
    const contentType = ctx.get("content-type");
    // Vault reads any body as it came: whatever its Content-Type (koa-body reads only the types it can
    // parse) and never decoded (koa-body would inflate a Content-Encoding, and fail on a plain body).
    ctx.request.headers["content-type"] = "application/octet-stream";
    delete ctx.request.headers["content-encoding"];
    await read(ctx, async () => {});
    const raw = ctx.request.body;
    ctx.state.body = dropNulls(parseVaultBody(typeof raw === "string" ? raw : "", contentType));
    await next();
  };
}
