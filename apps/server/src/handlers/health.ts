// GET sys/health: always initialised, unsealed and active.
import { randomUUID } from "node:crypto";
import type { Route } from "../routes.js";

export function healthRoutes(vaultVersion: string): Route[] {
  const clusterId = randomUUID();
  return [
    {
      pattern: /^\/v1\/sys\/health$/,
      ops: {
        read: {
          handle: () => ({
            raw: true,
            data: {
              initialized: true,
              sealed: false,
              standby: false,
              performance_standby: false,
              replication_performance_mode: "disabled",
              replication_dr_mode: "disabled",
              server_time_utc: Math.floor(Date.now() / 1000),
              version: vaultVersion,
              cluster_name: "sysplugins",
              cluster_id: clusterId,
            },
          }),
        },
      },
    },
  ];
}
