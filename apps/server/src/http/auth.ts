// The root token, from X-Vault-Token or else `Authorization: Bearer` (http/handler.go getTokenFromReq),
// compared in constant time. Anything else is 403 permission denied. The token is never logged.
import { createHash, timingSafeEqual } from "node:crypto";
import type { Context, Next } from "koa";
import { VaultError } from "./vault-error.js";

const digest = (s: string) => createHash("sha256").update(s).digest();

export function tokenFrom(ctx: Context): string {
  const header = ctx.get("x-vault-token");
  if (header) return header;
  const authorization = ctx.get("authorization");
  return authorization.startsWith("Bearer ") ? authorization.slice("Bearer ".length).trim() : "";
}

export function requireRootToken(rootToken: string, isPublic: (path: string) => boolean) {
  const expected = digest(rootToken);
  return async (ctx: Context, next: Next): Promise<void> => {
    if (!isPublic(ctx.path)) {
      const token = tokenFrom(ctx);
      // Comparing digests keeps the comparison constant-time whatever the lengths.
      if (!token || !timingSafeEqual(digest(token), expected)) throw VaultError.permissionDenied();
    }
    await next();
  };
}
