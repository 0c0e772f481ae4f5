// The engine on the in-memory storage and the verifying runtime, with real binaries in a temporary plugin
// directory: the upgrade procedure, pins, reloads, a changed binary, and what a failed start leaves behind.
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createVaultFlavor } from "../../adapters/flavor/vault.js";
import { createVerifyingRuntime } from "../../adapters/runtime/verifying-runtime.js";
import { createMemoryStorage } from "../../adapters/storage/memory.js";
import type { PluginRuntime } from "../../ports/runtime.js";
import type { Storage } from "../../ports/storage.js";
import { createLookup } from "../catalog/lookup.js";
import { createDatabaseEngine, type DatabaseEngine } from "./engine.js";

let pluginDirectory: string;
const sha: Record<string, string> = {};
const writeBinary = async (file: string, content: string) => {
  await writeFile(join(pluginDirectory, file), content, { mode: 0o755 });
  sha[file] = createHash("sha256").update(content).digest("hex");
};
beforeAll(async () => {
  pluginDirectory = await mkdtemp(join(tmpdir(), "sysplugins-database-"));
  await writeBinary("db-1.0.0", "#!/bin/sh\n# 1.0.0\n");
  await writeBinary("db-1.0.1", "#!/bin/sh\n# 1.0.1\n");
});
afterAll(() => rm(pluginDirectory, { recursive: true, force: true }));

const mount = { uuid: "uuid-db", path: "database/" };
let storage: Storage;
let runtime: PluginRuntime;
let engine: DatabaseEngine;
const boot = () => {
  runtime = createVerifyingRuntime({ pluginDirectory });
  engine = createDatabaseEngine({
    storage,
    runtime,
    lookup: createLookup(createVaultFlavor("1.20.0")),
    reportsRunning: true,
  });
};
const register = (version: string, file = `db-${version.slice(1)}`, sha256 = sha[file] ?? "00") =>
  storage.transact((tx) =>
    tx.catalog.put({
      type: "database",
      name: "my-db-plugin",
      version,
      command: file,
      args: [],
      env: [],
      sha256,
    }),
  );
const pin = (version?: string) =>
  storage.transact(async (tx) => {
    if (version) await tx.pins.put({ type: "database", name: "my-db-plugin", version });
    else await tx.pins.delete("database", "my-db-plugin");
  });
const read = async (name = "my-db") => (await engine.read(mount, name))?.data;

beforeEach(async () => {
  storage = createMemoryStorage();
  boot();
  await register("v1.0.0");
});

