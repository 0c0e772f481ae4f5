// Builds the Koa application: the services over the injected store, and the middleware order in one place.
import { randomUUID } from "node:crypto";
import { contract } from "@sysplugins/api";
import Koa from "koa";
import type { Config } from "./config.js";
import { catalogRoutes } from "./handlers/catalog.js";
import { healthRoutes } from "./handlers/health.js";
import { mountRoutes } from "./handlers/mounts.js";
import { pinRoutes } from "./handlers/pins.js";
import { reloadRoutes } from "./handlers/reload.js";
import { requireRootToken } from "./http/auth.js";
import { bodyParser } from "./http/body.js";
import { errorMiddleware } from "./http/error-middleware.js";
import { compileBodyValidators } from "./http/validation.js";
import { VaultError } from "./http/vault-error.js";
import type { Logger } from "./logger.js";
import { createRouter } from "./routes.js";
import { createCatalog } from "./services/catalog.js";
import { createMounts, type Mounts } from "./services/mounts.js";
import { createPins } from "./services/pins.js";
import { createReload } from "./services/reload.js";
import type { Store } from "./store/store.js";

export interface AppDeps {
  store: Store;
  config: Config;
  logger: Logger;
}

export function createApp({ store, config, logger }: AppDeps): { app: Koa; mounts: Mounts } {
  const validators = compileBodyValidators(contract);
  const catalog = createCatalog({ store, config });
  const pins = createPins({ store });
  const mounts = createMounts({ store, config, catalog, pins });
  const reload = createReload({ store, config, mounts });
  const router = createRouter(
    [
      ...healthRoutes(config.vaultVersion),
      ...catalogRoutes(catalog),
      ...pinRoutes(pins),
      ...reloadRoutes(reload),
      ...mountRoutes(mounts),
    ],
    validators,
  );

  const app = new Koa({ proxy: false });
  const logRequests = logger.enabled("debug");
  app.use(async (ctx, next) => {
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
  });
  app.use(errorMiddleware(logger));
  app.use(requireRootToken(config.rootToken, (path) => path === "/v1/sys/health"));
  app.use(bodyParser(config.maxRequestSize));
  app.use(router.routes());
  app.use(() => {
    throw VaultError.unsupportedPath();
  });
  return { app, mounts };
}
