// The journal: between snapshots, each write appends what it changed, one JSON line per record
// ({"t":"catalog","k":key,"v":record}, or "d":true for a removal, or the whole reloads list), after a
// first line that names the journal ({"journal":N}), and is fdatasync'ed. Opening replays the snapshot's
// journal over the snapshot. Compaction writes a new snapshot that names a new journal, so a crash at any
// step leaves a snapshot and exactly the journal that belongs to it.
//
// An append is all or nothing: a write cut short (a full disk) is cut off again before the error is
// reported, so a torn record can only ever be the last bytes of the file, left by a crash, and it was
// never acknowledged. Journals of older versions have no first line (journal.0) or an empty one.
import type { FileHandle } from "node:fs/promises";
import { jsonText } from "../../../domain/json-text.js";
import { type Change, tables } from "../change.js";
import type { State } from "../state.js";
import { checkOp, type JournalOp } from "./check-records.js";

export const journalPath = (dir: string, n: number) => `${dir}/journal.${n}`;
export const journalHeader = (n: number) => `{"journal":${n}}\n`;

/** The journal lines of a change, in one string ending with a newline ("" for no change). */
export function encodeChange(change: Change): string {
  let out = "";
  for (const t of tables) {
    for (const [k, v] of change[t] as ReadonlyMap<string, unknown>) {
      out +=
        v === null
          ? `{"t":"${t}","k":${JSON.stringify(k)},"d":true}\n`
          : `{"t":"${t}","k":${JSON.stringify(k)},"v":${jsonText(v)}}\n`;
    }
  }
  if (change.reloads) out += `{"t":"reloads","v":${jsonText(change.reloads)}}\n`;
  return out;
}

export function applyOp(state: State, op: JournalOp): void {
  if (op.t === "reloads") state.reloads = op.v;
  else if ("d" in op) delete (state[op.t] as Record<string, unknown>)[op.k];
  else (state[op.t] as Record<string, unknown>)[op.k] = op.v;
}

/** A data file that cannot be read as it is: where, what, and what the operator can do. */
export class DataFileError extends Error {
  constructor(file: string, where: string, what: string, todo: string) {
    super(`${file}: ${where}: ${what}. ${todo} Nothing was changed.`);
  }
}

export interface ReadJournal {
  /** Bytes up to the end of the last complete record: where the next append goes. */
  goodSize: number;
  /** The file's size; more than goodSize when a crash left a torn last record. */
  fileSize: number;
  warnings: string[];
}

const parseLine = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * A line that an older version wrote after an append cut short by a full disk: the torn prefix of the
 * failed record, then a whole record. Returns the whole record, or undefined.
 */
function afterTornPrefix(text: string): JournalOp | undefined {
  if (!text.startsWith('{"t":"')) return undefined;
  for (let at = text.indexOf('{"t":"', 1); at > 0; at = text.indexOf('{"t":"', at + 1)) {
    const op = checkOp(parseLine(text.slice(at)));
    if (typeof op !== "string") return op;
  }
  return undefined;
}

/**
 * Replays the journal `bytes` (the file `file`, number `n`) over `state`. Refuses, with the offset, a
 * record that does not read; drops a torn last record (no newline after it) that looks like the start
 * of one. `legacy`: there is no store.json, as with an older version before its first compaction; the
 * journal may then be empty and begin with a record.
 */
export function replayJournal(
  file: string,
  n: number,
  bytes: Buffer,
  state: State,
  legacy: boolean,
): ReadJournal {
  const warnings: string[] = [];
  const restore =
    "Restore the file from a backup, or move it away to start from the snapshot alone (the records written since the snapshot are then lost).";
  if (bytes.length === 0 && !legacy)
    throw new DataFileError(
      file,
      "offset 0",
      `the journal is empty, but it must begin with ${journalHeader(n).trim()}: it was emptied or truncated`,
      restore,
    );
  let offset = 0;
  let line = 0;
  for (;;) {
    const end = bytes.indexOf(0x0a, offset);
    if (end === -1) break;
    const text = bytes.toString("utf8", offset, end);
    if (line === 0 && (text === "" || text === journalHeader(n).trim())) {
      // The header, or the empty first line of a journal an older version's compaction began.
    } else if (line === 0 && !legacy) {
      throw new DataFileError(
        file,
        "offset 0",
        `the first line is not ${journalHeader(n).trim()}`,
        `This is not the journal that store.json names, or its start was overwritten. ${restore}`,
      );
    } else {
      const read = checkOp(parseLine(text));
      if (typeof read !== "string") applyOp(state, read);
      else {
        const recovered = afterTornPrefix(text);
        if (!recovered)
          throw new DataFileError(
            file,
            `offset ${offset}`,
            `record ${line + 1} does not read (${read})`,
            `If the record can be repaired, repair it; else ${restore.charAt(0).toLowerCase()}${restore.slice(1)}`,
          );
        applyOp(state, recovered);
        warnings.push(
          `${file}: offset ${offset}: dropped a torn record that an older version left before a whole one`,
        );
      }
    }
    offset = end + 1;
    line++;
  }
  if (offset < bytes.length) {
    const tail = bytes.subarray(offset);
    if (tail[0] !== 0x7b || tail.includes(0)) {
      throw new DataFileError(
        file,
        `offset ${offset}`,
        `${tail.length} bytes that are not a record (${tail.includes(0) ? "zero bytes" : "no record starts there"})`,
        `If the machine lost power, they are a write that was never acknowledged: cut them off with \`truncate -s ${offset} ${file}\`. Otherwise restore the file from a backup.`,
      );
    }
    warnings.push(
      `${file}: offset ${offset}: ${tail.length} bytes of a record a crash cut short (never acknowledged) are ignored, and cut off at the next write`,
    );
  }
  return { goodSize: offset, fileSize: bytes.length, warnings };
}

/** The open journal: appends that are whole or not there at all. */
export class Journal {
  /** Why the journal takes no more appends: a failed append could not be cut off again. */
  private broken: Error | undefined;

  constructor(
    private readonly handle: FileHandle,
    readonly file: string,
    /** Bytes up to the end of the last acknowledged record. */
    public size: number,
    /** The file's real size: more than `size` after a crash, until the next append cuts it back. */
    private fileSize: number,
  ) {}

  /** Appends `text` (whole lines) and waits until it is on disk; on failure the file is as it was. */
  async append(text: string): Promise<void> {
    if (this.broken) throw this.broken;
    const bytes = Buffer.from(text);
    try {
      if (this.fileSize !== this.size) {
        await this.handle.truncate(this.size);
        this.fileSize = this.size;
      }
      for (let done = 0; done < bytes.length; ) {
        const { bytesWritten } = await this.handle.write(bytes, done, bytes.length - done, this.size + done);
        done += bytesWritten;
        this.fileSize = this.size + done;
      }
      await this.handle.datasync();
    } catch (err) {
      await this.cutBack();
      throw new Error(`cannot write ${this.file}: ${(err as Error).message}`);
    }
    this.size += bytes.length;
    this.fileSize = this.size;
  }

  private async cutBack(): Promise<void> {
    try {
      await this.handle.truncate(this.size);
      await this.handle.datasync();
      this.fileSize = this.size;
    } catch (err) {
      this.broken = new Error(
        `cannot cut ${this.file} back to ${this.size} bytes after a failed write (${(err as Error).message}); restart the server`,
      );
    }
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}
