// The durable adapter of the storage port, the server's default: the state in memory, persisted by the
// lowdb snapshot and journal of store.ts, one process per data directory.
import type { Storage } from "../../../ports/storage.js";
import { createStateStorage } from "../state-storage.js";
import { openStore } from "./store.js";

export async function openDurableStorage(dataDir: string): Promise<Storage> {
  const store = await openStore(dataDir);
  return createStateStorage(
    store.state,
    async (apply) => {
      await store.update(apply);
    },
    () => store.close(),
  );
}
