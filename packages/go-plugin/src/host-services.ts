// What the host serves the plugin through the broker for one backend instance: pb.Storage over the
// caller's HostStorage and pb.SystemView from the caller's values. Storage errors travel in the
// replies' err field, as the SDK's storage server sends them.
import type * as grpc from "@grpc/grpc-js";
import { secondsToNanos } from "./convert.js";
import type { Protos } from "./protos.js";
import type { HostLogger, HostStorage, SystemViewValues } from "./types.js";

type Handler = (
  call: { request: Record<string, unknown> },
  callback: (error: null, reply: unknown) => void,
) => void;

function reply<T>(
  work: () => Promise<T>,
  onError: (message: string) => unknown,
  logger?: HostLogger,
): Handler {
  return (_call, callback) => {
    work().then(
      (value) => callback(null, value),
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        logger?.log("debug", "plugin storage call failed", { error: message });
        callback(null, onError(message));
      },
    );
  };
}

export function registerHostServices(
  server: grpc.Server,
  p: Protos,
  storage: HostStorage,
  view: SystemViewValues,
  logger?: HostLogger,
): void {
  const storageService = (p.pb.Storage as unknown as { service: grpc.ServiceDefinition }).service;
  server.addService(storageService, {
    List: ((call, cb) =>
      reply(
        async () => ({ keys: await storage.list(String(call.request.prefix ?? "")), err: "" }),
        (err) => ({ keys: [], err }),
        logger,
      )(call, cb)) as Handler,
    Get: ((call, cb) =>
      reply(
        async () => {
          const entry = await storage.get(String(call.request.key ?? ""));
          return entry
            ? {
                entry: {
                  key: entry.key,
                  value: Buffer.from(entry.value),
                  seal_wrap: entry.sealWrap ?? false,
                },
                err: "",
              }
            : { entry: null, err: "" };
        },
        (err) => ({ entry: null, err }),
        logger,
      )(call, cb)) as Handler,
    Put: ((call, cb) =>
      reply(
        async () => {
          const entry = (call.request.entry ?? {}) as { key?: string; value?: Buffer; seal_wrap?: boolean };
          await storage.put({
            key: entry.key ?? "",
            value: new Uint8Array(entry.value ?? Buffer.alloc(0)),
            ...(entry.seal_wrap ? { sealWrap: true } : {}),
          });
          return { err: "" };
        },
        (err) => ({ err }),
        logger,
      )(call, cb)) as Handler,
    Delete: ((call, cb) =>
      reply(
        async () => {
          await storage.delete(String(call.request.key ?? ""));
          return { err: "" };
        },
        (err) => ({ err }),
        logger,
      )(call, cb)) as Handler,
  });

  const systemViewService = (p.pb.SystemView as unknown as { service: grpc.ServiceDefinition }).service;
  const answer =
    (value: () => unknown): Handler =>
    (_call, cb) =>
      cb(null, value());
  server.addService(systemViewService, {
    DefaultLeaseTTL: answer(() => ({ TTL: secondsToNanos(view.defaultLeaseTtlSeconds) })),
    MaxLeaseTTL: answer(() => ({ TTL: secondsToNanos(view.maxLeaseTtlSeconds) })),
    Tainted: answer(() => ({ tainted: view.tainted ?? false })),
    CachingDisabled: answer(() => ({ disabled: view.cachingDisabled ?? false })),
    ReplicationState: answer(() => ({ state: view.replicationState ?? 0 })),
    MlockEnabled: answer(() => ({ enabled: view.mlockEnabled ?? false })),
    LocalMount: answer(() => ({ local: view.localMount })),
    // No identity store behind this host: no entity and no groups, as for a token without an entity.
    EntityInfo: answer(() => ({ entity: null, err: "" })),
    GroupsForEntity: answer(() => ({ groups: [], err: "" })),
    PluginEnv: answer(() => ({
      plugin_environment: {
        vault_version: view.pluginEnv?.vaultVersion ?? "",
        vault_version_prerelease: view.pluginEnv?.vaultVersionPrerelease ?? "",
        vault_version_metadata: view.pluginEnv?.vaultVersionMetadata ?? "",
      },
      err: "",
    })),
    ClusterInfo: answer(() => ({
      cluster_name: view.clusterInfo?.clusterName ?? "",
      cluster_id: view.clusterInfo?.clusterId ?? "",
      err: "",
    })),
  });
}