describe("database engine", () => {
  it("runs Vault's upgrade procedure: a write of plugin_version restarts the connection at once", async () => {
    expect(
      await engine.write(mount, "my-db", {
        plugin_name: "my-db-plugin",
        plugin_version: "v1.0.0",
        connection_url: "postgres://{{username}}@db",
        username: "admin",
        verify_connection: false,
      }),
    ).toEqual([]);
    expect(await read()).toMatchObject({ plugin_version: "v1.0.0", running_plugin_version: "v1.0.0" });
    await register("v1.0.1");
    expect(await engine.write(mount, "my-db", { plugin_version: "v1.0.1" })).toEqual([]);
    expect(await read()).toEqual({
      plugin_name: "my-db-plugin",
      plugin_version: "v1.0.1",
      running_plugin_version: "v1.0.1",
      connection_details: { connection_url: "postgres://{{username}}@db", username: "admin" },
      allowed_roles: [],
      root_credentials_rotate_statements: [],
      password_policy: "",
      verify_connection: false,
    });
    expect(runtime.running({ uuid: "uuid-db/my-db", route: "" })?.sha256).toBe(sha["db-1.0.1"]);
  });

  it("follows a pin after a reload, and its own version again once the pin is gone", async () => {
    await register("v1.0.1");
    await engine.write(mount, "my-db", { plugin_name: "my-db-plugin", plugin_version: "v1.0.0" });
    await pin("v1.0.1");
    expect((await engine.read(mount, "my-db"))?.warnings).toEqual([]);
    expect(await engine.reloadPlugin(mount, "my-db-plugin")).toEqual({ connections: ["my-db"], count: 1 });
    const pinned = await engine.read(mount, "my-db");
    expect(pinned?.data.running_plugin_version).toBe("v1.0.1");
    expect(pinned?.warnings).toEqual([
      'Plugin version is configured as "v1.0.0", but running "v1.0.1" because that version is pinned',
    ]);
    await expect(engine.write(mount, "my-db", { plugin_version: "v1.0.0" })).rejects.toThrow(
      'cannot specify plugin_version for plugin "my-db-plugin" as it is pinned (v1.0.1)',
    );
    await pin();
    await engine.reloadPlugin(mount, "my-db-plugin");
    expect(await read()).toMatchObject({ running_plugin_version: "v1.0.0" });
  });

  it("a start that fails stores nothing and keeps what ran", async () => {
    await engine.write(mount, "my-db", { plugin_name: "my-db-plugin", plugin_version: "v1.0.0" });
    await expect(engine.write(mount, "my-db", { plugin_version: "v2.0.0" })).rejects.toThrow(
      "error creating database object: invalid database version: 2 errors occurred:\n\t* plugin not found in the catalog: my-db-plugin, version=v2.0.0\n\t* plugin not found in the catalog: my-db-plugin, version=v2.0.0\n\n",
    );
    await register("v1.0.1", "db-1.0.1", sha["db-1.0.0"]); // the binary is not the one registered
    await expect(engine.write(mount, "my-db", { plugin_version: "v1.0.1" })).rejects.toThrow(
      "checksums did not match",
    );
    expect(await read()).toMatchObject({ plugin_version: "v1.0.0", running_plugin_version: "v1.0.0" });
  });

  it("a write whose record cannot be stored starts nothing: the old version keeps running", async () => {
    await register("v1.0.1");
    await engine.write(mount, "my-db", { plugin_name: "my-db-plugin", plugin_version: "v1.0.0" });
    // The storage refuses every write of a connection from now on (a full disk, PostgreSQL's refusal).
    const real = storage;
    storage = {
      transact: (fn) =>
        real.transact((tx) =>
          fn({
            ...tx,
            connections: {
              ...tx.connections,
              put: () => Promise.reject(new Error("no space left on device")),
            },
          }),
        ),
      close: () => real.close(),
    };
    boot();
    expect(await read()).toMatchObject({ running_plugin_version: "v1.0.0" });
    await expect(engine.write(mount, "my-db", { plugin_version: "v1.0.1" })).rejects.toThrow(
      "no space left on device",
    );
    expect(engine.runningVersion(mount, "my-db")).toBe("v1.0.0");
    expect(await read()).toMatchObject({ plugin_version: "v1.0.0", running_plugin_version: "v1.0.0" });
  });

  it("sync compares connections nested 9,999 deep without overflowing the stack", async () => {
    let deep: Record<string, unknown> = {};
    for (let i = 1; i < 9999; i++) deep = { a: deep };
    await engine.write(mount, "deep", { plugin_name: "my-db-plugin", plugin_version: "v1.0.0", deep });
    await engine.sync();
    expect(engine.runningVersion(mount, "deep")).toBe("v1.0.0");
    await storage.transact(async (tx) => {
      const record = await tx.connections.get(mount.uuid, "deep");
      if (record) await tx.connections.put(mount.uuid, "deep", { ...record, password_policy: "p" });
    });
    await engine.sync();
    expect(engine.runningVersion(mount, "deep")).toBeUndefined();
  });

  it("reload restarts only the plugin's connections and leaves the failed ones out", async () => {
    await register("v1.0.1");
    await engine.write(mount, "a", { plugin_name: "my-db-plugin", plugin_version: "v1.0.0" });
    await engine.write(mount, "b", { plugin_name: "my-db-plugin", plugin_version: "v1.0.1" });
    await storage.transact((tx) => tx.catalog.delete("database", "my-db-plugin", "v1.0.1"));
    expect(await engine.reloadPlugin(mount, "my-db-plugin")).toEqual({ connections: ["a"], count: 1 });
    expect(await engine.reloadPlugin({ uuid: "other", path: "db2/" }, "my-db-plugin")).toEqual({
      connections: [],
      count: 0,
    });
    expect(await read("b")).not.toHaveProperty("running_plugin_version");
  });

  it("a new node (a restart) starts a connection on first read, with the pin in effect then", async () => {
    await register("v1.0.1");
    await engine.write(mount, "my-db", { plugin_name: "my-db-plugin", plugin_version: "v1.0.0" });
    boot();
    expect(engine.runningVersion(mount, "my-db")).toBeUndefined();
    await pin("v1.0.1");
    expect(await read()).toMatchObject({ plugin_version: "v1.0.0", running_plugin_version: "v1.0.1" });
  });

  it("create without a version takes the newest; delete, list and reset of a missing one", async () => {
    await register("v1.0.1");
    await engine.write(mount, "z", { plugin_name: "my-db-plugin" });
    await engine.write(mount, "my-db", { plugin_name: "my-db-plugin", allowed_roles: "r1,r2" });
    expect(await read()).toMatchObject({ plugin_version: "v1.0.1", allowed_roles: ["r1", "r2"] });
    expect(await engine.list(mount)).toEqual(["my-db", "z"]);
    await engine.remove(mount, "my-db");
    expect(await engine.read(mount, "my-db")).toBeUndefined();
    expect(engine.runningVersion(mount, "my-db")).toBeUndefined();
    await expect(engine.reset(mount, "my-db")).rejects.toMatchObject({
      code: "operation_failed",
      messages: ['failed to find entry for connection with name: "my-db"'],
    });
    await engine.dropMount(mount);
    expect(await engine.list(mount)).toEqual([]);
  });

  it("sync: a connection changed or deleted elsewhere stops here; an unchanged one keeps running", async () => {
    await register("v1.0.1");
    for (const name of ["same", "changed", "gone"]) {
      await engine.write(mount, name, { plugin_name: "my-db-plugin", plugin_version: "v1.0.0", x: 1 });
    }
    // Another node's writes, straight to the shared storage.
    await storage.transact(async (tx) => {
      const record = await tx.connections.get(mount.uuid, "changed");
      if (record) await tx.connections.put(mount.uuid, "changed", { ...record, plugin_version: "v1.0.1" });
      await tx.connections.delete(mount.uuid, "gone");
    });
    await engine.sync();
    expect(["same", "changed", "gone"].map((n) => engine.runningVersion(mount, n))).toEqual([
      "v1.0.0",
      undefined,
      undefined,
    ]);
    expect(await read("changed")).toMatchObject({ running_plugin_version: "v1.0.1" });
    await engine.sync();
    expect(engine.runningVersion(mount, "changed")).toBe("v1.0.1");
  });
});
