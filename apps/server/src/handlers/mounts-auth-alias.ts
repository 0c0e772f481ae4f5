// sys/mounts/auth/:path and sys/mounts/auth/:path/tune reach the auth method at auth/:path, as in Vault
// (handleReadMount and handleTuneReadCommon match the router's mount entry, and auth methods sit under
// auth/ there). Vault's Go client reads auth methods (GetAuth) and tunes them (TuneMount("auth/…")) this way.
import type { Route } from "../http/route.js";
import type { Services } from "../services/services.js";
import { mountHandlers } from "./mounts.js";

export function mountsAuthAliasRoutes(services: Pick<Services, "mounts" | "tune">): Route[] {
  const h = mountHandlers("auth", services);
  return [
    {
      pattern: /^\/v1\/sys\/mounts\/auth\/(.+?)\/tune\/?$/,
      params: ["path"],
      ops: { read: h.readTune, update: h.tune },
    },
    { pattern: /^\/v1\/sys\/mounts\/auth\/(.+?)\/?$/, params: ["path"], ops: { read: h.read } },
  ];
}
