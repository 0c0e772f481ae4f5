// Pinned versions (Vault 1.16+, vault/plugincatalog/pin.go and the pin handlers in logical_system.go).
import type { PluginType } from "../domain/plugin-type.js";
import { VaultError } from "../http/vault-error.js";
import { catalogKey, type PinRecord, pinKey } from "../store/state.js";
import type { Store } from "../store/store.js";
import { byteCompare, catalogVersion, isBuiltinVersion } from "./versions.js";

export function createPins({ store }: { store: Store }) {
  return {
    get(type: PluginType, name: string): PinRecord | undefined {
      return store.state.pins[pinKey(type, name)];
    },

    /** Storage order: pinned/<type>/<name>, bytewise. */
    list(): PinRecord[] {
      return Object.entries(store.state.pins)
        .sort(([a], [b]) => byteCompare(a, b))
        .map(([, pin]) => ({ name: pin.name, type: pin.type, version: pin.version }));
    },

    async set(type: PluginType, name: string, versionInput: string | undefined): Promise<void> {
      const version = catalogVersion(versionInput);
      if (!version) throw VaultError.badRequest("missing plugin version");
      if (isBuiltinVersion(version)) throw VaultError.badRequest(`cannot pin a builtin plugin: "${version}"`);
      if (!store.state.catalog[catalogKey(type, name, version)]) {
        throw VaultError.badRequest(
          `plugin not found in the catalog; ${type} plugin "${name}" version ${version} does not exist`,
        );
      }
      await store.update((s) => {
        s.pins[pinKey(type, name)] = { name, type, version };
      });
    },

    async remove(type: PluginType, name: string): Promise<void> {
      if (!store.state.pins[pinKey(type, name)]) return;
      await store.update((s) => {
        delete s.pins[pinKey(type, name)];
      });
    },
  };
}

export type Pins = ReturnType<typeof createPins>;
