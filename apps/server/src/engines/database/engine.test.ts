// The engine on an in-memory connection store, with a catalog given as data: the upgrade procedure, pins,
// reloads, and what a failed start leaves behind.
import { beforeEach, describe, expect, it } from "vitest";
import { PluginRunError } from "../../domain/errors.js";
import { createLogger } from "../../logger.js";
import type { ConnectionRecord } from "./connection.js";
import { type ConnectionStore, createDatabaseEngine, type DatabaseEngine } from "./engine.js";
import type { PluginFacts } from "./plugin-version.js";

function memoryStore(): ConnectionStore {
  const data = new Map<string, Map<string, ConnectionRecord>>();
  const of = (mount: string) => data.get(mount) ?? data.set(mount, new Map()).get(mount) ?? new Map();
  return {
    get: async (mount, name) => structuredClone(of(mount).get(name)),
    list: async (mount) => [...of(mount).keys()].sort(),
    put: async (mount, name, record) => void of(mount).set(name, structuredClone(record)),
    delete: async (mount, name) => void of(mount).delete(name),
  };
}

let catalog: Record<string, string>;
let pins: Record<string, string>;
let starts: string[];
let engine: DatabaseEngine;

beforeEach(() => {
  catalog = { "v1.0.0": "aa", "v1.0.1": "bb" };
  pins = {};
  starts = [];
  engine = createDatabaseEngine({
    connections: memoryStore(),
    facts: (name): PluginFacts => {
      const f: PluginFacts = { hasUnversioned: false, versions: Object.keys(catalog).sort() };
      return pins[name] ? { ...f, pin: pins[name] } : f;
    },
    start: async (name, version) => {
      starts.push(`${name}@${version}`);
      const sha256 = catalog[version];
      if (!sha256) throw new PluginRunError(`plugin not found in the catalog: ${name}, version=${version}`);
      return { sha256 };
    },
    logger: createLogger("silent"),
  });
});

const read = async (name = "my-db") => (await engine.read("m1", name))?.data;

describe("database engine", () => {
  it("runs Vault's upgrade procedure: a write of plugin_version restarts the connection at once", async () => {
    await engine.write("m1", "my-db", {
      plugin_name: "my-db-plugin",
      plugin_version: "v1.0.0",
      connection_url: "postgres://{{username}}@db",
      username: "admin",
      verify_connection: false,
    });
    expect(await read()).toMatchObject({ plugin_version: "v1.0.0", running_plugin_version: "v1.0.0" });
    await engine.write("m1", "my-db", { plugin_version: "v1.0.1" });
    expect(await read()).toMatchObject({
      plugin_version: "v1.0.1",
      running_plugin_version: "v1.0.1",
      verify_connection: false,
      connection_details: { connection_url: "postgres://{{username}}@db", username: "admin" },
    });
    expect(engine.running("m1", "my-db")).toEqual({ version: "v1.0.1", sha256: "bb" });
    expect(starts).toEqual(["my-db-plugin@v1.0.0", "my-db-plugin@v1.0.1"]);
  });

  it("follows a pin after a reload, and its own version again once the pin is gone", async () => {
    await engine.write("m1", "my-db", { plugin_name: "my-db-plugin", plugin_version: "v1.0.0" });
    pins["my-db-plugin"] = "v1.0.1";
    expect((await engine.read("m1", "my-db"))?.warnings).toEqual([]);
    expect(await engine.reloadPlugin("m1", "my-db-plugin")).toEqual({ connections: ["my-db"], count: 1 });
    const pinned = await engine.read("m1", "my-db");
    expect(pinned?.data.running_plugin_version).toBe("v1.0.1");
    expect(pinned?.warnings).toEqual([
      'Plugin version is configured as "v1.0.0", but running "v1.0.1" because that version is pinned',
    ]);
    await expect(engine.write("m1", "my-db", { plugin_version: "v1.0.0" })).rejects.toThrow(
      'cannot specify plugin_version for plugin "my-db-plugin" as it is pinned (v1.0.1)',
    );
    delete pins["my-db-plugin"];
    await engine.reloadPlugin("m1", "my-db-plugin");
    expect(await read()).toMatchObject({ running_plugin_version: "v1.0.0" });
  });

  it("a start that fails stores nothing and keeps what ran", async () => {
    await engine.write("m1", "my-db", { plugin_name: "my-db-plugin", plugin_version: "v1.0.0" });
    await expect(engine.write("m1", "my-db", { plugin_version: "v2.0.0" })).rejects.toThrow(
      "error creating database object: invalid database version: 2 errors occurred:\n\t* plugin not found in the catalog: my-db-plugin, version=v2.0.0\n\t* plugin not found in the catalog: my-db-plugin, version=v2.0.0\n\n",
    );
    expect(await read()).toMatchObject({ plugin_version: "v1.0.0", running_plugin_version: "v1.0.0" });
  });

  it("reload counts only the plugin's connections and leaves failed ones out", async () => {
    await engine.write("m1", "a", { plugin_name: "my-db-plugin", plugin_version: "v1.0.0" });
    await engine.write("m1", "b", { plugin_name: "my-db-plugin", plugin_version: "v1.0.1" });
    await engine.write("m1", "c", { plugin_name: "other", plugin_version: "v1.0.0" });
    delete catalog["v1.0.1"];
    expect(await engine.reloadPlugin("m1", "my-db-plugin")).toEqual({ connections: ["a"], count: 1 });
    expect(await engine.reloadPlugin("m2", "my-db-plugin")).toEqual({ connections: [], count: 0 });
    expect(await read("b")).not.toHaveProperty("running_plugin_version");
  });

  it("starts a connection on first read after the node lost it (a restart, a mount reload)", async () => {
    await engine.write("m1", "my-db", { plugin_name: "my-db-plugin", plugin_version: "v1.0.0" });
    engine.stopMount("m1");
    expect(engine.running("m1", "my-db")).toBeUndefined();
    pins["my-db-plugin"] = "v1.0.1";
    expect(await read()).toMatchObject({ running_plugin_version: "v1.0.1" });
  });

  it("delete forgets the connection; reset of a missing one is a 500 in Vault's words", async () => {
    await engine.write("m1", "my-db", { plugin_name: "my-db-plugin" });
    expect(await read()).toMatchObject({ plugin_version: "v1.0.1" });
    await engine.remove("m1", "my-db");
    expect(await engine.read("m1", "my-db")).toBeUndefined();
    expect(await engine.list("m1")).toEqual([]);
    await expect(engine.reset("m1", "my-db")).rejects.toMatchObject({
      status: 500,
      errors: ['1 error occurred:\n\t* failed to find entry for connection with name: "my-db"\n\n'],
    });
  });
});
