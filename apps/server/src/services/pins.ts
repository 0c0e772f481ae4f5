// Pinned versions (Vault 1.16+, vault/plugincatalog/pin.go and the pin handlers in logical_system.go).
// That a pin names a catalog entry is the storage's invariant, checked inside the transaction.
import type { components } from "@sysplugins/api";
import { DomainError, invalid } from "../domain/errors.js";
import type { PluginType } from "../domain/plugin-type.js";
import type { Storage } from "../ports/storage.js";
import { byteCompare, catalogVersion, isBuiltinVersion } from "./versions.js";

type Pin = components["schemas"]["Pin"];

export function createPins({ storage }: { storage: Storage }) {
  return {
    async get(type: PluginType, name: string): Promise<Pin> {
      const pin = await storage.transact((tx) => tx.pins.get(type, name));
      if (!pin) throw new DomainError("missing", "no pinned version for this plugin");
      return { name: pin.name, type: pin.type, version: pin.version };
    },

    /** Storage order: pinned/<type>/<name>, bytewise. */
    async list(): Promise<Pin[]> {
      const pins = await storage.transact((tx) => tx.pins.list());
      return pins
        .sort((a, b) => byteCompare(`${a.type}/${a.name}`, `${b.type}/${b.name}`))
        .map((pin) => ({ name: pin.name, type: pin.type, version: pin.version }));
    },

    async set(type: PluginType, name: string, versionInput: string | undefined): Promise<void> {
      const version = catalogVersion(versionInput);
      if (!version) throw invalid("missing plugin version");
      if (isBuiltinVersion(version)) throw invalid(`cannot pin a builtin plugin: "${version}"`);
      await storage.transact((tx) => tx.pins.put({ type, name, version }));
    },

    async remove(type: PluginType, name: string): Promise<void> {
      await storage.transact((tx) => tx.pins.delete(type, name));
    },
  };
}

export type Pins = ReturnType<typeof createPins>;
