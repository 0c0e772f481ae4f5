// The database secrets engine of one node: connection configs in storage (per mount), and the connections
// this node runs (in memory, as Vault keeps them per node). Facts: docs/DATABASE.md. Every start of a
// connection (a write, a reset, a reload, the first use after this node started) resolves the version
// (pin, then the connection's plugin_version) and checks the binary through `start`.

import { PluginRunError } from "../../domain/errors.js";
import { multierror, VaultError } from "../../http/vault-error.js";
import type { Logger } from "../../logger.js";
import { type ConnectionRecord, connectionWarnings, mergeConnection } from "./connection.js";
import { choosePluginVersion, type PluginFacts, versionToStart } from "./plugin-version.js";
import { type ConnectionView, connectionView } from "./read.js";

/** Connection configs of one mount's storage view, keyed by connection name. */
export interface ConnectionStore {
  get(mount: string, name: string): Promise<ConnectionRecord | undefined>;
  /** Names in storage order (bytewise). */
  list(mount: string): Promise<string[]>;
  put(mount: string, name: string, record: ConnectionRecord): Promise<void>;
  delete(mount: string, name: string): Promise<void>;
}

export interface RunningConnection {
  /** The version asked for ("" for builtin or unversioned): what Vault reports as running_plugin_version. */
  version: string;
  /** The binary's SHA-256 ("" for a builtin). */
  sha256: string;
}

export interface DatabaseEngineDeps {
  connections: ConnectionStore;
  /** What the catalog and pins say about a database plugin. */
  facts(pluginName: string): PluginFacts;
  /** Finds (database, name, version) in the catalog and checks its binary; throws PluginRunError. */
  start(pluginName: string, version: string): Promise<{ sha256: string }>;
  logger: Logger;
}

/** Vault's text when neither the v5 nor the v4 database interface could be started. */
const startError = (err: PluginRunError) =>
  `invalid database version: ${multierror([err.message, err.message])}`;

export function createDatabaseEngine({ connections, facts, start, logger }: DatabaseEngineDeps) {
  /** "<mount>\0<name>" -> what this node runs. */
  const running = new Map<string, RunningConnection>();
  const key = (mount: string, name: string) => `${mount}\0${name}`;

  async function launch(record: ConnectionRecord, version: string): Promise<RunningConnection> {
    const { sha256 } = await start(record.plugin_name, version);
    return { version, sha256 };
  }

  /** Restarts a stored connection with the version it should run now. */
  async function restart(mount: string, name: string): Promise<RunningConnection> {
    running.delete(key(mount, name));
    const record = await connections.get(mount, name);
    if (!record) throw VaultError.plain(`failed to find entry for connection with name: "${name}"`);
    const conn = await launch(record, versionToStart(facts(record.plugin_name), record.plugin_version));
    running.set(key(mount, name), conn);
    return conn;
  }

  return {
    /** POST <mount>/config/:name: create or update (merge), start the plugin, then store. */
    async write(mount: string, name: string, body: Record<string, unknown>): Promise<string[]> {
      const stored = await connections.get(mount, name);
      const { record, requestedVersion, unrecognized } = mergeConnection(stored, body);
      const choice = choosePluginVersion(
        record.plugin_name,
        facts(record.plugin_name),
        requestedVersion,
        record.plugin_version,
        stored === undefined,
      );
      record.plugin_version = choice.configured;
      let conn: RunningConnection;
      try {
        conn = await launch(record, choice.run);
      } catch (err) {
        if (!(err instanceof PluginRunError)) throw err;
        throw VaultError.badRequest(`error creating database object: ${startError(err)}`);
      }
      await connections.put(mount, name, record);
      running.set(key(mount, name), conn);
      logger.debug("database connection started", {
        name,
        plugin: record.plugin_name,
        version: conn.version,
      });
      return connectionWarnings(record, unrecognized);
    },

    /** GET <mount>/config/:name. Starts the connection on this node if it does not run yet. */
    async read(mount: string, name: string): Promise<ConnectionView | undefined> {
      const record = await connections.get(mount, name);
      if (!record) return undefined;
      let conn = running.get(key(mount, name));
      if (!conn) {
        try {
          conn = await restart(mount, name);
        } catch (err) {
          if (!(err instanceof PluginRunError)) throw err;
          logger.warn("database connection could not start", { name, error: err.message });
        }
      }
      return connectionView(record, conn?.version, facts(record.plugin_name).pin);
    },

    list: (mount: string): Promise<string[]> => connections.list(mount),

    /** DELETE <mount>/config/:name. */
    async remove(mount: string, name: string): Promise<void> {
      await connections.delete(mount, name);
      running.delete(key(mount, name));
    },

    /** POST <mount>/reset/:name. */
    async reset(mount: string, name: string): Promise<void> {
      try {
        await restart(mount, name);
      } catch (err) {
        if (err instanceof PluginRunError)
          throw VaultError.plain(`unable to create database instance: ${startError(err)}`);
        throw err;
      }
    },

    /** POST <mount>/reload/:plugin_name: restarts every connection of the mount that uses the plugin. */
    async reloadPlugin(mount: string, pluginName: string): Promise<{ connections: string[]; count: number }> {
      const reloaded: string[] = [];
      for (const name of await connections.list(mount)) {
        const record = await connections.get(mount, name);
        if (record?.plugin_name !== pluginName) continue;
        try {
          await restart(mount, name);
          reloaded.push(name);
        } catch (err) {
          if (!(err instanceof PluginRunError) && !(err instanceof VaultError)) throw err;
          logger.error("failed to reload connection", { name, error: err.message });
        }
      }
      return { connections: reloaded, count: reloaded.length };
    },

    /** A database mount was reloaded or disabled: its connections stop; they start again on first use. */
    stopMount(mount: string): void {
      const prefix = `${mount}\0`;
      for (const k of [...running.keys()]) if (k.startsWith(prefix)) running.delete(k);
    },

    /** What this node runs for a connection (undefined when it does not run). */
    running: (mount: string, name: string): RunningConnection | undefined => running.get(key(mount, name)),
  };
}

export type DatabaseEngine = ReturnType<typeof createDatabaseEngine>;
