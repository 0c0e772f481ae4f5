// Reading a data directory at start: store.json (the snapshot) and the journal it names. Reading changes
// nothing and deletes nothing: a file that does not read as it should stops the start with the file, the
// offset and what to do (journal.ts DataFileError). The one thing dropped is a torn last record, which no
// write acknowledged; it is cut off by the next append, not here.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { emptyState, type State } from "../state.js";
import { checkSnapshot } from "./check-records.js";
import { DataFileError, journalHeader, journalPath, replayJournal } from "./journal.js";

export interface Loaded {
  state: State;
  /** Nothing on disk yet (or only what a crash during the first start left): the files are to be made. */
  fresh: boolean;
  goodSize: number;
  fileSize: number;
  warnings: string[];
}

const ENOENT = (err: unknown) => (err as NodeJS.ErrnoException).code === "ENOENT";
const readIfThere = (file: string) =>
  readFile(file).catch((err) => (ENOENT(err) ? undefined : Promise.reject(err)));

function parseSnapshot(file: string, text: string): State {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const at = /position (\d+)/.exec((err as Error).message)?.[1];
    throw new DataFileError(
      file,
      at ? `offset ${at}` : "its content",
      `not JSON (${(err as Error).message})`,
      restoreSnapshot,
    );
  }
  const state = checkSnapshot(data);
  if (typeof state === "string") throw new DataFileError(file, "its content", state, restoreSnapshot);
  return state;
}

const restoreSnapshot =
  "Restore store.json from a backup (store.json.tmp, if there, is a newer snapshot a crash left unfinished: do not use it).";

export async function loadDataDir(dir: string): Promise<Loaded> {
  const snapshotFile = join(dir, "store.json");
  const text = await readIfThere(snapshotFile);
  if (text === undefined) return loadWithoutSnapshot(dir, snapshotFile);
  const state = parseSnapshot(snapshotFile, text.toString("utf8"));
  const file = journalPath(dir, state.journal);
  const bytes = await readIfThere(file);
  if (bytes === undefined) {
    throw new DataFileError(
      file,
      "offset 0",
      "missing, but store.json names it",
      "Restore it from a backup; or, to start from the snapshot alone (the records written since it are then lost), create it holding the line " +
        `${journalHeader(state.journal).trim()}.`,
    );
  }
  const read = replayJournal(file, state.journal, bytes, state, false);
  const leftover = journalPath(dir, state.journal + 1);
  if ((await readIfThere(leftover)) !== undefined)
    read.warnings.push(
      `${leftover}: left by a compaction a crash interrupted; ignored, and replaced at the next one`,
    );
  return { state, fresh: false, ...read };
}

/** No store.json: a new directory, or one an older version wrote before its first compaction. */
async function loadWithoutSnapshot(dir: string, snapshotFile: string): Promise<Loaded> {
  const journals = (await readdir(dir)).filter((name) => /^journal\.\d+$/.test(name));
  const first =
    journals.length === 1 && journals[0] === "journal.0" ? await readFile(journalPath(dir, 0)) : undefined;
  const nothing = { state: emptyState(), fresh: true, goodSize: 0, fileSize: 0, warnings: [] };
  if (journals.length === 0) return nothing;
  // The first start writes journal.0's header, then store.json: a crash in between leaves only the header.
  if (first && first.toString("utf8") === journalHeader(0)) return nothing;
  if (first && !first.toString("utf8").startsWith(journalHeader(0))) {
    const state = emptyState();
    return { state, fresh: false, ...replayJournal(journalPath(dir, 0), 0, first, state, true) };
  }
  throw new DataFileError(
    snapshotFile,
    "offset 0",
    `missing, but ${journals.sort().join(", ")} ${journals.length === 1 ? "is" : "are"} there: the snapshot the journal belongs to is lost`,
    "Restore store.json from a backup. To start empty instead, move the journal files away.",
  );
}
