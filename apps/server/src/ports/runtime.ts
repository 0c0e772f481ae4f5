// The plugin runtime port: what runs on each mount of this node. Stored state (the mount table, the
// catalog, the pins) says what is configured; the runtime holds what runs, in memory, per node, and loses
// it when the process stops. At start the server sets every mount up again (services/mounts/setup.ts), as
// Vault does at unseal; enable, reload and tune-then-reload start plugins; disable and shutdown stop them.
//
// Adapters: adapters/runtime/verifying-runtime.ts (checks an external plugin's binary — it resolves in the
// plugin directory and its streamed SHA-256 is the catalog's — and runs nothing). A runtime that really
// executes plugins implements the same four methods.
import type { PluginType } from "../domain/plugin-type.js";
import type { CatalogRecord } from "../domain/records.js";

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

export interface StartRequest {
  mount: MountRef;
  plugin: RunnablePlugin;
}

/** One result per request, in order: what now runs, or why it could not start (Vault's words). */
export type StartResult = { ok: true; running: Running } | { ok: false; error: string };

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
  /** Checks that a plugin could start here, starting nothing: what would run, or why not. */
  probe(plugin: RunnablePlugin, signal?: AbortSignal): Promise<StartResult>;
  /** Stops everything (shutdown). */
  close(): Promise<void>;
}
