// The package's public face: start a server over chosen adapters, and the adapters and ports themselves
// (for tools that embed the server, and for other adapters' tests, which run the shared storage suite).

export { flavors } from "./adapters/flavor/index.js";
export { createVaultFlavor } from "./adapters/flavor/vault.js";
export { createVerifyingRuntime } from "./adapters/runtime/verifying-runtime.js";
export { openDurableStorage } from "./adapters/storage/durable/durable-storage.js";
export { createMemoryStorage } from "./adapters/storage/memory.js";
export { createApp } from "./app.js";
export { type LocalCluster, startLocalCluster } from "./cluster/local-cluster.js";
export { type Config, loadConfig } from "./config.js";
export { DomainError, type ErrorCode } from "./domain/errors.js";
export type { CatalogRecord, MountRecord, PinRecord, ReloadRecord } from "./domain/records.js";
export { serveConnections } from "./http/connections.js";
export { createLogger, type Logger } from "./logger.js";
export type { Flavor } from "./ports/flavor.js";
export type { PluginRuntime } from "./ports/runtime.js";
export type { Repositories, Storage } from "./ports/storage.js";
export { findPostgres, type PostgresServer, startPostgres } from "./postgres/server.js";
export { type RunningServer, startServer } from "./server.js";
