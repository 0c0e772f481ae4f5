import { afterEach, describe, expect, it } from "vitest";
import { startPlugin } from "./plugin-process.js";
import { plugin, skipReason } from "./test-support/binaries.js";
import type { PluginProcess } from "./types.js";

const running: PluginProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((p) => p.kill()));
});

describe.skipIf(skipReason !== undefined)("database plugins (dbplugin v5)", () => {
  it("shake hands with the database cookie, multiplex, and answer Type, Version, Initialize, Close", async () => {
    const proc = await startPlugin({ command: plugin("sysplugins-database").file, kind: "database" });
    running.push(proc);
    expect(proc.protocolVersion).toBe(6); // the multiplexed dbplugin server, offered 5 and 6
    expect(proc.multiplexed).toBe(true);
    expect(await proc.version()).toBe("v1.0.0");
    const db = await proc.database({ id: "conn-1" });
    expect(db.id).toBe("conn-1");
    expect(await db.type()).toBe("sysplugins-database");
    const config = {
      connection_url: "postgres://{{username}}@127.0.0.1/db",
      username: "u",
      max_open: 4,
      tls: true,
    };
    expect(await db.initialize(config, true)).toEqual(config);
    expect(await db.version()).toBe("v1.0.0");
    await db.close();
  });

  it("the catalog env's version reaches it", async () => {
    const proc = await startPlugin({
      command: plugin("sysplugins-database").file,
      kind: "database",
      env: ["SYSPLUGINS_PLUGIN_VERSION=v9.9.9"],
    });
    running.push(proc);
    expect(await proc.version()).toBe("v9.9.9");
  });

  it("offered only protocol 5, the plugin serves the single-instance protocol", async () => {
    const proc = await startPlugin({
      command: plugin("sysplugins-database").file,
      kind: "database",
      protocolVersions: [5],
    });
    running.push(proc);
    expect(proc.protocolVersion).toBe(5);
    const db = await proc.database();
    expect(await db.type()).toBe("sysplugins-database");
  });
});
