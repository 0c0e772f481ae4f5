// The one error middleware, first in the chain: every thrown error leaves as Vault's error body.
import type { Context, Next } from "koa";
import { DomainError } from "../domain/errors.js";
import type { Logger } from "../logger.js";
import type { Flavor } from "../ports/flavor.js";
import { toVaultError as fromDomain } from "./error-codes.js";
import { sendJson } from "./respond.js";
import { VaultError } from "./vault-error.js";

interface HttpLikeError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

function toVaultError(err: unknown, flavor: Pick<Flavor, "errors" | "text">): VaultError {
  if (err instanceof VaultError) return err;
  if (err instanceof DomainError) return fromDomain(err, flavor);
  const e = err as HttpLikeError;
  const status = e?.status ?? e?.statusCode;
  if (status === 413 || e?.type === "entity.too.large") {
    return VaultError.status(413, ["http: request body too large"]);
  }
  if (typeof status === "number" && status >= 400 && status < 500) {
    return VaultError.status(status, []);
  }
  return VaultError.plain("internal error");
}

/** The request's connection closed before its body was read: Node's "aborted" (ECONNRESET). */
function clientGone(ctx: Context, err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException)?.code;
  return (
    (code === "ECONNRESET" || code === "ECONNABORTED") && (ctx.req.destroyed || ctx.req.socket.destroyed)
  );
}

export function errorMiddleware(logger: Logger, flavor: Pick<Flavor, "errors" | "text">) {
  return async (ctx: Context, next: Next): Promise<void> => {
    try {
      await next();
    } catch (err) {
      const vaultError = toVaultError(err, flavor);
      if (clientGone(ctx, err)) {
        // Not the server's error: the client went away before its request was read (no one to answer).
        logger.debug("client went away", { error: (err as Error).message });
      } else if (!(err instanceof VaultError || err instanceof DomainError) && vaultError.status >= 500) {
        // Unexpected: log the stack (never request data, which may hold secrets), answer a bare 500.
        logger.error("unhandled error", { error: err instanceof Error ? err.stack : String(err) });
      }
      sendJson(ctx, vaultError.status, { errors: vaultError.errors });
    }
  };
}
