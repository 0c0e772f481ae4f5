// Starts the server: sets every mount up (as Vault does at unseal), then serves the Koa app behind node:http
// (connections.ts: native parser, LIST front on demand, one request at a time per connection, Vault's
// timeouts) on config.host:port. The caller owns the adapters and closes them.
import { readFileSync } from "node:fs";
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { type AppDeps, createApp } from "./app.js";
import type { Config } from "./config.js";
import { serveConnections } from "./http/connections.js";

export interface ServerDeps extends AppDeps {
  config: AppDeps["config"] & Pick<Config, "host" | "port" | "timeouts" | "tlsCertFile" | "tlsKeyFile">;
  /** Another process took this node's id: the caller stops the server (main.ts exits). */
  onFenced?: (reason: string) => void;
}

export interface RunningServer {
  /** http://host:port (https:// with TLS), without a trailing slash. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(deps: ServerDeps): Promise<RunningServer> {
  const { config, logger } = deps;
  const { app, services, cluster } = createApp(deps);
  for (const error of await services.setup.setUpAll()) logger.warn("mount not started", { error });
  // With --tls-cert-file and --tls-key-file, the same connections over TLS (https.Server is an http.Server
  // behind a TLS listener: the same events, parser and timeouts).
  const tls = config.tlsCertFile && config.tlsKeyFile;
  const http = tls
    ? (createHttpsServer(
        {
          cert: readFileSync(config.tlsCertFile as string),
          key: readFileSync(config.tlsKeyFile as string),
          // A handshake is part of receiving the headers: OpenBao closes a stalled one at that deadline
          // (Node's default would hold it 120 s).
          handshakeTimeout: config.timeouts.readHeaderMs,
        },
        app.callback(),
      ) as unknown as HttpServer)
    : createHttpServer(app.callback());
  const front = serveConnections(http, config.timeouts);
  await new Promise<void>((resolve, reject) => {
    front.server.once("error", reject);
    front.server.listen(config.port, config.host, () => resolve());
  });
  const { port } = front.server.address() as AddressInfo;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  logger.info("listening", { address: `${host}:${port}`, tls: Boolean(tls), node_id: cluster.nodeId });
  const url = `${tls ? "https" : "http"}://${host}:${port}`;
  // Joins the cluster once its mounts are set up and it answers: from then on global reloads reach it.
  await cluster.start(
    {
      reload: services.reload.delivered,
      async mountsChanged() {
        for (const error of await services.setup.sync()) logger.debug("mount not started", { error });
        await services.database.sync();
      },
      fenced: (reason) => deps.onFenced?.(reason),
      entryChanged: (mountUuid, key) => deps.runtime.invalidate(mountUuid, key),
    },
    url,
  );
  return {
    url,
    port,
    async close() {
      await cluster.close();
      await front.close(5_000);
    },
  };
}
