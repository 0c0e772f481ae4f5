// Vault routes by the first path pattern that matches, then by operation (read, list, update, delete):
// a pattern that matches without the operation answers 405, no pattern at all answers 404. Each pattern
// is registered once on @koa/router, in Vault's order, and dispatches on the operation itself.
import Router from "@koa/router";
import type { Context } from "koa";
import type { Body } from "./http/body.js";
import { type Operation, operationOf } from "./http/operation.js";
import { type Reply, sendReply } from "./http/respond.js";
import type { BodyValidator } from "./http/validation.js";
import { VaultError } from "./http/vault-error.js";

export interface Request {
  /** The pattern's captures, percent-decoded. */
  params: string[];
  body: Body;
  query: Record<string, string | undefined>;
  requestId: string;
}

export interface OperationSpec {
  /** The contract's operationId: its request body is validated before the handler runs. */
  operationId?: string;
  /** Vault's own input conversions that come before type coercion (e.g. comma-separated lists). */
  prepare?(body: Body): void;
  handle(req: Request): Reply | Promise<Reply>;
}

export interface Route {
  pattern: RegExp;
  ops: Partial<Record<Operation, OperationSpec>>;
}

function decode(capture: string | undefined): string {
  try {
    return decodeURIComponent(capture ?? "");
  } catch {
    throw VaultError.status(400, []);
  }
}

function firstValues(query: Context["query"]): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

export function createRouter(routes: Route[], validators: Map<string, BodyValidator>): Router {
  const router = new Router();
  for (const route of routes) {
    router.all(route.pattern, async (ctx: Context) => {
      const spec = route.ops[operationOf(ctx.method, ctx.query.list)];
      if (!spec) throw VaultError.unsupportedOperation();
      const body = ctx.state.body as Body;
      spec.prepare?.(body);
      if (spec.operationId) validators.get(spec.operationId)?.(body);
      const reply = await spec.handle({
        params: (ctx.captures ?? []).map(decode),
        body,
        query: firstValues(ctx.query),
        requestId: ctx.state.requestId as string,
      });
      sendReply(ctx, reply);
    });
  }
  return router;
}
