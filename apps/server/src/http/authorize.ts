// Every request but the public ones is checked before it is routed, as Vault's core does (CheckToken):
// the token (X-Vault-Token, or Authorization: Bearer) must be a live token of the store — otherwise 403
// in the flavour's shape — and its policies must allow the request's operation on its path, with `sudo` on
// root-protected paths — otherwise 403 "permission denied" (go-multierror's words in both products). A
// request counts as a use of a token with limited uses, allowed or not; after its last use the token is
// revoked. Tokens are never logged nor put in errors.
//
// `authorize(ctx, path, operation)` checks the request's token against another path or operation: what a
// handler that forwards to a plugin calls when the operation it forwards is not the one the HTTP method
// says (a create decided by the plugin's existence check).
import type { Context, Next } from "koa";
import type { AclOperation } from "../domain/policy/acl.js";
import type { Caller } from "../domain/records.js";
import { tokenFrom } from "./auth.js";
import { operationOf } from "./operation.js";
import { VaultError } from "./vault-error.js";

/** What the edge needs from the token store and the policies (services/access/authorizer.ts). */
export interface RequestAuthorizer {
  authenticate(token: string): Promise<Caller | undefined>;
  /** Counts a use; true when it was the last one. */
  use(caller: Caller): Promise<boolean>;
  revoke(caller: Caller): Promise<void>;
  allowed(caller: Caller, path: string, operation: AclOperation): Promise<boolean>;
}

/** The request's path as the ACL sees it: from the API root, decoded; a LIST ends in "/". */
export function aclPath(ctx: Context, operation: AclOperation): string {
  let path = ctx.path.replace(/^\/v1\//, "");
  try {
    path = decodeURIComponent(path);
  } catch {
    // The router answers an undecodable path; the ACL sees it as it came.
  }
  return operation === "list" && !path.endsWith("/") ? `${path}/` : path;
}

const denied = () => VaultError.plain("permission denied", 403);

/** Checks the request's token on `path` for `operation`; throws 403 when its policies do not allow it. */
export async function authorize(ctx: Context, path: string, operation: AclOperation): Promise<void> {
  const check = ctx.state.authorize as
    | ((path: string, operation: AclOperation) => Promise<boolean>)
    | undefined;
  if (!check || !(await check(path, operation))) throw denied();
}

export function authorizeRequests(
  authorizer: RequestAuthorizer,
  options: {
    isPublic: (path: string) => boolean | Promise<boolean>;
    deniedShape: "bare" | "multierror";
    /** Resolves once the store holds the root token and the default policy. */
    ready: () => Promise<void>;
  },
) {
  return async (ctx: Context, next: Next): Promise<void> => {
    const token = tokenFrom(ctx);
    if (await options.isPublic(ctx.path)) {
      // Public paths answer without a token (at once: load balancers poll sys/health); some answer more
      // to a valid one.
      if (token !== "") await options.ready();
      ctx.state.authenticated = token !== "" && (await authorizer.authenticate(token)) !== undefined;
      await next();
      return;
    }
    await options.ready();
    const caller = await authorizer.authenticate(token);
    if (!caller) throw VaultError.permissionDenied(options.deniedShape);
    const operation: AclOperation = operationOf(ctx.method, ctx.query.list);
    const lastUse = await authorizer.use(caller);
    try {
      ctx.state.authorize = (path: string, op: AclOperation) => authorizer.allowed(caller, path, op);
      if (!(await authorizer.allowed(caller, aclPath(ctx, operation), operation))) throw denied();
      ctx.state.authenticated = true;
      ctx.state.caller = caller;
      await next();
    } finally {
      if (lastUse) await authorizer.revoke(caller);
    }
  };
}
