// Work on one database connection runs one piece at a time on this node: a write, a reset, a reload's
// restart, a first read's start, a delete and sync's stop each see the effects of the one before, so two
// writes cannot both build on the same stored record (one change lost), and a restart cannot start a
// version read before a write that ran in between (configured ≠ running).

/** Runs work for a key after the work queued earlier for the same key; keys do not wait for each other. */
export function createKeyedQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return async function queued<T>(key: string, work: () => Promise<T>): Promise<T> {
    const result = (tails.get(key) ?? Promise.resolve()).then(work);
    const tail = result.catch(() => {});
    tails.set(key, tail);
    try {
      return await result;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}
