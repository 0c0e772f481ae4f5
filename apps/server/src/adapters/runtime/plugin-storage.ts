// An external plugin's logical.Storage over the storage port: its entries under the mount's uuid, each
// call one transaction (as Vault's barrier view is one storage call each), List answering the keys one
// level under the prefix, folders with a trailing "/" (physical.Backend List).

import { byteCompare } from "../../domain/versions.js";
import type { PluginEntryRepository, Storage } from "../../ports/storage.js";

export interface StoredEntry {
  key: string;
  value: Uint8Array;
  sealWrap?: boolean;
}

/** The names one level under `prefix` among whole keys: "a/b" under "" is "a/". Sorted bytewise. */
export function childrenOf(keys: readonly string[], prefix: string): string[] {
  const out = new Set<string>();
  for (const key of keys) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    const slash = rest.indexOf("/");
    out.add(slash === -1 ? rest : rest.slice(0, slash + 1));
  }
  return [...out].sort(byteCompare);
}

export function pluginStorage(storage: Storage, mount: string) {
  const run = <T>(fn: (entries: PluginEntryRepository) => Promise<T>) =>
    storage.transact((tx) => fn(tx.entries));
  return {
    list: async (prefix: string) => childrenOf(await run((e) => e.keys(mount, prefix)), prefix),
    async get(key: string): Promise<StoredEntry | undefined> {
      const record = await run((e) => e.get(mount, key));
      return record && { key, value: Buffer.from(record.value, "base64"), sealWrap: record.seal_wrap };
    },
    async put(entry: StoredEntry): Promise<void> {
      const value = Buffer.from(entry.value.buffer, entry.value.byteOffset, entry.value.byteLength);
      await run((e) =>
        e.put(mount, entry.key, { value: value.toString("base64"), seal_wrap: !!entry.sealWrap }),
      );
    },
    async delete(key: string): Promise<void> {
      await run((e) => e.delete(mount, key));
    },
  };
}
