// What real OpenBao reports missing to the suite (measured on bao server -dev 2.6.1 to 2.7.2): no pins, no
// reload by type, no reload status, no global reload. Our server in the OpenBao flavour must report the same.
import type { Capability } from "./engine.js";

export const openBaoCapabilities: Record<Capability, boolean> = {
  write: true,
  plugin: true,
  pins: false,
  reloadByType: false,
  reloadStatus: false,
  globalReload: false,
  databasePlugin: true,
};
