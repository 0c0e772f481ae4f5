// One backend instance (a mount) in a plugin process: Setup with a broker id whose server holds the
// mount's storage and system view, then the logical.Backend calls, each carrying the instance's
// multiplex id when the process multiplexes.
import { randomUUID } from "node:crypto";
import { call, multiplexMetadata, type ProcessContext, versionCall } from "./context.js";
import { protoErrorFromPb, requestToPb, responseFromPb } from "./convert.js";
import { PluginRpcError } from "./errors.js";
import { registerHostServices } from "./host-services.js";
import type {
  BackendClient,
  BackendOptions,
  HandleResult,
  PluginRequest,
  ProtoError,
  SpecialPaths,
} from "./types.js";

/** The SDK's ErrPluginShutdown text for backends. */
export const BACKEND_SHUTDOWN = "plugin is shut down";

const BACKEND_TYPES = { 1: "secret", 2: "auth" } as const;

export async function setupBackend(ctx: ProcessContext, opts: BackendOptions): Promise<BackendClient> {
  const id = ctx.multiplexed ? (opts.id ?? randomUUID()) : "";
  const metadata = multiplexMetadata(ctx.multiplexed, id);
  const client = ctx.clients.backend;
  const brokerId = ctx.broker.newId();
  const stopServer = await ctx.broker.serve(brokerId, (server) =>
    registerHostServices(server, ctx.protos, opts.storage, opts.systemView, ctx.logger),
  );
  const invoke = <T>(method: string, request: unknown, signal?: AbortSignal) =>
    call<T>(ctx, client, method, request, metadata, BACKEND_SHUTDOWN, signal);

  try {
    const reply = await invoke<{ err?: string }>("Setup", {
      broker_id: brokerId,
      Config: opts.config,
      backendUUID: opts.backendUuid,
    });
    if (reply.err) throw new Error(reply.err);
  } catch (error) {
    stopServer();
    throw error;
  }

  let cleanedUp = false;
  return {
    id,
    async initialize(): Promise<ProtoError | undefined> {
      try {
        const reply = await invoke<{ err?: unknown }>("Initialize", {});
        return protoErrorFromPb(reply.err);
      } catch (error) {
        if (error instanceof PluginRpcError && error.code === 12) return undefined;
        throw error;
      }
    },
    async type() {
      try {
        const reply = await invoke<{ type?: number }>("Type", {});
        return BACKEND_TYPES[reply.type as 1 | 2] ?? "unknown";
      } catch {
        return "unknown";
      }
    },
    async version() {
      try {
        return await versionCall(ctx, metadata, BACKEND_SHUTDOWN);
      } catch (error) {
        ctx.logger?.log("warn", "Unknown error getting plugin version", { err: (error as Error).message });
        return "";
      }
    },
    async handleRequest(req: PluginRequest, signal?: AbortSignal): Promise<HandleResult> {
      const reply = await invoke<{ response?: unknown; err?: unknown }>(
        "HandleRequest",
        { storage_id: 0, request: requestToPb(req) },
        signal,
      );
      const result: HandleResult = {};
      const response = responseFromPb(reply.response);
      if (response) result.response = response;
      const error = protoErrorFromPb(reply.err);
      if (error) result.error = error;
      return result;
    },
    async specialPaths(): Promise<SpecialPaths | undefined> {
      try {
        const reply = await invoke<{ paths?: Record<string, string[]> | null }>("SpecialPaths", {});
        const p = reply.paths;
        if (!p) return undefined;
        return {
          root: p.root ?? [],
          unauthenticated: p.unauthenticated ?? [],
          localStorage: p.local_storage ?? [],
          sealWrapStorage: p.seal_wrap_storage ?? [],
          writeForwardedStorage: p.write_forwarded_storage ?? [],
          binary: p.binary ?? [],
          limited: p.limited ?? [],
          allowSnapshotRead: p.allow_snapshot_read ?? [],
        };
      } catch {
        return undefined;
      }
    },
    async existenceCheck(req: PluginRequest) {
      const reply = await invoke<{ check_found?: boolean; exists?: boolean; err?: unknown }>(
        "HandleExistenceCheck",
        {
          storage_id: 0,
          request: requestToPb(req),
        },
      );
      const error = protoErrorFromPb(reply.err);
      if (error) return { checkFound: false, exists: false, error };
      return { checkFound: Boolean(reply.check_found), exists: Boolean(reply.exists) };
    },
    async invalidateKey(key: string) {
      try {
        await invoke("InvalidateKey", { key });
      } catch (error) {
        ctx.logger?.log("debug", "invalidate key failed", { err: (error as Error).message });
      }
    },
    async cleanup() {
      if (cleanedUp) return;
      cleanedUp = true;
      try {
        await invoke("Cleanup", {});
      } catch (error) {
        ctx.logger?.log("debug", "backend cleanup failed", { err: (error as Error).message });
      } finally {
        stopServer();
      }
    },
  };
}
