import type { HostStorage, StorageEntry } from "../types.js";

/** An in-memory HostStorage, as a mount's storage view would be: keys relative to the mount. */
export class MemoryStorage implements HostStorage {
  readonly entries = new Map<string, StorageEntry>();

  async list(prefix: string): Promise<string[]> {
    const out = new Set<string>();
    for (const key of this.entries.keys()) {
      if (!key.startsWith(prefix)) continue;
      const rest = key.slice(prefix.length);
      const slash = rest.indexOf("/");
      out.add(slash === -1 ? rest : rest.slice(0, slash + 1));
    }
    return [...out].sort();
  }

  async get(key: string): Promise<StorageEntry | undefined> {
    return this.entries.get(key);
  }

  async put(entry: StorageEntry): Promise<void> {
    this.entries.set(entry.key, { ...entry, value: new Uint8Array(entry.value) });
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  text(key: string): string | undefined {
    const entry = this.entries.get(key);
    return entry ? Buffer.from(entry.value).toString("utf8") : undefined;
  }
}
