// The root token, from X-Vault-Token or else `Authorization: Bearer` (http/handler.go getTokenFromReq),
// compared in constant time. Anything else is 403 permission denied. The token is never logged.
import { timingSafeEqual } from "node:crypto";
import type { Context, Next } from "koa";
import { VaultError } from "./vault-error.js";

export function tokenFrom(ctx: Context): string {
  // Go's Header.Get: the first of repeated headers (Node joins them with ", ").
  const header = ctx.req.headersDistinct["x-vault-token"]?.[0] ?? "";
  if (header) return header;
  const authorization = ctx.get("authorization");
  return authorization.startsWith("Bearer ") ? authorization.slice("Bearer ".length).trim() : "";
}

/** Public paths are answered without the token; `ctx.state.authenticated` says whether it was given. */
export function requireRootToken(
  rootToken: string,
  isPublic: (path: string) => boolean | Promise<boolean>,
  deniedShape: "bare" | "multierror" = "multierror",
) {
  const expected = Buffer.from(rootToken);
  return async (ctx: Context, next: Next): Promise<void> => {
    const given = Buffer.from(tokenFrom(ctx));
    // Constant time in the token's content; only a difference in length returns early.
    const authenticated = given.length === expected.length && timingSafeEqual(given, expected);
    if (!authenticated && !(await isPublic(ctx.path))) throw VaultError.permissionDenied(deniedShape);
    ctx.state.authenticated = authenticated;
    await next();
  };
}
