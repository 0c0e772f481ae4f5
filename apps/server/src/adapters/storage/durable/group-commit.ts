// Group commit: changes that arrive while a write is in flight share the next write, instead of queueing
// one write each. flush() resolves once a write that started after the call has reached the disk.
interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
  reject: (err: unknown) => void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export function createGroupCommit(write: () => Promise<void>) {
  let flushes = 0;
  let writing = false;
  let next: Deferred | null = null;

  function startWrite(): void {
    const batch = next as Deferred;
    next = null;
    writing = true;
    write()
      .then(() => {
        flushes++;
        batch.resolve();
      }, batch.reject)
      .finally(() => {
        writing = false;
        if (next) startWrite();
      });
  }

  return {
    /** How many writes have reached the disk. */
    get flushes() {
      return flushes;
    },
    flush(): Promise<void> {
      if (!next) {
        next = deferred();
        const batch = next;
        // Let requests that arrive in this turn of the event loop join the same write.
        if (!writing) setImmediate(() => !writing && next === batch && startWrite());
      }
      return next.promise;
    },
    /** Waits until no write is pending or in flight (failures included). */
    async drain(): Promise<void> {
      while (writing || next) await (next?.promise ?? new Promise((r) => setImmediate(r))).catch(() => {});
    },
  };
}
