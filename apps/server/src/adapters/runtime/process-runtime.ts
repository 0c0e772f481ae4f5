// The "process" plugin runtime: external plugins run as Vault runs them, go-plugin processes started from
// the plugin directory (@sysplugins/go-plugin speaks the protocol; this file is the policy). A process is
// keyed by the catalog entry it was started from (name, version, command, args, env, sha256) and shared by
// the mounts of a multiplexed plugin, one backend instance per mount; a plugin that does not multiplex
// gets a process per mount. A start (enable, reload, boot) checks the binary first (binary-check.ts), then
// sets the mount's instance up; the mount keeps what it ran until the new one is up. A reload never reuses
// a process the reloaded mounts ran on, so `plugin reload` ends the old process and starts a new one.
// A process that died is noticed on the mount's next request and started again, as Vault does.
//
// The protocol library (gRPC, protobuf) is loaded on the first external start, never at boot.
import { join } from "node:path";
import type * as GoPlugin from "@sysplugins/go-plugin";
import { PluginPathError, resolveCommand } from "../../domain/plugin-directory.js";
import type { PluginType } from "../../domain/plugin-type.js";
import type { Logger } from "../../logger.js";
import type {
  ExternalPlugin,
  InspectResult,
  MountAnswer,
  MountRef,
  MountRequest,
  PluginRuntime,
  Running,
  StartRequest,
  StartResult,
} from "../../ports/runtime.js";
import type { Storage } from "../../ports/storage.js";
import { check, createGate, type Hashes, READERS, RunError } from "./binary-check.js";
import { pluginStorage } from "./plugin-storage.js";

/** What the emulated product sets in a plugin's environment and how go-plugin words its errors there. */
export interface PluginHostRules {
  /** Variables the product adds (VAULT_VERSION …). */
  env: Record<string, string>;
  wording: GoPlugin.GoPluginWording;
  parentEnv: GoPlugin.ParentEnvPosition;
  /** The product version the SystemView reports. */
  version: string;
}

export interface ProcessRuntimeDeps {
  pluginDirectory: string;
  storage: Storage;
  logger: Logger;
  host: PluginHostRules;
  /** go-plugin's StartTimeout (1 minute in both products). */
  startTimeoutMs?: number;
  /** How many plugin processes may be starting at once (many mounts of one plugin start no storm). */
  maxStarting?: number;
}

interface Proc {
  key: string;
  process: GoPlugin.PluginProcess;
  /** The mounts with an instance in it. */
  users: Set<string>;
}

interface Instance {
  running: Running;
  /** What started it, to start it again when its process died. */
  request: StartRequest;
  proc?: Proc;
  backend?: GoPlugin.BackendClient;
  database?: GoPlugin.DatabaseClient;
  unauthenticated: readonly string[];
}

let library: Promise<typeof GoPlugin> | undefined;
const load = () => {
  library ??= import("@sysplugins/go-plugin");
  return library;
};

const keyOf = (p: Extract<StartRequest["plugin"], { builtin: false }>, kind: GoPlugin.PluginKind) =>
  JSON.stringify([kind, p.name, p.version, p.command, p.args, p.env, p.sha256.toLowerCase()]);

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * A call whose plugin process went away in the middle, as grpc-go words it (the client Vault and OpenBao
 * use) where grpc-js says its own words: measured on bao 2.7.2 with a plugin that exits mid-request.
 */
const droppedCall = (message: string) =>
  message.replace(
    /^(?:rpc error: code = Unavailable desc = (?:Connection dropped|read ECONNRESET|.*socket hang up.*)|plugin is shut down)$/,
    "rpc error: code = Unavailable desc = error reading from server: EOF",
  );

