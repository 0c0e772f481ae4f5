// A lowdb adapter whose writes are atomic and durable: the JSON goes to a temporary file, is fsynced, then
// renamed over the data file, and the directory is fsynced so that the rename itself survives a crash.
// A crash at any point leaves either the old file or the new one, never a truncated one.
import { open, readFile, rename } from "node:fs/promises";
import { dirname } from "node:path";
import type { Adapter } from "lowdb";
import { jsonText } from "../../../domain/json-text.js";
import { CREATE_EXCLUSIVE, clearTemporary } from "./private-files.js";

export class DurableJsonFile<T> implements Adapter<T> {
  readonly file: string;
  private readonly tmp: string;
  private readonly serialize: (data: T) => string;

  constructor(
    file: string,
    serialize: (data: T) => string = (data) => jsonText(data),
    private readonly openFile: typeof open = open,
  ) {
    this.file = file;
    this.tmp = `${file}.tmp`;
    this.serialize = serialize;
  }

  async read(): Promise<T | null> {
    // A temporary file left by a crash was never renamed into place: it holds nothing acknowledged, and
    // the next write replaces it.
    let text: string;
    try {
      text = await readFile(this.file, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw err;
    }
    return JSON.parse(text) as T;
  }

  /** Snapshots `data` synchronously, before the first await: later changes belong to the next write. */
  write(data: T): Promise<void> {
    const text = this.serialize(data);
    return this.writeText(text);
  }

  /** Writes JSON already serialised. */
  async writeText(text: string): Promise<void> {
    // Whatever is at the temporary name (a crash's leftover, a planted symlink) goes; the file is new.
    await clearTemporary(this.tmp);
    const handle = await this.openFile(this.tmp, CREATE_EXCLUSIVE, 0o600);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(this.tmp, this.file);
    const dir = await open(dirname(this.file), "r");
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }
}
