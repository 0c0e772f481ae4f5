// Starts the server: the Koa app behind node:http (connections.ts: native parser, LIST front on demand,
// one request at a time per connection, Vault's timeouts), listening on config.host:port.
import { createServer as createHttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "./app.js";
import type { Config } from "./config.js";
import { serveConnections } from "./http/connections.js";
import type { Logger } from "./logger.js";
import type { Store } from "./store/store.js";

export interface ServerDeps {
  store: Store;
  config: Config;
  logger: Logger;
}

export interface RunningServer {
  /** http://host:port, without a trailing slash. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer({ store, config, logger }: ServerDeps): Promise<RunningServer> {
  const { app, mounts } = createApp({ store, config, logger });
  await mounts.seedDefaults();
  const front = serveConnections(createHttpServer(app.callback()), config.timeouts);
  await new Promise<void>((resolve, reject) => {
    front.server.once("error", reject);
    front.server.listen(config.port, config.host, () => resolve());
  });
  const { port } = front.server.address() as AddressInfo;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  logger.info("listening", { address: `${host}:${port}` });
  return {
    url: `http://${host}:${port}`,
    port,
    close: () => front.close(5_000),
  };
}

export { loadConfig } from "./config.js";
export { serveConnections } from "./http/connections.js";
export { createLogger } from "./logger.js";
export { sha256File } from "./services/plugin-files.js";
export { catalogKey } from "./store/state.js";
export { openStore } from "./store/store.js";
