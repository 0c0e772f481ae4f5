// The flavours main.ts can pick, by product name.
import type { Flavor } from "../../ports/flavor.js";
import { createVaultFlavor } from "./vault.js";

export const flavors: Record<string, (version: string) => Flavor> = {
  vault: createVaultFlavor,
};
