// Request bodies as Vault reads them (http/logical.go parseJSONRequest): JSON whatever the Content-Type,
// except a form-encoded body that does not start with "{" or "["; an empty body is no data; a body over
// the limit answers 413. The bytes are read as they came: never decoded, whatever the Content-Encoding.
import type { IncomingMessage } from "node:http";
import type { Context, Next } from "koa";
import type { GoJsonDialect } from "../ports/flavor.js";
import { goDecode } from "./go-json-decoder.js";
import { VaultError } from "./vault-error.js";

export type Body = Record<string, unknown>;

/** The words for a body that is not a JSON object, given the decoder's detail (the flavour's rule). */
export type JsonErrorText = (detail: string) => string;
const vaultJsonError: JsonErrorText = () => "error parsing JSON";

/** What Go's encoding/json says when the JSON is not an object (the body is decoded into a map). */
const goTypeOf = (v: unknown) =>
  Array.isArray(v) ? "array" : typeof v === "boolean" ? "bool" : typeof v === "number" ? "number" : "string";

export function parseVaultBody(
  text: string,
  contentType: string,
  jsonError = vaultJsonError,
  decoder?: GoJsonDialect,
): Body {
  const trimmed = text.trimStart();
  if (trimmed === "") return {};
  if (/^application\/x-www-form-urlencoded\b/i.test(contentType) && !/^[{[]/.test(trimmed)) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    if (!decoder) throw VaultError.badRequest(jsonError((err as Error).message));
    // What JSON.parse refuses, the product's Go decoder may read (a second value after the first) or
    // words in its own way.
    const decoded = goDecode(text, decoder);
    if ("error" in decoded) throw VaultError.badRequest(jsonError(decoded.error));
    parsed = decoded.value;
  }
  if (parsed === null) return {};
  if (typeof parsed !== "object" || Array.isArray(parsed)) {
    throw VaultError.badRequest(
      jsonError(`json: cannot unmarshal ${goTypeOf(parsed)} into Go value of type map[string]interface {}`),
    );
  }
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

/** The request's bytes as text, as they came (never decoded, whatever the Content-Encoding); over `limit`, 413. */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const tooLarge = () => VaultError.status(413, ["http: request body too large"]);
  if (Number(req.headers["content-length"] ?? 0) > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      // Keep the connection: the rest is read and dropped (the read timeout bounds it).
      req.off("data", onData).off("end", onEnd).off("error", reject);
      req.resume();
      reject(tooLarge());
    };
    const onEnd = () => resolve(Buffer.concat(chunks).toString("utf8"));
    req.on("data", onData).once("end", onEnd).once("error", reject);
  });
}

export function bodyParser(maxRequestSize: number, jsonError = vaultJsonError, decoder?: GoJsonDialect) {
  return async (ctx: Context, next: Next): Promise<void> => {
    // GET and friends carry their parameters in the query string.
    if (ctx.method === "GET" || ctx.method === "LINK" || ctx.method === "HEAD") {
      ctx.state.body = {};
      return next();
    }
    const text = await readBody(ctx.req, maxRequestSize);
    ctx.state.body = dropNulls(parseVaultBody(text, ctx.get("content-type"), jsonError, decoder));
    await next();
  };
}
