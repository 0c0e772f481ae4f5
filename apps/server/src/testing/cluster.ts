// For the cluster tests: a throwaway PostgreSQL, a database, a plugin directory and three nodes of the
// built server on loopback ports; and a way to talk HTTP to any node.
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type LocalCluster, type LocalClusterOptions, startLocalCluster } from "../cluster/local-cluster.js";
import { type PostgresServer, startPostgres } from "../postgres/server.js";

export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON
  json: any;
}

export const TOKEN = "cluster-test-token";

/** One request with the root token; a request that gets no answer in 15s fails. */
export async function call(base: string, method: string, path: string, body?: unknown): Promise<Answer> {
  const res = await fetch(`${base}/v1/${path}`, {
    method,
    headers: {
      "X-Vault-Token": TOKEN,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

export interface TestCluster extends LocalCluster {
  postgres: PostgresServer;
  storageUrl: string;
  pluginDirectory: string;
  /** Writes a plugin binary; returns its SHA-256. */
  writePlugin(name: string, content?: string): Promise<string>;
  /** Stops the nodes and PostgreSQL, and removes what they left. */
  close(): Promise<void>;
}

/**
 * `options.pluginRuntime`: "checksum" unless said (these tests mostly write binaries that are not
 * plugins: verified, not run); "process" for those that run real plugins.
 */
export async function startTestCluster(
  nodes = 3,
  options: Pick<LocalClusterOptions, "env" | "rootToken" | "pluginRuntime"> = { rootToken: TOKEN },
): Promise<TestCluster> {
  const postgres = await startPostgres();
  const dir = await mkdtemp(join(tmpdir(), "sysplugins-cluster-"));
  try {
    const storageUrl = await postgres.createDatabase("cluster");
    const cluster = await startLocalCluster({
      storageUrl,
      pluginDirectory: dir,
      nodes,
      ...options,
      dataDirs: join(dir, "data"),
      pluginRuntime: options.pluginRuntime ?? "checksum",
    });
    return {
      ...cluster,
      postgres,
      storageUrl,
      pluginDirectory: dir,
      async writePlugin(name, content = `#!/bin/sh\n# ${name}\n`) {
        await writeFile(join(dir, name), content, { mode: 0o755 });
        return createHash("sha256").update(content).digest("hex");
      },
      async close() {
        await cluster.close();
        await postgres.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await postgres.close();
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

export async function until<T>(
  check: () => Promise<T | undefined | false>,
  what: string,
  ms = 20_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
