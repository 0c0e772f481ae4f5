// The store behind the server: the whole state in memory, persisted as a lowdb snapshot (DurableJsonFile:
// atomic, fsynced) plus a journal of what changed since (journal.ts). Changes are applied in memory at once
// (JavaScript runs one handler at a time, so they are serialised), and update() resolves only once a write
// that includes the change has reached the disk. Requests that arrive while a write is in flight share the
// next write instead of queueing one write each; a write appends only the records that changed.
import { mkdir, open, readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { Low } from "lowdb";
import { DomainError } from "../../../domain/errors.js";
import { createStateSerializer, emptyState, type State } from "../state.js";
import { DurableJsonFile } from "./durable-json-file.js";
import { createGroupCommit } from "./group-commit.js";
import { createDiff, Journal, journalPath, replay } from "./journal.js";

export interface Store {
  /** The current state. Read it freely; change it only inside update(). */
  readonly state: State;
  /** Increases with every change, for caches of derived data. */
  readonly generation: number;
  /** How many writes have reached the disk: concurrent changes share one. */
  readonly flushes: number;
  /** Applies `mutate` (which must validate before it changes anything), then waits until it is durable. */
  update<T>(mutate: (state: State) => T): Promise<T>;
  close(): Promise<void>;
}

export class StoreLockedError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** One process per data directory: a second lowdb on the same file would overwrite the first's writes. */
async function lock(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, "LOCK");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const pid = Number((await readFile(path, "utf8").catch(() => "")).trim());
      if (pid && isAlive(pid)) {
        throw new StoreLockedError(`data directory ${dataDir} is in use by process ${pid}`);
      }
      await rm(path, { force: true });
    }
  }
  throw new StoreLockedError(`cannot lock data directory ${dataDir}`);
}

/** Compact once the journal holds this much, or more than the snapshot itself. */
const COMPACT_BYTES = 8 * 1024 * 1024;

/** Reads the snapshot and replays its journal; a journal a crash left behind that no snapshot names goes. */
async function readFiles(dataDir: string, snapshot: string): Promise<{ db: Low<State>; journal: Journal }> {
  const db = new Low<State>(new DurableJsonFile<State>(snapshot, createStateSerializer()), emptyState());
  await db.read();
  db.data.journal ??= 0;
  const journalSize = await replay(journalPath(dataDir, db.data.journal), db.data);
  await Journal.remove(journalPath(dataDir, db.data.journal + 1));
  return { db, journal: await Journal.open(journalPath(dataDir, db.data.journal), journalSize) };
}

export async function openStore(dataDir: string): Promise<Store> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const unlock = await lock(dataDir);
  const snapshot = join(dataDir, "store.json");
  const { db, journal: opened } = await readFiles(dataDir, snapshot).catch(async (err: Error) => {
    await unlock();
    throw new Error(`cannot read ${snapshot}: ${err.message}`);
  });
  let journal = opened;
  const state = db.data;
  const diff = createDiff(state);
  let snapshotSize = JSON.stringify(state).length;

  /** Writes what changed: appended to the journal, or, when the journal has grown, a new snapshot. */
  async function write(): Promise<void> {
    const lines = diff();
    if (lines.length === 0) return;
    if (journal.size < Math.max(COMPACT_BYTES, snapshotSize)) {
      await journal.append(lines);
      return;
    }
    const next = state.journal + 1;
    const fresh = await Journal.open(journalPath(dataDir, next), 0);
    await fresh.append([]); // on disk before the snapshot names it
    state.journal = next;
    try {
      await db.write();
    } catch (err) {
      state.journal = next - 1;
      await fresh.close();
      throw err;
    }
    await journal.close();
    await Journal.remove(journalPath(dataDir, next - 1));
    journal = fresh;
    journal.size = 0;
    snapshotSize = (await stat(snapshot)).size;
  }

  let generation = 0;
  let closed = false;
  const commits = createGroupCommit(write);

  return {
    state,
    get generation() {
      return generation;
    },
    get flushes() {
      return commits.flushes;
    },
    async update<T>(mutate: (s: State) => T): Promise<T> {
      if (closed) throw new DomainError("unavailable", "the server is shutting down");
      const result = mutate(state);
      generation++;
      await commits.flush();
      return result;
    },
    async close() {
      closed = true;
      await commits.drain();
      await journal.close();
      await unlock();
    },
  };
}
