// Handlers typed by the contract: an operation's id is a key of the generated `operations`; its handler
// receives the operation's path parameters, query and (validated) body, and returns the `data` of one of
// its success responses (or nothing, for a 204).
import type { operations } from "@sysplugins/api";
import type { Caller } from "../domain/records.js";
import type { Body } from "./body.js";

export type OperationId = keyof operations;

type Op<K extends OperationId> = operations[K];
type Params<K extends OperationId> = Op<K> extends { parameters: infer P } ? P : never;
type JsonOf<T> = T extends { content: { "application/json": infer B } } ? B : never;

export type PathOf<K extends OperationId> = Params<K> extends { path: infer P } ? P : Record<string, never>;
export type QueryOf<K extends OperationId> =
  Params<K> extends { query?: infer Q }
    ? [Q] extends [undefined | never]
      ? Record<string, never>
      : NonNullable<Q>
    : Record<string, never>;
export type BodyOf<K extends OperationId> = Op<K> extends { requestBody?: infer B } ? JsonOf<B> : never;

type Responses<K extends OperationId> = Op<K> extends { responses: infer R } ? R : never;
type SuccessBody<K extends OperationId> = {
  [S in keyof Responses<K>]: S extends 200 | 202 ? JsonOf<Responses<K>[S]> : never;
}[keyof Responses<K>];

/** The `data` of the operation's success response, or the whole body where there is no envelope. */
export type DataOf<K extends OperationId> = SuccessBody<K> extends { data: infer D } ? D : SuccessBody<K>;

export interface HandlerRequest<K extends OperationId> {
  path: PathOf<K>;
  query: Partial<QueryOf<K>>;
  body: BodyOf<K>;
  requestId: string;
  /** Whether a valid token came with the request (only public paths are reached without one). */
  authenticated: boolean;
  /** The request's token (absent on public paths). */
  caller?: Caller;
  /** Aborted when the client goes away before its answer is sent: work done for it can stop. */
  signal: AbortSignal;
}

export interface Reply<D> {
  /** The operation's data; undefined means "no response" (204 unless there are warnings). */
  data?: D | null;
  warnings?: string[];
  /** 202 for an accepted global operation; 200 otherwise. */
  accepted?: boolean;
  /** Copy every key of data to the top level too (Vault's injectDataIntoTopRoutes for sys/mounts, sys/auth). */
  dataAtTop?: boolean;
  /** Send data as the whole body, without the envelope (sys/health). */
  raw?: boolean;
  /** The envelope's auth: a token granted or renewed (null unless said). */
  auth?: unknown;
  /** The envelope's mount_type: the type of the mount that answered ("system" unless said). */
  mountType?: string;
}

export interface OperationHandler<K extends OperationId> {
  operationId: K;
  /** Vault's own input conversions that come before validation (e.g. comma-separated lists). */
  prepare?(body: Body): void;
  handle(req: HandlerRequest<K>): Reply<DataOf<K>> | Promise<Reply<DataOf<K>>>;
}

/** Any operation's handler. */
export type AnyHandler = { [K in OperationId]: OperationHandler<K> }[OperationId];

/** Ties a handler to its operation, so that the compiler checks it against the contract. */
export const handler = <K extends OperationId>(
  operationId: K,
  handle: OperationHandler<K>["handle"],
  prepare?: (body: Body) => void,
): AnyHandler => ({ operationId, handle, ...(prepare ? { prepare } : {}) }) as AnyHandler;
