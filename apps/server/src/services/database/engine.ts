// The database secrets engine over the ports: connection configs in storage (per mount uuid), and what
// each connection runs in the plugin runtime of this node (as Vault keeps connections per node). Facts:
// docs/DATABASE.md. Every start of a connection (a write, a reset, a reload, the first read after this node
// started) resolves the version (the pin, then the connection's plugin_version) and checks the binary.
// A connection changed on another node of a cluster stops here (sync), as Vault's storage invalidation
// closes it on the other nodes; it starts again, with what is stored, on first use.
import { failed, invalid } from "../../domain/errors.js";
import { copyJson, sameJson } from "../../domain/json-text.js";
import type { ConnectionRecord } from "../../domain/records.js";
import type { MountRef, PluginRuntime, RunnablePlugin } from "../../ports/runtime.js";
import type { Repositories, Storage } from "../../ports/storage.js";
import type { Lookup } from "../catalog/lookup.js";
import { findMount } from "../mounts/paths.js";
import { runnableFrom } from "../mounts/plugin-selection.js";
import { connectionWarnings, mergeConnection } from "./connection.js";
import { createKeyedQueue } from "./one-at-a-time.js";
import { choosePluginVersion, type PluginFacts, versionToStart } from "./plugin-version.js";
import { type ConnectionView, connectionView } from "./read.js";

/** A mount of type "database": its uuid names its storage, its path ("database/") its messages. */
export interface DatabaseMount {
  uuid: string;
  path: string;
}

export interface DatabaseEngineDeps {
  storage: Storage;
  runtime: PluginRuntime;
  lookup: Lookup;
  /** Reads report running_plugin_version and verify_connection, with the version warning (Vault 1.16+). */
  reportsRunning: boolean;
}

/** Where a connection runs, for the runtime: one "mount" per connection. */
const refOf = (mount: DatabaseMount, name: string): MountRef => ({
  uuid: `${mount.uuid}/${name}`,
  route: `${mount.path}config/${name}`,
});

/**
 * Vault's text when neither the v5 nor the v4 database interface could be started: both attempts fail for
 * the same reason, joined by go-multierror.
 */
const invalidVersion = (reason: string) =>
  `invalid database version: 2 errors occurred:\n\t* ${reason}\n\t* ${reason}\n\n`;

/** The engine replaces the connection's username and password wherever they stand in a plugin's error. */
function redact(message: string, details: Record<string, unknown>): string {
  let out = message;
  for (const [field, mark] of [
    ["password", "[password]"],
    ["username", "[username]"],
  ] as const) {
    const value = details[field];
    if (typeof value === "string" && value !== "") out = out.split(value).join(mark);
  }
  return out;
}

