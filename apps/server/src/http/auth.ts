// The request's token, from X-Vault-Token or else `Authorization: Bearer` (http/handler.go getTokenFromReq).
// The token is never logged. It is looked up by its SHA-256 (services/access/token-ids.ts), so how long a
// lookup takes says nothing about the token's text: no comparison of secrets byte by byte is made.
import type { Context } from "koa";

export function tokenFrom(ctx: Context): string {
  // Go's Header.Get: the first of repeated headers (Node joins them with ", ").
  const header = ctx.req.headersDistinct["x-vault-token"]?.[0] ?? "";
  if (header) return header;
  const authorization = ctx.get("authorization");
  return authorization.startsWith("Bearer ") ? authorization.slice("Bearer ".length).trim() : "";
}
