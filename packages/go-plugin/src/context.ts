// What a backend or database instance needs of the process it runs in.
import * as grpc from "@grpc/grpc-js";
import type { HostBroker } from "./broker.js";
import { GRPC_UNAVAILABLE, GRPC_UNIMPLEMENTED, PluginRpcError, PluginShutdownError } from "./errors.js";
import type { Protos } from "./protos.js";
import { unary } from "./rpc.js";
import type { HostLogger } from "./types.js";

/** The metadata key the SDKs' multiplexed servers read the instance id from. */
export const MULTIPLEX_METADATA_KEY = "multiplex_id";

export interface ProcessContext {
  readonly protos: Protos;
  readonly clients: { backend: grpc.Client; version: grpc.Client; database: grpc.Client };
  readonly broker: HostBroker;
  readonly multiplexed: boolean;
  readonly logger?: HostLogger;
  /** The process has exited or is being killed. */
  isDone(): boolean;
}

export function multiplexMetadata(multiplexed: boolean, id: string): grpc.Metadata {
  const metadata = new grpc.Metadata();
  if (multiplexed && id) metadata.set(MULTIPLEX_METADATA_KEY, id);
  return metadata;
}

/** grpc-js's words for a connection that went away under a call (grpc-go: "error reading from server: EOF"). */
const DROPPED = /^(?:Connection dropped|read ECONNRESET|.*socket hang up.*)$/;

/**
 * A call as the SDK clients make it. Once the process is known to be gone, the SDK's shutdown error
 * (`shutdownMessage`) without a call. A call in flight when the process dies fails as grpc-go reports a
 * connection closed under it, `rpc error: code = Unavailable desc = error reading from server: EOF`:
 * that is what OpenBao 2.7.2 answered for a plugin that exited while handling the request (3 of 3,
 * measured), since go-plugin notices the exit only after the call has failed.
 */
export async function call<T>(
  ctx: ProcessContext,
  client: grpc.Client,
  method: string,
  request: unknown,
  metadata: grpc.Metadata,
  shutdownMessage: string,
  signal?: AbortSignal,
): Promise<T> {
  if (ctx.isDone()) throw new PluginShutdownError(shutdownMessage);
  try {
    return await unary<T>(client, method, request, metadata, signal);
  } catch (error) {
    if (error instanceof PluginRpcError && error.code === GRPC_UNAVAILABLE && DROPPED.test(error.details)) {
      throw new PluginRpcError(GRPC_UNAVAILABLE, "error reading from server: EOF");
    }
    if (ctx.isDone()) throw new PluginShutdownError(shutdownMessage);
    throw error;
  }
}

/** logical.PluginVersion: "" when Unimplemented (the SDK's EmptyPluginVersion). */
export async function versionCall(
  ctx: ProcessContext,
  metadata: grpc.Metadata,
  shutdownMessage: string,
): Promise<string> {
  try {
    const reply = await call<{ plugin_version?: string }>(
      ctx,
      ctx.clients.version,
      "Version",
      {},
      metadata,
      shutdownMessage,
    );
    return reply.plugin_version ?? "";
  } catch (error) {
    if (error instanceof PluginRpcError && error.code === GRPC_UNIMPLEMENTED) return "";
    throw error;
  }
}
