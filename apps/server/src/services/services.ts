// The services over the three ports: the rules of the API, with no HTTP in them.
import type { PluginType } from "../domain/plugin-type.js";
import type { MountRecord, MountTable } from "../domain/records.js";
import type { Cluster } from "../ports/cluster.js";
import type { Flavor } from "../ports/flavor.js";
import type { PluginRuntime } from "../ports/runtime.js";
import type { Storage } from "../ports/storage.js";
import { createAuthorizer } from "./access/authorizer.js";
import { createPolicyService } from "./access/policies.js";
import { createTokenService } from "./access/tokens.js";
import { createCatalog } from "./catalog/catalog.js";
import { createDatabaseEngine } from "./database/engine.js";
import { mountsContext } from "./mounts/context.js";
import { createMountService } from "./mounts/mounts.js";
import { createMountRequests } from "./mounts/requests.js";
import { createSetup } from "./mounts/setup.js";
import { createTune } from "./mounts/tune.js";
import { createPins } from "./pins.js";
import { createReload } from "./reload.js";

export interface ServiceDeps {
  storage: Storage;
  runtime: PluginRuntime;
  flavor: Flavor;
  pluginDirectory: string;
  /** This node and the others of its cluster. */
  cluster: Cluster;
}

export function createServices({ storage, runtime, flavor, pluginDirectory, cluster }: ServiceDeps) {
  const ctx = mountsContext({ storage, runtime, flavor });
  const mounts = createMountService(ctx);
  const setup = createSetup(ctx);
  const catalog = createCatalog({ storage, flavor, pluginDirectory, runtime });
  const reachesConnections = flavor.features.has("database-plugin-reload");
  const database = createDatabaseEngine({
    storage,
    runtime,
    lookup: ctx.lookup,
    reportsRunning: reachesConnections,
  });
  const databaseMounts = async () =>
    (await storage.transact((tx) => tx.mounts.list("secret"))).filter((m) => m.type === "database");

  /** A reload of a database mount itself stops its connections; they start again on first use. */
  async function restart(targets: readonly MountRecord[]): Promise<string[]> {
    const errors = await setup.restart(targets);
    for (const m of targets) if (m.table === "secret" && m.type === "database") await database.stopMount(m);
    return errors;
  }

  /** Vault routes <mount>/reload/<plugin> to every database mount (vault/plugin_reload.go). */
  async function reloadConnections(type: PluginType | "unknown", name: string): Promise<number> {
    if (!reachesConnections || (type !== "database" && type !== "unknown")) return 0;
    let count = 0;
    for (const m of await databaseMounts()) count += (await database.reloadPlugin(m, name)).count;
    return count;
  }

  const policies = createPolicyService({ storage, rules: flavor.rules.access });
  const tokens = createTokenService({ storage, rules: flavor.rules.access, policies });
  const access = {
    tokens,
    policies,
    authorizer: createAuthorizer({ tokens, policies, rules: flavor.rules.access }),
  };

  return {
    access,
    catalog,
    pins: createPins({ storage }),
    mounts: {
      ...mounts,
      /** Disabling a database mount removes its connections with it, as Vault clears the mount's storage. */
      async disable(table: MountTable, rawPath: string): Promise<void> {
        const m = await mounts.get(table, rawPath);
        await mounts.disable(table, rawPath);
        if (m?.type === "database" && table === "secret") await database.dropMount(m);
        // Vault clears the mount's storage view with it: its plugin's own entries go too.
        if (m) await storage.transact((tx) => tx.entries.clear(m.uuid));
      },
    },
    tune: createTune(ctx),
    reload: createReload({
      storage,
      cluster,
      mounts,
      restart,
      rules: flavor.rules.reload,
      catalogTypes: catalog.typesOf,
      globalReloads: flavor.features.has("global-reload"),
      reloadConnections,
    }),
    setup,
    cluster,
    database,
    mountRequests: createMountRequests({ storage, runtime }),
  };
}

export type Services = ReturnType<typeof createServices>;
