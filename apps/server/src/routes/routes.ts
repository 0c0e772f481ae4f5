// The routes, in Vault's order: each path pattern, the names of its captures, and which handler answers
// each operation. Wiring only; what a request means is in handlers/, the rules in services/.
import type { MountTable } from "../domain/records.js";
import { catalogHandlers } from "../handlers/catalog.js";
import { databaseDispatch } from "../handlers/database.js";
import { haStatusHandlers } from "../handlers/ha-status.js";
import { healthHandlers } from "../handlers/health.js";
import { mountHandlers } from "../handlers/mounts.js";
import { mountsAuthAliasRoutes } from "../handlers/mounts-auth-alias.js";
import { pinHandlers } from "../handlers/pins.js";
import { reloadHandlers } from "../handlers/reload.js";
import type { Flavor } from "../ports/flavor.js";
import type { Services } from "../services/services.js";
import type { Route } from "./router.js";

/** framework.GenericNameRegex */
const genericName = String.raw`(\w(?:(?:[\w.-]+)?\w)?)`;

function mountRoutes(table: MountTable, services: Services): Route[] {
  const h = mountHandlers(table, services);
  const segment = table === "auth" ? "auth" : "mounts";
  return [
    { pattern: new RegExp(`^/v1/sys/${segment}/?$`), params: [], ops: { read: h.list } },
    {
      pattern: new RegExp(`^/v1/sys/${segment}/(.+?)/tune/?$`),
      params: ["path"],
      ops: { read: h.readTune, update: h.tune },
    },
    {
      pattern: new RegExp(`^/v1/sys/${segment}/(.+?)/?$`),
      params: ["path"],
      ops: { read: h.read, update: h.enable, delete: h.disable },
    },
  ];
}

export function routes(services: Services, flavor: Flavor): Route[] {
  const catalog = catalogHandlers(services.catalog);
  const pins = pinHandlers(services.pins);
  const reload = reloadHandlers(services.reload);
  const all: Route[] = [
    {
      pattern: /^\/v1\/sys\/health$/,
      params: [],
      ops: { read: healthHandlers(flavor, services.cluster).read },
    },
    { pattern: /^\/v1\/sys\/ha-status$/, params: [], ops: { read: haStatusHandlers(services.cluster).read } },
    {
      pattern: /^\/v1\/sys\/plugins\/catalog\/(auth|database|secret)\/?$/,
      params: ["type"],
      ops: { list: catalog.listNames },
    },
    { pattern: /^\/v1\/sys\/plugins\/catalog\/?$/, params: [], ops: { read: catalog.listAll } },
    {
      pattern: /^\/v1\/sys\/plugins\/catalog\/(auth|database|secret)\/(.+)$/,
      params: ["type", "name"],
      ops: { read: catalog.read, update: catalog.register, delete: catalog.remove },
    },
    {
      pattern: /^\/v1\/sys\/plugins\/catalog\/(.+)$/,
      params: ["name"],
      ops: { read: catalog.legacyRead, update: catalog.legacyRegister, delete: catalog.legacyRemove },
    },
    { pattern: /^\/v1\/sys\/plugins\/pins\/?$/, params: [], ops: { read: pins.list }, feature: "pins" },
    {
      pattern: new RegExp(`^/v1/sys/plugins/pins/(auth|database|secret)/${genericName}$`),
      params: ["type", "name"],
      ops: { read: pins.read, update: pins.set, delete: pins.remove },
      feature: "pins",
    },
    { pattern: /^\/v1\/sys\/plugins\/reload\/backend$/, params: [], ops: { update: reload.backend } },
    {
      pattern: new RegExp(`^/v1/sys/plugins/reload/(auth|database|secret|unknown)/${genericName}$`),
      params: ["type", "name"],
      ops: { update: reload.plugin },
      feature: "reload-by-type",
    },
    {
      pattern: /^\/v1\/sys\/plugins\/reload\/backend\/status$/,
      params: [],
      ops: { read: reload.status },
      feature: "global-reload",
    },
    ...mountsAuthAliasRoutes(services),
    ...mountRoutes("secret", services),
    ...mountRoutes("auth", services),
  ];
  return all.filter((r) => r.feature === undefined || flavor.features.has(r.feature));
}

/** After every other route: the paths under mounts, answered by the database engine under a database mount. */
export const mountedEngineRoutes = (services: Services, flavor: Flavor): Route[] => [
  databaseDispatch(
    services.database,
    flavor.features.has("database-plugin-reload"),
    services.mountRequests.routed,
  ),
];
