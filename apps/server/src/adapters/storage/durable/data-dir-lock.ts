// One process per data directory: a second store on the same files would overwrite the first's writes.
// The lock is an exclusive fcntl lock (an open file description lock, F_OFD_SETLK) on LOCK, held by an
// open descriptor, so the kernel releases it whenever the holder dies, kill -9 included, and no PID is
// ever compared (a restarted container's PID 1 used to find "process 1", itself, alive and refuse).
// Node has no such lock in core; fs-native-extensions (Holepunch) ships it prebuilt for every platform.
import { open } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { OPEN_OWN } from "./private-files.js";

const { tryLock } = createRequire(import.meta.url)("fs-native-extensions") as {
  tryLock(fd: number): boolean;
};

export class StoreLockedError extends Error {}

/** Takes the lock; resolves with the function that releases it. Never deletes the file. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, "LOCK");
  const handle = await open(path, OPEN_OWN, 0o600);
  let locked = false;
  try {
    locked = tryLock(handle.fd);
  } finally {
    if (!locked) await handle.close();
  }
  if (!locked) {
    throw new StoreLockedError(`data directory ${dataDir} is in use by another process (it holds ${path})`);
  }
  // For people: who holds it. The lock, not this text, is what counts.
  await handle.truncate(0);
  await handle.write(`${process.pid}\n`);
  return () => handle.close();
}
