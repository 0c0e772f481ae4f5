export { BAO_VERSION, type BaoLookup, baoMissing, findBao } from "./find.js";
export { type BaoServer, freePort, type StartOptions, startBao } from "./server.js";
export { type BaoWithPlugins, startBaoWithPlugins } from "./with-plugins.js";
