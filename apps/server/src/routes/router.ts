// Vault routes by the first path pattern that matches, then by operation (read, list, update, delete):
// a pattern that matches without the operation answers 405, no pattern at all answers 404. Each pattern
// is registered once on @koa/router, in Vault's order, and dispatches on the operation itself. Every
// operation's body is validated before its handler runs; an operation whose contract takes a body and
// that has no validator stops the server at boot.
import Router from "@koa/router";
import type { OpenApiDocument } from "@sysplugins/api";
import type { Context } from "koa";
import type { Body } from "../http/body.js";
import type { AnyHandler } from "../http/contract-types.js";
import { type Operation, operationOf } from "../http/operation.js";
import { type EnvelopeOptions, sendReply } from "../http/respond.js";
import type { Route } from "../http/route.js";
import type { BodyValidator } from "../http/validation.js";
import { VaultError } from "../http/vault-error.js";

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

/** The operationIds whose contract operation takes a JSON body. */
function operationsWithBody(contract: OpenApiDocument): Set<string> {
  const ids = new Set<string>();
  for (const item of Object.values(contract.paths)) {
    for (const op of Object.values(item as Record<string, { operationId?: string; requestBody?: unknown }>)) {
      if (op?.operationId && op.requestBody) ids.add(op.operationId);
    }
  }
  return ids;
}

function validatorFor(spec: AnyHandler, withBody: Set<string>, validators: Map<string, BodyValidator>) {
  if (!withBody.has(spec.operationId)) return undefined;
  const validate = validators.get(spec.operationId);
  if (!validate) throw new Error(`no request validator for operation ${spec.operationId}`);
  return validate;
}

export type { Route };

export function createRouter(
  routes: readonly Route[],
  contract: OpenApiDocument,
  validators: Map<string, BodyValidator>,
  envelope: EnvelopeOptions = { mountType: true },
): Router {
  const router = new Router();
  const withBody = operationsWithBody(contract);
  for (const route of routes) {
    const validate = new Map<Operation, BodyValidator | undefined>();
    for (const [operation, spec] of Object.entries(route.ops) as [Operation, AnyHandler][]) {
      validate.set(operation, validatorFor(spec, withBody, validators));
    }
    router.all(route.pattern, async (ctx: Context) => {
      const operation = operationOf(ctx.method, ctx.query.list);
      const spec = route.ops[operation] as AnyHandler | undefined;
      if (!spec) throw VaultError.unsupportedOperation();
      const body = ctx.state.body as Body;
      spec.prepare?.(body);
      validate.get(operation)?.(body);
      const captures = (ctx.captures ?? []).map(decode);
      const path = Object.fromEntries(route.params.map((name, i) => [name, captures[i] ?? ""]));
      const gone = new AbortController();
      ctx.res.once("close", () => ctx.res.writableFinished || gone.abort());
      const reply = await (spec.handle as (req: unknown) => ReturnType<AnyHandler["handle"]>)({
        path,
        body,
        query: firstValues(ctx.query),
        requestId: ctx.state.requestId as string,
        authenticated: ctx.state.authenticated === true,
        caller: ctx.state.caller,
        signal: gone.signal,
      });
      sendReply(ctx, reply, envelope);
    });
  }
  return router;
}
