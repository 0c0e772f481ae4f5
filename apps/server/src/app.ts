// The composition root's inner half: builds the Koa application over the three ports (storage, plugin
// runtime, flavour), with the middleware order in one place. main.ts picks the adapters.
import { randomUUID } from "node:crypto";
import { contract } from "@sysplugins/api";
import Koa from "koa";
import { createSingleNode } from "./adapters/cluster/single-node.js";
import type { Config } from "./config.js";
import { accessRoutes } from "./handlers/access.js";
import { devSurfaceRoutes, isPublicDevPath } from "./handlers/dev-surface.js";
import { pluginMounts } from "./handlers/plugin-mounts.js";
import { authorizeRequests } from "./http/authorize.js";
import { bodyParser } from "./http/body.js";
import { redirectToCleanPath } from "./http/clean-path.js";
import { errorMiddleware } from "./http/error-middleware.js";
import { refuseNulInPath, refuseRelativePaths } from "./http/path-checks.js";
import { bodyValidators } from "./http/validation.js";
import { VaultError } from "./http/vault-error.js";
import type { Logger } from "./logger.js";
import type { Cluster } from "./ports/cluster.js";
import type { Flavor } from "./ports/flavor.js";
import type { PluginRuntime } from "./ports/runtime.js";
import type { Storage } from "./ports/storage.js";
import { createRouter } from "./routes/router.js";
import { mountedEngineRoutes, routes } from "./routes/routes.js";
import { createServices, type Services } from "./services/services.js";

export interface AppDeps {
  storage: Storage;
  /** The nodes sharing the storage; the default is a cluster of one whose identity lasts as long as the process. */
  cluster?: Cluster;
  runtime: PluginRuntime;
  flavor: Flavor;
  logger: Logger;
  config: Pick<Config, "rootToken" | "maxRequestSize" | "pluginDirectory" | "nodeId"> &
    Partial<Pick<Config, "rootTokenCreated" | "storageUrl">>;
}

function requestLog(logger: Logger): Koa.Middleware {
  const logRequests = logger.enabled("debug");
  return async (ctx, next) => {
    const started = logRequests ? process.hrtime.bigint() : 0n;
    ctx.state.requestId = randomUUID();
    ctx.set("Cache-Control", "no-store");
    try {
      await next();
    } finally {
      // Method, path and status only: never headers, query values or bodies, which can hold secrets.
      if (logRequests) {
        logger.debug("request", {
          method: ctx.method === "LINK" ? "LIST" : ctx.method,
          path: ctx.path,
          status: ctx.status,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        });
      }
    }
  };
}

export function createApp({ storage, runtime, flavor, logger, config, cluster }: AppDeps): {
  app: Koa;
  services: Services;
  cluster: Cluster;
} {
  const node = cluster ?? createSingleNode(config.nodeId, { version: flavor.version });
  const services = createServices({
    storage,
    runtime,
    flavor,
    pluginDirectory: config.pluginDirectory,
    cluster: node,
  });
  const dev = devSurfaceRoutes({
    version: flavor.version,
    sealStatus: flavor.sealStatus(),
    storageType: config.storageUrl ? "postgresql" : "file",
    identity: () => node.identity(),
    leader: () => node.leader(),
    mounts: services.mounts,
    contract,
  });
  const router = createRouter(
    [
      ...routes(services, flavor),
      ...accessRoutes(services.access),
      ...dev,
      ...mountedEngineRoutes(services, flavor),
    ],
    contract,
    bodyValidators(contract, undefined, flavor.product, flavor.rules.unreadFields),
    { mountType: flavor.rules.envelopeMountType },
  );

  const app = new Koa({ proxy: false });
  app.use(requestLog(logger));
  app.use(errorMiddleware(logger, flavor));
  app.use(refuseNulInPath());
  app.use(redirectToCleanPath());
  app.use(refuseRelativePaths());
  // Vault answers HEAD on sys/health only (load balancers use it): as GET, and Node sends no body.
  app.use((ctx, next) => {
    if (ctx.method === "HEAD" && ctx.path === "/v1/sys/health") ctx.method = "GET";
    return next();
  });
  // The store holds the dev server's root token and the product's default policy before any request.
  const created = config.rootTokenCreated ?? Math.floor(Date.now() / 1000);
  let setUp: Promise<void> | undefined;
  const ready = () => {
    setUp ??= (async () => {
      await services.access.tokens.ensureRoot(config.rootToken, created);
      await services.access.policies.ensureDefault();
    })().catch((err) => {
      setUp = undefined;
      throw err;
    });
    return setUp;
  };
  // Started now, so that the first request does not wait for it; a failure is retried by that request.
  ready().catch(() => {});
  app.use(
    authorizeRequests(services.access.authorizer, {
      isPublic: async (path) =>
        path === "/v1/sys/health" ||
        isPublicDevPath(path) ||
        (path.startsWith("/v1/") &&
          (await services.mountRequests.unauthenticated(path.slice("/v1/".length)))),
      deniedShape: flavor.rules.deniedShape,
      ready,
    }),
  );
  app.use(bodyParser(config.maxRequestSize, flavor.rules.jsonError, flavor.rules.jsonDecoder));
  app.use(pluginMounts(services.mountRequests, flavor.rules.envelopeMountType));
  app.use(router.routes());
  app.use(async (ctx) => {
    // vault/router.go: a path no mount routes is answered by the router itself, with the bare message.
    const path = ctx.path.startsWith("/v1/") ? ctx.path.slice("/v1/".length) : undefined;
    if (path !== undefined && !(await services.mountRequests.routed(path))) throw VaultError.noRoute(path);
    throw VaultError.unsupportedPath();
  });
  return { app, services, cluster: node };
}
