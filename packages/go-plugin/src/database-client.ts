// One database connection's instance in a dbplugin v5 process, with the Go client's error texts.
import { randomUUID } from "node:crypto";
import { call, multiplexMetadata, type ProcessContext, versionCall } from "./context.js";
import { fromStruct, toStruct } from "./convert.js";
import type { DatabaseClient } from "./types.js";

/** dbplugin v5's ErrPluginShutdown text. */
export const DATABASE_SHUTDOWN = "plugin shutdown";

export function openDatabase(ctx: ProcessContext, requestedId?: string): DatabaseClient {
  const id = ctx.multiplexed ? (requestedId ?? randomUUID()) : "";
  const metadata = multiplexMetadata(ctx.multiplexed, id);
  const client = ctx.clients.database;
  const invoke = <T>(method: string, request: unknown) =>
    call<T>(ctx, client, method, request, metadata, DATABASE_SHUTDOWN);
  return {
    id,
    async type() {
      try {
        const reply = await invoke<{ Type?: string }>("Type", {});
        return reply.Type ?? "";
      } catch (error) {
        if (ctx.isDone()) throw error;
        throw new Error(`unable to get database plugin type: ${(error as Error).message}`);
      }
    },
    version: () => versionCall(ctx, metadata, DATABASE_SHUTDOWN),
    async initialize(config, verifyConnection) {
      try {
        const reply = await invoke<{ config_data?: unknown }>("Initialize", {
          config_data: toStruct(config),
          verify_connection: verifyConnection,
        });
        return fromStruct(reply.config_data);
      } catch (error) {
        throw new Error(`unable to initialize: ${(error as Error).message}`);
      }
    },
    async close() {
      await invoke("Close", {});
    },
  };
}
