// The durable adapter of the storage port, the server's default: the state in memory, persisted by the
// snapshot and journal of store.ts, one process per data directory. Its contract, beyond the port's: a
// change is visible only once it is durable, a write that fails leaves memory and disk as they were, and
// the directory opens again after any crash or full disk (docs/RELIABILITY.md).
import type { Storage } from "../../../ports/storage.js";
import { createStateStorage } from "../state-storage.js";
import { openStore, type StoreOptions } from "./store.js";

export async function openDurableStorage(dataDir: string, options: StoreOptions = {}): Promise<Storage> {
  const store = await openStore(dataDir, options);
  return createStateStorage(
    store.state,
    (change) => store.commit(change),
    () => store.close(),
  );
}
