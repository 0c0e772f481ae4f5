// The services over the three ports: the rules of the API, with no HTTP in them.
import type { Cluster } from "../ports/cluster.js";
import type { Flavor } from "../ports/flavor.js";
import type { PluginRuntime } from "../ports/runtime.js";
import type { Storage } from "../ports/storage.js";
import { createCatalog } from "./catalog/catalog.js";
import { mountsContext } from "./mounts/context.js";
import { createMountService } from "./mounts/mounts.js";
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
  const catalog = createCatalog({ storage, flavor, pluginDirectory });
  return {
    catalog,
    pins: createPins({ storage }),
    mounts,
    tune: createTune(ctx),
    reload: createReload({
      storage,
      cluster,
      mounts,
      restart: setup.restart,
      rules: flavor.rules.reload,
      catalogTypes: catalog.typesOf,
      globalReloads: flavor.features.has("global-reload"),
    }),
    setup,
    cluster,
  };
}

export type Services = ReturnType<typeof createServices>;
