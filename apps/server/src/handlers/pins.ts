// HTTP for pinned versions.
import { handler } from "../http/contract-types.js";
import type { Pins } from "../services/pins.js";

export function pinHandlers(pins: Pins) {
  return {
    list: handler("plugins-catalog-pins-list-pinned-versions", async () => ({
      data: { pinned_versions: await pins.list() },
    })),
    read: handler("plugins-catalog-pins-read-pinned-version", async ({ path }) => ({
      data: await pins.get(path.type, path.name),
    })),
    set: handler("plugins-catalog-pins-create-pinned-version", async ({ path, body }) => {
      await pins.set(path.type, path.name, body.version);
      return { data: null };
    }),
    remove: handler("plugins-catalog-pins-remove-pinned-version", async ({ path }) => {
      await pins.remove(path.type, path.name);
      return { data: null };
    }),
  };
}
