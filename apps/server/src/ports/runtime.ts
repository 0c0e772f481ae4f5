// The plugin runtime port: what runs on each mount of this node. Stored state (the mount table, the
// catalog, the pins) says what is configured; the runtime holds what runs, in memory, per node, and loses
// it when the process stops. At start the server sets every mount up again (services/mounts/setup.ts), as
// Vault does at unseal; enable, reload and tune-then-reload start plugins; disable and shutdown stop them.
//
// Adapters (main.ts picks one with --plugin-runtime):
// - adapters/runtime/process-runtime.ts ("process", the default): runs external plugins as Vault does —
//   a go-plugin process per plugin (shared by the mounts of a multiplexed one), registration runs the
//   binary, requests under a mount are answered by the plugin.
// - adapters/runtime/verifying-runtime.ts ("checksum"): checks an external plugin's binary (it resolves in
//   the plugin directory and its streamed SHA-256 is the catalog's) and runs nothing.
import type { PluginType } from "../domain/plugin-type.js";
import type { CatalogRecord, MountTable } from "../domain/records.js";

/** The mount a plugin runs on: its uuid names it for the runtime. */
export interface MountRef {
  uuid: string;
  /** Vault's route path ("secret/", "auth/approle/"), for messages. */
  route: string;
}

/** What the services resolved to run: a builtin, or an external catalog entry. */
export type RunnablePlugin =
  | { builtin: true; type: PluginType; name: string; version: string }
  | ({ builtin: false; type: PluginType } & Pick<
      CatalogRecord,
      "name" | "version" | "command" | "args" | "env" | "sha256" | "oci_image"
    >);

/** What runs on a mount. */
export interface Running {
  version: string;
  /** "" for a builtin. */
  sha256: string;
  builtin: boolean;
}

/** What a mount's plugin is set up with (logical.BackendConfig), for a runtime that runs it. */
export interface MountSetup {
  table: MountTable;
  /** The mount's type as its table records it (the plugin name). */
  type: string;
  accessor: string;
  /** The mount's options, with plugin_name, plugin_type and plugin_version as Vault adds them. */
  config: Record<string, string>;
  /** In seconds; 0 is the system's. */
  defaultLeaseTtl: number;
  maxLeaseTtl: number;
  local: boolean;
  sealWrap: boolean;
}

export interface StartRequest {
  mount: MountRef;
  plugin: RunnablePlugin;
  /** A mount's backend: what it is set up with. */
  setup?: MountSetup;
  /** A database connection: what its plugin's Initialize is given (dbplugin v5). */
  database?: { config: Record<string, unknown>; verifyConnection: boolean };
}

/** A request under a mount, as Vault hands it to the backend (logical.Request). */
export interface MountRequest {
  id: string;
  operation: "create" | "read" | "update" | "delete" | "list";
  /** Relative to the mount ("data/x"). */
  path: string;
  data?: Record<string, unknown>;
  headers: Record<string, string[]>;
  clientToken: string;
  /** The request came without a token, to one of the plugin's unauthenticated paths. */
  unauthenticated: boolean;
  remoteAddress: string;
}

/** What the plugin answered (logical.Response), or the error it returned (pb.ProtoError). */
export interface MountAnswer {
  response?: {
    data?: Record<string, unknown>;
    warnings?: string[];
    redirect?: string;
    auth?: Record<string, unknown>;
    secret?: { leaseId?: string; ttlSeconds?: number; renewable?: boolean };
    headers?: Record<string, string[]>;
  };
  /** pb.ProtoError: err_type (the kind of error), err_msg, err_code (a CodedError's status). */
  error?: { type: number; message: string; code: number };
}

/** What registration learns by running a binary: its type (when not given) and the version it reports. */
export type InspectResult =
  | { ok: true; type: PluginType; version: string }
  /** Why, once per attempt (Vault tries a database plugin v5, then v4, then a backend). */
  | { ok: false; errors: string[] };

/** An external catalog entry as registration holds it. */
export type ExternalPlugin = Pick<CatalogRecord, "name" | "command" | "args" | "env" | "sha256" | "version">;

/**
 * One result per request, in order: what now runs, or why it could not start (Vault's words); `stage`
 * "initialize" when the plugin started but its Initialize failed (a database connection it could not verify).
 */
export type StartResult =
  | { ok: true; running: Running }
  | { ok: false; error: string; stage?: "start" | "initialize" };

export interface PluginRuntime {
  /**
   * Starts (or restarts) the plugins of several mounts at once; each binary is checked once per call,
   * however many mounts use it. A mount that fails keeps running what it ran before, if anything.
   * `signal` (the client went away) stops work in progress; those mounts fail with "context canceled".
   */
  start(requests: readonly StartRequest[], signal?: AbortSignal): Promise<StartResult[]>;
  /** Stops what runs on the mount, if anything. */
  stop(mount: MountRef): Promise<void>;
  /** What runs on the mount now, or undefined. */
  running(mount: MountRef): Running | undefined;
  /**
   * Registration: what the binary says it is, run as Vault runs it to ask (a type not given is found by
   * trying each; errors then name every attempt). A runtime that runs nothing knows only the given type.
   */
  inspect(plugin: ExternalPlugin, type: PluginType | "unknown", signal?: AbortSignal): Promise<InspectResult>;
  /**
   * A request under the mount, answered by what runs there; undefined when nothing there answers
   * requests (a builtin, or a runtime that runs no processes), which the server answers itself.
   */
  request(mount: MountRef, request: MountRequest, signal?: AbortSignal): Promise<MountAnswer | undefined>;
  /**
   * The plugin's existence check for an update (HandleExistenceCheck): whether it has one for the path
   * (checkFound) and whether the target exists; an update of what does not exist is a create.
   */
  exists(
    mount: MountRef,
    request: MountRequest,
    signal?: AbortSignal,
  ): Promise<{ checkFound: boolean; exists: boolean } | undefined>;
  /** A key of the mount's plugin storage changed elsewhere: the plugin running on it is told (InvalidateKey). */
  invalidate(mountUuid: string, key: string): Promise<void>;
  /** The paths the plugin running on the mount serves without a token (SpecialPaths), if any runs. */
  unauthenticatedPaths(mount: MountRef): readonly string[];
  /** Stops everything (shutdown). */
  close(): Promise<void>;
}
