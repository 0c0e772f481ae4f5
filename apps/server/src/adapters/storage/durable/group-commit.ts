// Group commit: commits that arrive while a write is in flight share the next write, instead of queueing
// one write each. A write that fails rejects its commits and every commit queued since (they were built
// on it), after `undo` has been handed all of them, oldest first, before anyone hears of it.
export interface Commit {
  resolve(): void;
  reject(err: unknown): void;
}

export function createGroupCommit<C extends Commit>(
  write: (batch: C[]) => Promise<void>,
  undo: (commits: C[]) => void,
) {
  let flushes = 0;
  let writing: Promise<void> | undefined;
  let queued: C[] = [];

  function startWrite(): void {
    const batch = queued;
    queued = [];
    writing = write(batch).then(
      () => {
        flushes++;
        for (const c of batch) c.resolve();
      },
      (err) => {
        const undone = [...batch, ...queued];
        queued = [];
        undo(undone);
        for (const c of undone) c.reject(err);
      },
    );
    void writing.finally(() => {
      writing = undefined;
      if (queued.length > 0) startWrite();
    });
  }

  return {
    /** How many writes have reached the disk. */
    get flushes() {
      return flushes;
    },
    add(commit: C): void {
      queued.push(commit);
      // Let commits that arrive in this turn of the event loop join the same write.
      if (queued.length === 1 && !writing) setImmediate(() => !writing && queued.length > 0 && startWrite());
    },
    /** Waits until no write is queued or in flight (failures included). */
    async drain(): Promise<void> {
      while (writing || queued.length > 0) await (writing ?? new Promise((r) => setImmediate(r)));
    },
  };
}
