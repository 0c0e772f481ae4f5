// What the mount services share: the ports and the selection rules over them.
import type { Flavor } from "../../ports/flavor.js";
import type { PluginRuntime } from "../../ports/runtime.js";
import type { Storage } from "../../ports/storage.js";
import { createLookup, type Lookup } from "../catalog/lookup.js";
import { createPluginSelection, type PluginSelection } from "./plugin-selection.js";

export interface MountsDeps {
  storage: Storage;
  runtime: PluginRuntime;
  flavor: Flavor;
}

export interface MountsContext extends MountsDeps {
  lookup: Lookup;
  selection: PluginSelection;
}

export function mountsContext(deps: MountsDeps): MountsContext {
  const lookup = createLookup(deps.flavor);
  return { ...deps, lookup, selection: createPluginSelection(deps.flavor, lookup) };
}
