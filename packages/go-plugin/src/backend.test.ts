import { afterEach, describe, expect, it } from "vitest";
import { startPlugin } from "./plugin-process.js";
import { plugin, skipReason, vaultKv } from "./test-support/binaries.js";
import { RecordingLogger } from "./test-support/logger.js";
import { MemoryStorage } from "./test-support/memory-storage.js";
import type { BackendOptions, PluginProcess, PluginRequest } from "./types.js";

const running: PluginProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((p) => p.kill()));
});

async function start(command: string, env: string[] = []) {
  const logger = new RecordingLogger();
  const proc = await startPlugin({
    command,
    kind: "backend",
    env,
    logger,
    hostEnv: { VAULT_VERSION: "1.0.0-test" },
  });
  running.push(proc);
  return { proc, logger };
}

function options(storage = new MemoryStorage(), config: Record<string, string> = {}): BackendOptions {
  return {
    backendUuid: crypto.randomUUID(),
    config,
    storage,
    systemView: { defaultLeaseTtlSeconds: 2764800, maxLeaseTtlSeconds: 2764800, localMount: false },
  };
}

function request(
  operation: PluginRequest["operation"],
  path: string,
  data?: Record<string, unknown>,
): PluginRequest {
  return {
    id: crypto.randomUUID(),
    operation,
    path,
    ...(data ? { data } : {}),
    mountPoint: "m/",
    mountType: "plugin",
    mountAccessor: "plugin_1234",
  };
}

