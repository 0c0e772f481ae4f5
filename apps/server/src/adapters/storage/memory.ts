// The in-memory adapter of the storage port, for tests and throwaway servers: nothing is persisted.
import type { Storage } from "../../ports/storage.js";
import { applyChange } from "./change.js";
import { emptyState } from "./state.js";
import { createStateStorage } from "./state-storage.js";

export function createMemoryStorage(): Storage {
  const state = emptyState();
  return createStateStorage(
    state,
    async (change) => {
      applyChange(state, change);
    },
    async () => {},
  );
}
