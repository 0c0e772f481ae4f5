// Paths OpenBao refuses before any handler or token check (measured on 2.7.2 with `bao server -dev`): a
// NUL anywhere in the decoded path is 400 with an empty body; under /v1/, a decoded "." or ".." segment
// (`%2e%2e`, `a%2F..%2Fb`, which Go's ServeMux does not clean because it cleans the escaped form) is 400
// `relative paths not supported`. So no such path reaches a store: the embedded one would keep it as a
// name, PostgreSQL refuses a NUL.
import type { Context, Next } from "koa";
import { VaultError } from "./vault-error.js";

/** The path with its escapes decoded, or undefined when an escape does not decode. */
function decoded(path: string): string | undefined {
  if (!path.includes("%")) return path;
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** A NUL anywhere: 400, no body (before the redirect to a clean path, as OpenBao answers it). */
export function refuseNulInPath() {
  return async (ctx: Context, next: Next): Promise<void> => {
    if (!decoded(ctx.path)?.includes("\u0000")) return next();
    ctx.respond = false;
    const res = ctx.res;
    res.removeHeader("Cache-Control");
    res.statusCode = 400;
    res.setHeader("Content-Length", 0);
    res.end();
  };
}

/** A decoded "." or ".." segment under /v1/: 400 `relative paths not supported`. */
export function refuseRelativePaths() {
  return async (ctx: Context, next: Next): Promise<void> => {
    if (ctx.path.startsWith("/v1/") && ctx.path.includes("%")) {
      const segments = decoded(ctx.path)?.split("/") ?? [];
      if (segments.some((s) => s === "." || s === ".."))
        throw VaultError.badRequest("relative paths not supported");
    }
    return next();
  };
}
