// The flavours main.ts can pick, by product name (--flavor). Each takes the product version to emulate,
// or uses its own default.
import type { Flavor } from "../../ports/flavor.js";
import { createOpenBaoFlavor } from "./openbao.js";
import { createVaultFlavor } from "./vault.js";

export { UnknownReleaseError } from "./releases.js";

export const flavors: Record<string, (version?: string) => Flavor> = {
  vault: createVaultFlavor,
  openbao: createOpenBaoFlavor,
};

/** The flavour of a server started without --flavor. */
export const defaultFlavor = "vault";

/**
 * The flavour named (or the default), at the version given (or its default); undefined for an unknown name.
 * A release the flavour has no facts for throws UnknownReleaseError (releases.ts).
 */
export const pickFlavor = (name: string | undefined, version: string | undefined): Flavor | undefined =>
  flavors[name ?? defaultFlavor]?.(version);