export function createProcessRuntime(deps: ProcessRuntimeDeps): PluginRuntime {
  const { pluginDirectory, storage, logger, host } = deps;
  const read = createGate(READERS);
  const starting = createGate(deps.maxStarting ?? 4);
  const instances = new Map<string, Instance>();
  /** Processes a new mount may join: multiplexed ones, by key. */
  const shared = new Map<string, Proc>();
  const pluginLogger = (name: string): GoPlugin.HostLogger => ({
    log(level, message, fields) {
      const at = level === "trace" ? "debug" : level;
      logger[at](message, { plugin: name, ...fields });
    },
  });

  async function launch(
    kind: GoPlugin.PluginKind,
    plugin: Pick<ExternalPlugin, "name" | "command" | "args" | "env">,
    signal?: AbortSignal,
  ): Promise<GoPlugin.PluginProcess> {
    const { startPlugin } = await load();
    const { real } = await resolveCommand(pluginDirectory, plugin.command);
    return starting(() =>
      startPlugin({
        command: real,
        args: plugin.args,
        env: plugin.env,
        kind,
        hostEnv: host.env,
        parentEnv: host.parentEnv,
        wording: host.wording,
        logger: pluginLogger(plugin.name),
        ...(deps.startTimeoutMs ? { startTimeoutMs: deps.startTimeoutMs } : {}),
        ...(signal ? { signal } : {}),
      }),
    );
  }

  async function release(proc: Proc | undefined, mount: string): Promise<void> {
    if (!proc) return;
    proc.users.delete(mount);
    if (proc.users.size > 0) return;
    if (shared.get(proc.key) === proc) shared.delete(proc.key);
    await proc.process.kill().catch(() => {});
  }

  async function retire(uuid: string, instance: Instance | undefined): Promise<void> {
    if (!instance) return;
    await instance.backend?.cleanup().catch(() => {});
    await instance.database?.close().catch(() => {});
    await release(instance.proc, uuid);
  }

  /** A process for the mount: a shared multiplexed one it may join, one started in this call, or a new one. */
  async function processFor(
    r: StartRequest & { plugin: { builtin: false } },
    kind: GoPlugin.PluginKind,
    fresh: Map<string, Promise<Proc>>,
    signal?: AbortSignal,
  ): Promise<Proc> {
    const key = keyOf(r.plugin, kind);
    const reloading = instances.has(r.mount.uuid);
    const joinable = shared.get(key);
    if (!reloading && joinable?.process.isAlive()) return joinable;
    const pending = fresh.get(key);
    if (pending) {
      const proc = await pending.catch(() => undefined);
      if (proc?.process.multiplexed && proc.process.isAlive()) return proc;
    }
    const started = launch(kind, r.plugin, signal).then((process) => {
      const proc: Proc = { key, process, users: new Set() };
      if (process.multiplexed) shared.set(key, proc);
      return proc;
    });
    if (!pending) fresh.set(key, started);
    return started;
  }

  function systemView(r: StartRequest): GoPlugin.SystemViewValues {
    return {
      defaultLeaseTtlSeconds: r.setup?.defaultLeaseTtl || 2_764_800,
      maxLeaseTtlSeconds: r.setup?.maxLeaseTtl || 2_764_800,
      localMount: r.setup?.local ?? false,
      pluginEnv: { vaultVersion: host.version },
    };
  }

  async function startOne(
    r: StartRequest,
    hashes: Hashes,
    fresh: Map<string, Promise<Proc>>,
    signal?: AbortSignal,
  ): Promise<StartResult> {
    const uuid = r.mount.uuid;
    // A new mount of a plugin whose multiplexed process runs joins it: nothing is executed, so nothing
    // is checked (go-plugin checks a binary before it runs it), as Vault's catalog reuses the client.
    const joining =
      !r.plugin.builtin && r.setup && !instances.has(uuid)
        ? shared.get(keyOf(r.plugin, "backend"))?.process.isAlive()
        : false;
    const checked: StartResult =
      joining && !r.plugin.builtin
        ? {
            ok: true,
            running: { version: r.plugin.version, sha256: r.plugin.sha256.toLowerCase(), builtin: false },
          }
        : await check(pluginDirectory, r.plugin, hashes, read, signal);
    if (!checked.ok || r.plugin.builtin || (!r.setup && !r.database)) {
      // A builtin runs in the server.
      if (checked.ok) {
        const before = instances.get(uuid);
        instances.set(uuid, { running: checked.running, request: r, unauthenticated: [] });
        await retire(uuid, before);
      }
      return checked;
    }
    const external = r as StartRequest & { plugin: { builtin: false } };
    let proc: Proc | undefined;
    if (r.database) {
      let initializing = false;
      try {
        proc = await processFor(external, "database", fresh, signal);
        proc.users.add(uuid);
        const database = await proc.process.database();
        initializing = true;
        await database.initialize(r.database.config, r.database.verifyConnection);
        const before = instances.get(uuid);
        instances.set(uuid, { running: checked.running, request: r, proc, database, unauthenticated: [] });
        await retire(uuid, before);
        return checked;
      } catch (err) {
        if (proc) await release(proc, uuid);
        return { ok: false, error: messageOf(err), stage: initializing ? "initialize" : "start" };
      }
    }
    if (!r.setup) return checked;
    try {
      proc = await processFor(external, "backend", fresh, signal);
      proc.users.add(uuid);
      const backend = await proc.process.backend({
        backendUuid: uuid,
        config: r.setup.config,
        storage: pluginStorage(storage, uuid),
        systemView: systemView(r),
      });
      const initError = await backend.initialize();
      if (initError)
        logger.warn("plugin initialize failed", { mount: r.mount.route, error: initError.message });
      const special = await backend.specialPaths();
      const before = instances.get(uuid);
      instances.set(uuid, {
        running: checked.running,
        request: r,
        proc,
        backend,
        unauthenticated: special?.unauthenticated ?? [],
      });
      // The old instance goes once the new one is up; its process ends with its last mount.
      if (before?.proc !== proc || before?.backend !== backend) await retire(uuid, before);
      return checked;
    } catch (err) {
      if (proc) await release(proc, uuid);
      if (err instanceof RunError) return { ok: false, error: err.message };
      if (err instanceof PluginPathError) return { ok: false, error: err.message };
      return { ok: false, error: messageOf(err) };
    }
  }

  /** The instance that answers the mount's requests, started again when its process died. */
  async function live(mount: MountRef): Promise<Instance | undefined> {
    const instance = instances.get(mount.uuid);
    if (!instance?.backend || !instance.proc) return instance;
    if (instance.proc.process.isAlive()) return instance;
    logger.warn("plugin process exited; starting it again", { mount: mount.route });
    const result = await startOne(instance.request, new Map(), new Map());
    if (!result.ok) throw new RunError(result.error);
    return instances.get(mount.uuid);
  }

  function pluginRequest(instance: Instance, mount: MountRef, req: MountRequest): GoPlugin.PluginRequest {
    const setup = instance.request.setup;
    return {
      id: req.id,
      operation: req.operation,
      path: req.path,
      ...(req.data ? { data: req.data } : {}),
      headers: req.headers,
      mountPoint: mount.route,
      mountType: setup?.type ?? "",
      mountAccessor: setup?.accessor ?? "",
      clientToken: req.clientToken,
      unauthenticated: req.unauthenticated,
      connection: { remoteAddr: req.remoteAddress },
    };
  }

  /** What registration learns by running the binary as `kind`: its type and the version it reports. */
  async function runAs(
    kind: GoPlugin.PluginKind,
    plugin: ExternalPlugin,
    signal?: AbortSignal,
  ): Promise<{ type: PluginType | "unknown"; version: string }> {
    const process = await launch(kind, plugin, signal);
    try {
      if (kind === "database") {
        await (await process.database()).type();
        return { type: "database", version: await process.version() };
      }
      const backend = await process.backend({
        backendUuid: "registration",
        config: {},
        storage: {
          list: async () => [],
          get: async () => undefined,
          put: async () => {},
          delete: async () => {},
        },
        systemView: { defaultLeaseTtlSeconds: 2_764_800, maxLeaseTtlSeconds: 2_764_800, localMount: false },
      });
      const type = await backend.type();
      const version = await backend.version();
      return { type: type === "auth" ? "auth" : type === "secret" ? "secret" : "unknown", version };
    } finally {
      // Not waited for: the answer does not depend on how the process ends (it is killed after the grace).
      void process.kill().catch(() => {});
    }
  }

  return {
    async start(requests: readonly StartRequest[], signal?: AbortSignal) {
      const hashes: Hashes = new Map();
      const fresh = new Map<string, Promise<Proc>>();
      return Promise.all(requests.map((r) => startOne(r, hashes, fresh, signal)));
    },

    async stop(mount: MountRef) {
      const instance = instances.get(mount.uuid);
      instances.delete(mount.uuid);
      await retire(mount.uuid, instance);
    },

    running: (mount: MountRef) => instances.get(mount.uuid)?.running,

    async inspect(plugin: ExternalPlugin, type: PluginType | "unknown", signal?: AbortSignal) {
      const command = join(pluginDirectory, plugin.command);
      const verified = await check(
        pluginDirectory,
        { builtin: false, type: type === "unknown" ? "secret" : type, ...plugin },
        new Map(),
        read,
        signal,
      );
      const attempt = async (kind: GoPlugin.PluginKind) => {
        if (!verified.ok) throw new Error(verified.error);
        return runAs(kind, plugin, signal);
      };
      if (type !== "unknown") {
        try {
          const seen = await attempt(type === "database" ? "database" : "backend");
          return { ok: true, type, version: seen.version } satisfies InspectResult;
        } catch (err) {
          return { ok: false, errors: [messageOf(err)] } satisfies InspectResult;
        }
      }
      // vault/plugincatalog getPluginTypeFromUnknown: a database plugin (v5, then v4), then a backend.
      const errors: string[] = [];
      try {
        const seen = await attempt("database");
        return { ok: true, type: "database", version: seen.version } satisfies InspectResult;
      } catch (err) {
        // The v4 attempt speaks the same handshake; a binary that failed one fails the other alike.
        errors.push(`failed to load plugin as database v5: ${messageOf(err)}`);
        errors.push(`failed to load plugin as database v4: ${messageOf(err)}`);
      }
      try {
        const seen = await attempt("backend");
        if (seen.type !== "unknown") return { ok: true, type: seen.type, version: seen.version };
        errors.push(`unknown plugin type for ${command}`);
      } catch (err) {
        errors.push(`failed to dispense v4 backend plugin: ${messageOf(err)}`);
      }
      return { ok: false, errors } satisfies InspectResult;
    },

    async request(
      mount: MountRef,
      req: MountRequest,
      signal?: AbortSignal,
    ): Promise<MountAnswer | undefined> {
      let instance: Instance | undefined;
      try {
        instance = await live(mount);
      } catch (err) {
        return { error: { type: 0, message: messageOf(err), code: 0 } };
      }
      if (!instance?.backend) return undefined;
      try {
        const result = await instance.backend.handleRequest(pluginRequest(instance, mount, req), signal);
        const response = result.response;
        return {
          ...(result.error ? { error: result.error } : {}),
          ...(response
            ? {
                response: {
                  ...(response.data ? { data: response.data } : {}),
                  ...(response.warnings ? { warnings: response.warnings } : {}),
                  ...(response.redirect ? { redirect: response.redirect } : {}),
                  ...(response.headers ? { headers: response.headers } : {}),
                  ...(response.auth ? { auth: response.auth as unknown as Record<string, unknown> } : {}),
                  ...(response.secret
                    ? {
                        secret: {
                          leaseId: response.secret.leaseId,
                          ttlSeconds: response.secret.leaseOptions.ttlSeconds,
                          renewable: response.secret.leaseOptions.renewable,
                        },
                      }
                    : {}),
                },
              }
            : {}),
        };
      } catch (err) {
        return { error: { type: 0, message: droppedCall(messageOf(err)), code: 0 } };
      }
    },

    async exists(mount: MountRef, req: MountRequest) {
      const instance = instances.get(mount.uuid);
      if (!instance?.backend || !instance.proc?.process.isAlive()) return undefined;
      const seen = await instance.backend
        .existenceCheck(pluginRequest(instance, mount, req))
        .catch(() => undefined);
      return seen && { checkFound: seen.checkFound, exists: seen.exists };
    },

    async invalidate(mountUuid: string, key: string) {
      const instance = instances.get(mountUuid);
      if (!key || !instance?.backend || !instance.proc?.process.isAlive()) return;
      await instance.backend.invalidateKey(key).catch((err: unknown) => {
        logger.warn("plugin invalidation failed", { error: messageOf(err) });
      });
    },

    unauthenticatedPaths: (mount: MountRef) => instances.get(mount.uuid)?.unauthenticated ?? [],

    async close() {
      const all = [...instances.entries()];
      instances.clear();
      await Promise.all(all.map(([uuid, instance]) => retire(uuid, instance)));
      await Promise.all([...shared.values()].map((p) => p.process.kill().catch(() => {})));
      shared.clear();
    },
  };
}
