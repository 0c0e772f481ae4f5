// What a backend or database instance needs of the process it runs in.
import * as grpc from "@grpc/grpc-js";
import type { HostBroker } from "./broker.js";
import { GRPC_UNIMPLEMENTED, PluginRpcError, PluginShutdownError } from "./errors.js";
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

/**
 * A call as the SDK clients make it: once the process is gone, the SDK's shutdown error (`message`)
 * instead of the transport's.
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