describe.skipIf(skipReason !== undefined)("backend plugins", () => {
  it("sysplugins-secret (OpenBao's SDK): handshake, type, version, requests", async () => {
    const { proc } = await start(plugin("sysplugins-secret").file);
    expect(proc.protocolVersion).toBe(5);
    expect(proc.multiplexed).toBe(true);
    expect(proc.isAlive()).toBe(true);
    expect(await proc.version()).toBe("v1.0.0");

    const storage = new MemoryStorage();
    const backend = await proc.backend(options(storage));
    expect(await backend.type()).toBe("secret");
    expect(await backend.version()).toBe("v1.0.0");

    const info = await backend.handleRequest(request("read", "info"));
    expect(info.error).toBeUndefined();
    expect(info.response?.data).toMatchObject({ kind: "secret", version: "v1.0.0", pid: proc.pid });

    expect(await backend.handleRequest(request("update", "data/k1", { value: "one" }))).toEqual({});
    expect(storage.text("data/k1")).toBe("one");
    const read = await backend.handleRequest(request("read", "data/k1"));
    expect(read.response?.data).toEqual({ value: "one", written_by: "v1.0.0" });
    const list = await backend.handleRequest(request("list", "data/"));
    expect(list.response?.data).toEqual({ keys: ["k1"] });
    expect(await backend.existenceCheck(request("create", "data/k1"))).toEqual({
      checkFound: true,
      exists: true,
    });
    expect(await backend.handleRequest(request("delete", "data/k1"))).toEqual({});
    expect(storage.entries.size).toBe(0);
    expect(await backend.existenceCheck(request("create", "data/k1"))).toEqual({
      checkFound: true,
      exists: false,
    });

    const refused = await backend.handleRequest(request("update", "data/k2", { value: " " }));
    expect(refused.response?.data).toEqual({ error: "missing value" });
    const unsupported = await backend.handleRequest(request("read", "nowhere"));
    expect(unsupported.error).toEqual({ type: 6, message: "unsupported path", code: 0 });
    await backend.cleanup();
  });

  it("vault-plugin-secrets-kv (Vault's SDK): KV version 1 put, get, list, delete", async () => {
    const { proc } = await start(vaultKv().file);
    expect(proc.protocolVersion).toBe(5);
    expect(proc.multiplexed).toBe(true);
    const storage = new MemoryStorage();
    const backend = await proc.backend(options(storage));
    expect(await backend.initialize()).toBeUndefined();
    expect(await backend.type()).toBe("secret");
    expect(await backend.version()).toBe("");

    expect(await backend.handleRequest(request("create", "app/db", { password: "s3cret", n: 3 }))).toEqual(
      {},
    );
    expect(JSON.parse(storage.text("app/db") ?? "")).toEqual({ password: "s3cret", n: 3 });
    const read = await backend.handleRequest(request("read", "app/db"));
    expect(read.response?.data).toEqual({ password: "s3cret", n: 3 });
    const list = await backend.handleRequest(request("list", "app/"));
    expect(list.response?.data).toEqual({ keys: ["db"] });
    expect(await backend.handleRequest(request("delete", "app/db"))).toEqual({});
    expect(await backend.handleRequest(request("read", "app/db"))).toEqual({});
    const paths = await backend.specialPaths();
    expect(paths?.sealWrapStorage).toBeDefined();
    await backend.cleanup();
  });

  it("two multiplexed instances in one process keep separate storage and ids", async () => {
    const { proc } = await start(plugin("sysplugins-secret").file);
    const [storageA, storageB] = [new MemoryStorage(), new MemoryStorage()];
    const a = await proc.backend({ ...options(storageA), id: "mount-a" });
    const b = await proc.backend({ ...options(storageB), id: "mount-b" });
    expect([a.id, b.id]).toEqual(["mount-a", "mount-b"]);
    await a.handleRequest(request("update", "data/only-a", { value: "A" }));
    await b.handleRequest(request("update", "data/only-b", { value: "B" }));
    expect([...storageA.entries.keys()]).toEqual(["data/only-a"]);
    expect([...storageB.entries.keys()]).toEqual(["data/only-b"]);
    expect((await b.handleRequest(request("read", "data/only-a"))).response).toBeUndefined();
    expect((await a.handleRequest(request("list", "data/"))).response?.data).toEqual({ keys: ["only-a"] });
    const infoA = await a.handleRequest(request("read", "info"));
    const infoB = await b.handleRequest(request("read", "info"));
    expect(infoA.response?.data?.pid).toBe(infoB.response?.data?.pid);
    // After one instance's Cleanup the other still answers.
    await a.cleanup();
    expect((await b.handleRequest(request("read", "data/only-b"))).response?.data).toMatchObject({
      value: "B",
    });
  });

  it("the KV plugin's instances are separate too (Vault's SDK multiplexing)", async () => {
    const { proc } = await start(vaultKv().file);
    const [storageA, storageB] = [new MemoryStorage(), new MemoryStorage()];
    const a = await proc.backend(options(storageA));
    const b = await proc.backend(options(storageB));
    expect(a.id).not.toBe(b.id);
    await a.handleRequest(request("create", "k", { v: "a" }));
    await b.handleRequest(request("create", "k", { v: "b" }));
    expect((await a.handleRequest(request("read", "k"))).response?.data).toEqual({ v: "a" });
    expect((await b.handleRequest(request("read", "k"))).response?.data).toEqual({ v: "b" });
  });

  it("a storage error reaches the plugin as its error and the user as the plugin words it", async () => {
    const { proc } = await start(plugin("sysplugins-secret").file);
    const storage = new MemoryStorage();
    storage.put = async () => {
      throw new Error("storage is sealed");
    };
    const backend = await proc.backend(options(storage));
    const result = await backend.handleRequest(request("update", "data/x", { value: "v" }));
    expect(result.error).toEqual({ type: 0, message: "storage is sealed", code: 0 });
  });

  it("the catalog env reaches the plugin; the host's own env goes under or over it, or not at all", async () => {
    const file = plugin("sysplugins-secret").file;
    const cases = [
      { parentEnv: "under" as const, catalog: ["SYSPLUGINS_GREETING=catalog"], greeting: "catalog" },
      { parentEnv: "over" as const, catalog: ["SYSPLUGINS_GREETING=catalog"], greeting: "parent" },
      { parentEnv: "under" as const, catalog: [], greeting: "parent" },
      { parentEnv: "none" as const, catalog: [], greeting: "" },
    ];
    for (const c of cases) {
      const proc = await startPlugin({
        command: file,
        kind: "backend",
        env: c.catalog,
        parentEnv: c.parentEnv,
        parentEnvValues: { SYSPLUGINS_GREETING: "parent" },
      });
      running.push(proc);
      const backend = await proc.backend(options());
      const info = await backend.handleRequest(request("read", "info"));
      expect({ ...c, got: info.response?.data?.greeting }).toEqual({ ...c, got: c.greeting });
    }
  });

  it("the plugin's hclog lines reach the logger at their level with their fields", async () => {
    const { proc, logger } = await start(plugin("sysplugins-secret").file);
    await proc.backend(options());
    const mtls = logger.records.find((r) => r.message === "configuring server automatic mTLS");
    expect(mtls?.level).toBe("debug");
    expect(mtls?.fields).toMatchObject({ plugin: plugin("sysplugins-secret").file, pid: proc.pid });
    expect(mtls?.fields?.timestamp).toMatch(/^\d{4}-\d\d-\d\dT/);
    // The handshake environment's secrets (the catalog env) appear in no log record.
    expect(JSON.stringify(logger.records)).not.toContain("PLUGIN_CLIENT_CERT");
  });

  it("sysplugins-auth: special paths and a login's auth block", async () => {
    const { proc } = await start(plugin("sysplugins-auth").file);
    const backend = await proc.backend(options());
    expect(await backend.type()).toBe("auth");
    expect((await backend.specialPaths())?.unauthenticated).toEqual(["login"]);
    const login = await backend.handleRequest({
      ...request("update", "login", { name: "ana" }),
      unauthenticated: true,
    });
    expect(login.error).toBeUndefined();
    expect(login.response?.auth).toMatchObject({
      displayName: "ana",
      policies: ["default"],
      metadata: { name: "ana", issued_by: "v1.0.0" },
      leaseOptions: { ttlSeconds: 600, maxTtlSeconds: 0, renewable: false },
      tokenType: 0,
    });
    await backend.invalidateKey("anything");
  });

  it("works with a P-256 host key on both SDKs (the plugin trusts the certificate it is handed)", async () => {
    for (const file of [plugin("sysplugins-secret").file, vaultKv().file]) {
      const proc = await startPlugin({ command: file, kind: "backend", hostKeyCurve: "P-256" });
      running.push(proc);
      const storage = new MemoryStorage();
      const backend = await proc.backend(options(storage));
      await backend.handleRequest(request("update", "data/k", { value: "v" }));
      expect(storage.entries.size).toBe(1);
    }
  });
});
