// Starts the real server on a loopback port with temporary data and plugin directories, for tests that
// speak HTTP to it. Nothing of the server is replaced.
export { closedPort } from "./closed-port.js";

import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSingleNode } from "../adapters/cluster/single-node.js";
import { pickFlavor } from "../adapters/flavor/index.js";
import { createRuntime } from "../adapters/runtime/index.js";
import { openDurableStorage } from "../adapters/storage/durable/durable-storage.js";
import type { StoreOptions } from "../adapters/storage/durable/store.js";
import { sealStorage } from "../adapters/storage/sealed-storage.js";
import { type Config, loadConfig } from "../config.js";
import { loadKeyring } from "../encryption-key.js";
import { createLogger } from "../logger.js";
import type { PluginRuntime } from "../ports/runtime.js";
import type { Storage } from "../ports/storage.js";
import { type RunningServer, startServer } from "../server.js";

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON
  json: any;
}

export interface Fixture {
  url: string;
  token: string;
  dir: string;
  pluginDir: string;
  dataDir: string;
  /** Sends a request with the root token (unless `token` is given: "" sends none). */
  call(
    method: string,
    path: string,
    options?: { body?: unknown; rawBody?: string; token?: string; headers?: Record<string, string> },
  ): Promise<Answer>;
  /** Writes a plugin binary into the plugin directory; returns its SHA-256 as hex. */
  writePlugin(name: string, content?: string): Promise<string>;
  /** Stops the server and starts a new one over the same data: what ran is gone, mounts are set up again. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

type CallOptions = Parameters<Fixture["call"]>[2];

/** One request to the server, with the root token unless `options.token` says otherwise. */
async function callServer(
  url: string,
  token: string,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  const t = options.token ?? token;
  if (t) headers["X-Vault-Token"] = t;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["Content-Type"] ??= "application/json";
  }
  const res = await fetch(`${url}/v1/${path.replace(/^\//, "")}`, { method, headers, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/**
 * `storage`: options of the durable storage, e.g. a test's failing file system. The plugin runtime is
 * the checksum one unless `extraArgs` name another (`--plugin-runtime process` for tests with real
 * plugins): most tests write binaries that are not plugins.
 */
export async function startFixture(
  extraArgs: string[] = [],
  { storage: storageOptions = {} }: { storage?: StoreOptions } = {},
): Promise<Fixture> {
  const dir = await mkdtemp(join(tmpdir(), "sysplugins-test-"));
  const token = "test-root-token";
  const config = loadConfig(
    [
      "--listen",
      "127.0.0.1:0",
      "--data-dir",
      join(dir, "data"),
      "--plugin-directory",
      join(dir, "plugins"),
      "--root-token",
      token,
      "--log-level",
      "silent",
      ...(extraArgs.some((a) => a.startsWith("--plugin-runtime")) ? [] : ["--plugin-runtime", "checksum"]),
      ...extraArgs,
    ],
    {},
  );
  await mkdir(config.pluginDirectory, { recursive: true });
  const logger = createLogger("silent");
  const flavor = pickFlavor(config.flavor, config.vaultVersion);
  if (!flavor) throw new Error(`unknown flavor ${config.flavor}`);
  let storage: Storage;
  let runtime: PluginRuntime;
  let server: RunningServer;
  const start = async (c: Config) => {
    // As main.ts does: secrets sealed under the key beside the data directory.
    const keyring = await loadKeyring(c);
    storage = sealStorage(await openDurableStorage(c.dataDir, storageOptions), keyring);
    runtime = createRuntime(c, { storage, logger, flavor });
    // As main.ts does: the cluster's identity is kept in the data directory.
    const cluster = createSingleNode(c.nodeId, { version: flavor.version, dataDir: c.dataDir });
    server = await startServer({ storage, cluster, runtime, flavor, config: c, logger });
  };
  const stop = async () => {
    await server.close();
    await runtime.close();
    await storage.close();
  };
  await start(config);

  const fixture: Fixture = {
    // biome-ignore lint/style/noNonNullAssertion: set by start() above
    url: server!.url,
    token,
    dir,
    pluginDir: config.pluginDirectory,
    dataDir: config.dataDir,
    call: (method, path, options) => callServer(fixture.url, token, method, path, options),
    async writePlugin(name, content = `#!/bin/sh\necho ${name}\n`) {
      await writeFile(join(config.pluginDirectory, name), content, { mode: 0o755 });
      return createHash("sha256").update(content).digest("hex");
    },
    async restart() {
      const port = server.port;
      await stop();
      await start({ ...config, port });
      fixture.url = server.url;
    },
    async close() {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return fixture;
}
