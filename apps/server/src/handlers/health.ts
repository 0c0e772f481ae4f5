// GET sys/health: always initialised, unsealed and active.
import { handler } from "../http/contract-types.js";
import type { Flavor } from "../ports/flavor.js";

export function healthHandlers(flavor: Flavor) {
  return {
    read: handler("health", () => ({
      raw: true,
      data: {
        initialized: true,
        sealed: false,
        standby: false,
        performance_standby: false,
        replication_performance_mode: "disabled",
        replication_dr_mode: "disabled",
        server_time_utc: Math.floor(Date.now() / 1000),
        ...flavor.health(),
      },
    })),
  };
}
