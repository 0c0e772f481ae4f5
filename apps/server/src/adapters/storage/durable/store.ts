// The store behind the durable adapter: the whole state in memory, persisted as a snapshot (store.json,
// written by DurableJsonFile: atomic, fsynced) plus a journal of the changes since (journal.ts).
//
// A commit applies its change to the state at once, so that the next transaction sees it, and resolves
// once a write that holds it has reached the disk; commits that arrive while a write is in flight share
// the next one. When a write fails (a full disk), the change is undone in memory, with every commit after
// it (they were built on it), before any of them rejects, and the journal is cut back to its last whole
// record: memory and disk are as they were, and no one was told otherwise (state-storage.ts makes reads
// wait for what they saw). A change is therefore visible, to a caller who gets an answer, only once durable.
import { constants } from "node:fs";
import { mkdir, open, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { DomainError } from "../../../domain/errors.js";
import { jsonText } from "../../../domain/json-text.js";
import { applyChange, type Change } from "../change.js";
import { createStateSerializer, emptyState, type State } from "../state.js";
import { lockDataDir } from "./data-dir-lock.js";
import { DurableJsonFile } from "./durable-json-file.js";
import { type Commit, createGroupCommit } from "./group-commit.js";
import { encodeChange, Journal, journalHeader, journalPath } from "./journal.js";
import { loadDataDir } from "./load.js";
import { checkPrivateDir, OPEN_OWN } from "./private-files.js";

export { StoreLockedError } from "./data-dir-lock.js";

export interface Store {
  /** The state, with every commit applied. Change it only through commit(). */
  readonly state: State;
  /** How many writes have reached the disk: concurrent commits share one. */
  readonly flushes: number;
  /** Applies `change` now; resolves once it is durable, rejects (with the change undone) when it is not. */
  commit(change: Change): Promise<void>;
  close(): Promise<void>;
}

/** How the store opens the files it writes: node:fs/promises open, or a test's failing file system. */
export type OpenFile = typeof open;

export interface StoreOptions {
  /** What the start found and dropped or ignored (a torn last record, a leftover journal). */
  onWarning?: (message: string) => void;
  openFile?: OpenFile;
}

interface Pending extends Commit {
  undo: Change;
  text: string;
}

/** Compact once the journal holds this much, or more than the snapshot itself. */
const COMPACT_BYTES = 8 * 1024 * 1024;

async function createJournal(openFile: OpenFile, file: string, n: number): Promise<Journal> {
  const handle = await openFile(file, OPEN_OWN | constants.O_TRUNC, 0o600);
  try {
    await handle.writeFile(journalHeader(n));
    await handle.sync();
  } catch (err) {
    await handle.close();
    throw new Error(`cannot write ${file}: ${(err as Error).message}`);
  }
  const size = Buffer.byteLength(journalHeader(n));
  return new Journal(handle, file, size, size);
}

interface Files {
  dataDir: string;
  openFile: OpenFile;
  serialize: (state: State) => string;
  snapshot: DurableJsonFile<State>;
}

/** Reads the directory (or makes its files, when new) and opens the journal for appending. */
async function openFiles(files: Files, options: StoreOptions): Promise<{ state: State; journal: Journal }> {
  const loaded = await loadDataDir(files.dataDir);
  for (const w of loaded.warnings) options.onWarning?.(w);
  const file = journalPath(files.dataDir, loaded.state.journal);
  if (!loaded.fresh) {
    const handle = await files.openFile(file, "r+");
    return { state: loaded.state, journal: new Journal(handle, file, loaded.goodSize, loaded.fileSize) };
  }
  // The journal first: a crash before store.json leaves a header alone, which reads as a new directory.
  const journal = await createJournal(files.openFile, file, 0);
  await files.snapshot.writeText(files.serialize(emptyState()));
  return { state: loaded.state, journal };
}

/** The write of one batch: appended to the journal, or, once the journal has grown, a new snapshot. */
function createWriter(files: Files, state: State, opened: Journal) {
  let journal = opened;
  let snapshotSize = jsonText(state).length;
  return {
    get journal() {
      return journal;
    },
    async write(batch: Pending[]): Promise<void> {
      const text = batch.map((p) => p.text).join("");
      if (journal.size + text.length < Math.max(COMPACT_BYTES, snapshotSize)) return journal.append(text);
      // The snapshot is taken now, before any await: later commits belong to later writes.
      const next = state.journal + 1;
      const json = files.serialize({ ...state, journal: next });
      const fresh = await createJournal(files.openFile, journalPath(files.dataDir, next), next);
      try {
        await files.snapshot.writeText(json); // names the new journal, which is already on disk
      } catch (err) {
        await fresh.close();
        await rm(`${files.snapshot.file}.tmp`, { force: true }).catch(() => {});
        throw new Error(`cannot write ${files.snapshot.file}: ${(err as Error).message}`);
      }
      state.journal = next;
      await journal.close();
      await rm(journalPath(files.dataDir, next - 1), { force: true });
      journal = fresh;
      snapshotSize = (await stat(files.snapshot.file)).size;
    },
  };
}

export async function openStore(dataDir: string, options: StoreOptions = {}): Promise<Store> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await checkPrivateDir(dataDir);
  const unlock = await lockDataDir(dataDir);
  const openFile = options.openFile ?? open;
  const serialize = createStateSerializer();
  const snapshot = new DurableJsonFile<State>(join(dataDir, "store.json"), serialize, openFile);
  const files = { dataDir, openFile, serialize, snapshot };
  const { state, journal } = await openFiles(files, options).catch(async (err) => {
    await unlock();
    throw err;
  });
  const writer = createWriter(files, state, journal);
  const group = createGroupCommit<Pending>(
    (batch) => writer.write(batch),
    // Undo newest first: each undo puts back what its own change replaced.
    (undone) => {
      for (const p of undone.reverse()) applyChange(state, p.undo);
    },
  );
  let closed = false;
  return {
    state,
    get flushes() {
      return group.flushes;
    },
    commit(change) {
      if (closed) return Promise.reject(new DomainError("unavailable", "the server is shutting down"));
      const text = encodeChange(change);
      const undo = applyChange(state, change);
      return new Promise<void>((resolve, reject) => group.add({ undo, text, resolve, reject }));
    },
    async close() {
      closed = true;
      await group.drain();
      await writer.journal.close();
      await unlock();
    },
  };
}