export function createDatabaseEngine({ storage, runtime, lookup, reportsRunning }: DatabaseEngineDeps) {
  /** What each connection running on this node was started with, by its runtime uuid. */
  const startedWith = new Map<string, { mount: DatabaseMount; name: string; record: ConnectionRecord }>();
  const started = (mount: DatabaseMount, name: string, record: ConnectionRecord) =>
    startedWith.set(refOf(mount, name).uuid, { mount, name, record: copyJson(record) });
  const queue = createKeyedQueue();
  /** Runs work on one connection after the work on it queued before (one-at-a-time.ts). */
  const one = <T>(mount: DatabaseMount, name: string, work: () => Promise<T>) =>
    queue(refOf(mount, name).uuid, work);
  async function stop(mount: DatabaseMount, name: string): Promise<void> {
    const ref = refOf(mount, name);
    startedWith.delete(ref.uuid);
    await runtime.stop(ref);
  }

  async function facts(tx: Repositories, pluginName: string): Promise<PluginFacts> {
    const pin = await tx.pins.get("database", pluginName);
    const f: PluginFacts = {
      hasUnversioned: await lookup.hasUnversioned(tx, "database", pluginName),
      versions: await lookup.versionsOf(tx, "database", pluginName),
    };
    const builtinVersion = lookup.builtinVersionOf("database", pluginName);
    if (builtinVersion) f.builtinVersion = builtinVersion;
    if (pin) f.pin = pin.version;
    return f;
  }

  const runnable = (tx: Repositories, name: string, version: string) =>
    runnableFrom(lookup, tx, "database", name, version);

  /**
   * Starts a connection on this node with what its plugin's Initialize is given; the error is Vault's
   * reason when it cannot: the plugin did not start (both dbplugin attempts failed alike), or its
   * Initialize failed (with the connection's username and password redacted, as the engine does).
   */
  async function launch(
    ref: MountRef,
    planned: { plugin: RunnablePlugin } | { error: string },
    record: ConnectionRecord | undefined,
  ): Promise<string | undefined> {
    if ("error" in planned) {
      return planned.error.startsWith("failed to find entry") ? planned.error : invalidVersion(planned.error);
    }
    const database = record && {
      config: record.connection_details,
      verifyConnection: record.verify_connection,
    };
    const [result] = await runtime.start([
      { mount: ref, plugin: planned.plugin, ...(database ? { database } : {}) },
    ]);
    if (!result || result.ok) return undefined;
    if (result.stage !== "initialize") return invalidVersion(result.error);
    return redact(result.error, record?.connection_details ?? {});
  }

  /** Restarts stored connections with the version each should run now; the names that failed, with why. */
  async function restart(mount: DatabaseMount, names: readonly string[]): Promise<Map<string, string>> {
    const failures = new Map<string, string>();
    for (const name of names) {
      const error = await one(mount, name, () => restartOne(mount, name));
      if (error) failures.set(name, error);
    }
    return failures;
  }

  /** Restarts one connection with what is stored now (the caller holds the connection's turn). */
  async function restartOne(mount: DatabaseMount, name: string): Promise<string | undefined> {
    const { record, plan } = await storage.transact(
      async (
        tx,
      ): Promise<{ record?: ConnectionRecord; plan: { plugin: RunnablePlugin } | { error: string } }> => {
        const record = await tx.connections.get(mount.uuid, name);
        if (!record) return { plan: { error: `failed to find entry for connection with name: "${name}"` } };
        const version = versionToStart(await facts(tx, record.plugin_name), record.plugin_version);
        return { record, plan: await runnable(tx, record.plugin_name, version) };
      },
    );
    await stop(mount, name);
    const error = await launch(refOf(mount, name), plan, record);
    if (!error && record) started(mount, name, record);
    return error;
  }

  /** What runs for a connection: the version Vault reports ("" for a builtin or unversioned plugin). */
  function runningVersion(mount: DatabaseMount, name: string): string | undefined {
    const running = runtime.running(refOf(mount, name));
    if (!running) return undefined;
    return running.builtin ? "" : running.version;
  }

  async function namesOf(mount: DatabaseMount): Promise<string[]> {
    const names = await storage.transact((tx) => tx.connections.list(mount.uuid));
    return names.sort();
  }

  return {
    /** The database mount a request path falls under (longest prefix), if any. */
    async mountFor(path: string): Promise<DatabaseMount | undefined> {
      const m = findMount(await storage.transact((tx) => tx.mounts.list("secret")), path, true);
      return m?.type === "database" ? { uuid: m.uuid, path: m.path } : undefined;
    },

    /**
     * POST <mount>/config/:name: merge, choose the version and store, in one transaction (two writes never
     * build on the same stored record), then start the plugin. A start that fails puts the stored record
     * back as it was and keeps what ran before; a record that cannot be stored starts nothing.
     */
    write(mount: DatabaseMount, name: string, body: Record<string, unknown>): Promise<string[]> {
      return one(mount, name, async () => {
        const { record, previous, unrecognized, plan } = await storage.transact(async (tx) => {
          const stored = await tx.connections.get(mount.uuid, name);
          const merged = mergeConnection(stored, body);
          const choice = choosePluginVersion(
            merged.record.plugin_name,
            await facts(tx, merged.record.plugin_name),
            merged.requestedVersion,
            merged.record.plugin_version,
            stored === undefined,
          );
          merged.record.plugin_version = choice.configured;
          const plan = await runnable(tx, merged.record.plugin_name, choice.run);
          if (!("error" in plan)) await tx.connections.put(mount.uuid, name, merged.record);
          return { ...merged, previous: stored, plan };
        });
        const error = await launch(refOf(mount, name), plan, record);
        if (error) {
          if (!("error" in plan)) {
            await storage.transact(async (tx) => {
              // Unless another node has written it since, the connection is what it was before.
              if (!sameJson(await tx.connections.get(mount.uuid, name), record)) return;
              if (previous) await tx.connections.put(mount.uuid, name, previous);
              else await tx.connections.delete(mount.uuid, name);
            });
          }
          throw invalid(`error creating database object: ${error}`);
        }
        started(mount, name, record);
        return connectionWarnings(record, unrecognized);
      });
    },

    /** GET <mount>/config/:name. Starts the connection on this node if it does not run yet. */
    async read(mount: DatabaseMount, name: string): Promise<ConnectionView | undefined> {
      const found = await storage.transact(async (tx) => {
        const record = await tx.connections.get(mount.uuid, name);
        return record && { record, pin: (await tx.pins.get("database", record.plugin_name))?.version };
      });
      if (!found) return undefined;
      if (!runtime.running(refOf(mount, name))) {
        await one(mount, name, async () => {
          if (!runtime.running(refOf(mount, name))) await restartOne(mount, name);
        });
      }
      const view = connectionView(found.record, runningVersion(mount, name), found.pin);
      if (reportsRunning) return view;
      const { running_plugin_version: _, verify_connection: __, ...data } = view.data;
      return { data, warnings: [] };
    },

    /** LIST <mount>/config: the names, sorted. */
    list: namesOf,

    /** DELETE <mount>/config/:name. */
    remove(mount: DatabaseMount, name: string): Promise<void> {
      return one(mount, name, async () => {
        await storage.transact((tx) => tx.connections.delete(mount.uuid, name));
        await stop(mount, name);
      });
    },

    /** POST <mount>/reset/:name. */
    async reset(mount: DatabaseMount, name: string): Promise<void> {
      const error = (await restart(mount, [name])).get(name);
      if (!error) return;
      throw failed(
        error.startsWith("failed to find entry") ? error : `unable to create database instance: ${error}`,
      );
    },

    /** POST <mount>/reload/:plugin_name: restarts the mount's connections that use the plugin. */
    async reloadPlugin(
      mount: DatabaseMount,
      pluginName: string,
    ): Promise<{ connections: string[]; count: number }> {
      const names = await storage.transact(async (tx) => {
        const out: string[] = [];
        for (const name of await tx.connections.list(mount.uuid)) {
          if ((await tx.connections.get(mount.uuid, name))?.plugin_name === pluginName) out.push(name);
        }
        return out.sort();
      });
      // Vault logs the connections that fail to restart and leaves them out of the answer.
      const failures = await restart(mount, names);
      const connections = names.filter((n) => !failures.has(n));
      return { connections, count: connections.length };
    },

    /** The mount was reloaded or disabled: its connections stop here; they start again on first use. */
    async stopMount(mount: DatabaseMount): Promise<void> {
      for (const name of await namesOf(mount)) await one(mount, name, () => stop(mount, name));
    },

    /** The mount was disabled: its storage goes with it (Vault clears the mount's view). */
    async dropMount(mount: DatabaseMount): Promise<void> {
      const names = await namesOf(mount);
      await storage.transact(async (tx) => {
        for (const name of names) await tx.connections.delete(mount.uuid, name);
      });
      for (const name of names) await one(mount, name, () => stop(mount, name));
    },

    /**
     * Storage changed elsewhere (another node of the cluster): stops each connection whose stored config is
     * no longer what it was started with, or is gone.
     */
    async sync(): Promise<void> {
      const running = [...startedWith.values()];
      const stored = await storage.transact((tx) =>
        Promise.all(running.map((c) => tx.connections.get(c.mount.uuid, c.name))),
      );
      for (const [i, c] of running.entries()) {
        if (sameJson(stored[i], c.record)) continue;
        await one(c.mount, c.name, async () => {
          // Started again here meanwhile: that start is what runs.
          if (startedWith.get(refOf(c.mount, c.name).uuid) === c) await stop(c.mount, c.name);
        });
      }
    },

    /** What this node runs for a connection ("" for a builtin or unversioned plugin), if anything. */
    runningVersion,
  };
}

export type DatabaseEngine = ReturnType<typeof createDatabaseEngine>;
