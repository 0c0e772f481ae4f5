#!/usr/bin/env node
// The program and the composition root: read the config, pick the adapters (the durable storage, the
// verifying plugin runtime, the configured flavour), start the server, stop cleanly on SIGINT and SIGTERM.
import { mkdir, readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { createPostgresCluster } from "./adapters/cluster/postgres-cluster.js";
import { createSingleNode } from "./adapters/cluster/single-node.js";
import { flavors, pickFlavor, UnknownReleaseError } from "./adapters/flavor/index.js";
import { createRuntime } from "./adapters/runtime/index.js";
import { openDurableStorage } from "./adapters/storage/durable/durable-storage.js";
import { openPostgresStorage } from "./adapters/storage/postgres/postgres-storage.js";
import { sealStorage } from "./adapters/storage/sealed-storage.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { keepRootToken, listenWarning, storeTokenFile } from "./dev-mode.js";
import { loadKeyring } from "./encryption-key.js";
import { createLogger, type Logger } from "./logger.js";
import { startServer } from "./server.js";

/** The embedded store in the data directory, or PostgreSQL shared by the nodes of a cluster. */
async function openStorage(config: Config, version: string, logger: Logger) {
  // Before the store makes its first files: a new data directory gets a new key beside it.
  const keyring = await loadKeyring(config);
  if (!config.storageUrl) {
    const storage = sealStorage(
      await openDurableStorage(config.dataDir, { onWarning: (message) => logger.warn(message) }),
      keyring,
    );
    // A cluster of one, whose id and name are kept beside the data.
    const cluster = createSingleNode(config.nodeId, { version, dataDir: config.dataDir });
    return { storage, cluster, where: config.dataDir };
  }
  // Every session of this node names it to PostgreSQL (pg_stat_activity), the pool's as the listener's.
  const named = new URL(config.storageUrl);
  named.searchParams.set("application_name", `sysplugins ${config.nodeId} ${process.pid}`);
  const url = named.href;
  const storage = sealStorage(
    await openPostgresStorage(url, {
      onIdleError: (err) => logger.warn("storage connection lost", { error: err.message }),
    }),
    keyring,
  );
  const cluster = createPostgresCluster({
    pool: storage.pool,
    url,
    nodeId: config.nodeId,
    version,
    logger,
    heartbeatMs: config.cluster.heartbeatMs,
    downAfterMs: config.cluster.downAfterMs,
    applicationName: `sysplugins ${config.nodeId} ${process.pid}`,
  });
  const { hostname, port, pathname } = new URL(url);
  return { storage, cluster, where: `PostgreSQL ${hostname}:${port || 5432}${pathname} (a cluster node)` };
}

async function main(): Promise<void> {
  if (process.argv.slice(2).some((a) => a === "--version" || a === "-version")) {
    const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
    process.stdout.write(`sysplugins-server v${pkg.version}\n`);
    return;
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.argv.slice(2), process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exit(2);
  }
  const logger = createLogger(config.logLevel);
  await mkdir(config.pluginDirectory, { recursive: true });
  let flavor: ReturnType<typeof pickFlavor>;
  try {
    flavor = pickFlavor(config.flavor, config.vaultVersion);
  } catch (err) {
    if (!(err instanceof UnknownReleaseError)) throw err;
    console.error(err.message);
    process.exit(2);
  }
  if (!flavor) {
    console.error(
      `--flavor must be one of ${Object.keys(flavors).join(", ")}, got ${JSON.stringify(config.flavor)}`,
    );
    process.exit(2);
  }
  const { storage, cluster, where } = await openStorage(config, flavor.version, logger);
  const runtime = createRuntime(config, { storage, logger, flavor });
  // A cluster keeps one root token with its shared state; a single node keeps it in its data directory.
  if (cluster.keepRootToken && config.rootTokenGenerated) {
    const kept = await cluster.keepRootToken({ token: config.rootToken, created: config.rootTokenCreated });
    config = { ...config, rootToken: kept.token, rootTokenCreated: kept.created };
  } else {
    config = await keepRootToken(config);
  }
  let fencedStop: ((reason: string) => void) | undefined;
  const server = await startServer({
    storage,
    cluster,
    runtime,
    flavor,
    config,
    logger,
    onFenced: (reason) => fencedStop?.(reason),
  });
  const stored = config.storeToken ? await storeTokenFile(config.rootToken, homedir()) : undefined;
  const warning = listenWarning(config);
  if (warning) process.stderr.write(`\n${warning}\n\n`);

  // Before the address is printed: whoever reads it may signal at once, and a signal that comes before the
  // handler is installed ends the process by its default action.
  let stopping = false;
  const stop = async (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info("stopping", { signal });
    await server.close();
    await runtime.close();
    await storage.close();
    process.exit(code);
  };
  fencedStop = (reason) => {
    process.stderr.write(`sysplugins-server: stopping: ${reason}\n`);
    void stop("fenced", 1);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  // Like `vault server -dev`: say where it is and how to talk to it.
  process.stdout.write(
    [
      "sysplugins server is running (a Vault-compatible plugin-management API).",
      "",
      `    export VAULT_ADDR='${server.url}'`,
      ...(config.rootTokenGenerated
        ? [`    export VAULT_TOKEN='${config.rootToken}'`]
        : ["    (root token as configured)"]),
      "",
      ...(config.rootTokenGenerated
        ? [
            cluster.keepRootToken
              ? "The root token is the cluster's, kept with its state in PostgreSQL: every node takes it."
              : "The root token is kept in the data directory: it lasts as long as the data.",
          ]
        : []),
      ...(stored ? [`It is also in ${stored}, where the CLIs read it (--dev-no-store-token to skip).`] : []),
      "",
      `Product emulated:       ${flavor.product} ${flavor.version}`,
      `Storage:                ${where}`,
      `Node:                   ${config.nodeId}`,
      `Plugin directory:       ${config.pluginDirectory}`,
      `Plugin runtime:         ${config.pluginRuntime === "process" ? "process (plugins run as Vault runs them)" : "checksum (binaries verified, not run)"}`,
      "",
    ].join("\n"),
  );
}

main().catch((err: Error) => {
  console.error(`sysplugins-server: ${err.message}`);
  process.exit(1);
});
