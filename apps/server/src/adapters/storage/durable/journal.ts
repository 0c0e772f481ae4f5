// The journal: between snapshots, each write appends only what changed, one JSON line per record
// ({"t":"catalog","k":key,"v":record}, or "d":true for a removal, or the whole reloads list), and is
// fdatasync'ed. Opening replays the snapshot's journal over the snapshot. Compaction writes a new snapshot
// that names a new, empty journal, so a crash at any step leaves a snapshot and exactly the journal that
// belongs to it: records are never replayed over a newer snapshot.
import { type FileHandle, open, readFile, rm, truncate } from "node:fs/promises";
import type { State } from "../state.js";

type Table = "catalog" | "pins" | "mounts";
const tables: Table[] = ["catalog", "pins", "mounts"];

export type JournalOp =
  | { t: Table; k: string; v: unknown }
  | { t: Table; k: string; d: true }
  | { t: "reloads"; v: State["reloads"] };

export const journalPath = (dir: string, n: number) => `${dir}/journal.${n}`;

/** Applies the journal's complete lines to `state`; cuts off a torn last line (a write never acknowledged). */
export async function replay(path: string, state: State): Promise<number> {
  let text: string;
  try {
    text = await readFile(path, "latin1");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw err;
  }
  const complete = text.lastIndexOf("\n") + 1;
  if (complete < text.length) await truncate(path, complete);
  const bytes = Buffer.from(text.slice(0, complete), "latin1").toString("utf8");
  for (const line of bytes.split("\n")) {
    if (!line) continue;
    const op = JSON.parse(line) as JournalOp;
    if (op.t === "reloads") state.reloads = op.v;
    else if ("d" in op) delete (state[op.t] as Record<string, unknown>)[op.k];
    else (state[op.t] as Record<string, unknown>)[op.k] = op.v;
  }
  return complete;
}

/**
 * What changed since the last call, as journal lines. The catalog, which can hold tens of thousands of
 * records, is watched: `state.catalog` becomes a proxy that notes each key set or deleted, so a write costs
 * what changed, not the catalog's size. Pins, mounts and reloads, which are few, are compared by their JSON
 * (mount records are edited in place).
 */
export function createDiff(state: State) {
  const dirty = new Set<string>();
  state.catalog = new Proxy(state.catalog, {
    set(target, key, value) {
      if (typeof key === "string") dirty.add(key);
      return Reflect.set(target, key, value);
    },
    deleteProperty(target, key) {
      if (typeof key === "string") dirty.add(key);
      return Reflect.deleteProperty(target, key);
    },
  });
  const json = { pins: new Map<string, string>(), mounts: new Map<string, string>() };
  for (const t of ["pins", "mounts"] as const) {
    for (const [k, v] of Object.entries(state[t])) json[t].set(k, JSON.stringify(v));
  }
  let reloads = JSON.stringify(state.reloads);

  return (): string[] => {
    const lines: string[] = [];
    for (const k of dirty) {
      const v = state.catalog[k];
      lines.push(
        v === undefined
          ? JSON.stringify({ t: "catalog", k, d: true })
          : `{"t":"catalog","k":${JSON.stringify(k)},"v":${JSON.stringify(v)}}`,
      );
    }
    dirty.clear();
    for (const t of ["pins", "mounts"] as const) {
      const seen = json[t];
      for (const k in state[t]) {
        const text = JSON.stringify(state[t][k]);
        if (seen.get(k) !== text) {
          seen.set(k, text);
          lines.push(`{"t":"${t}","k":${JSON.stringify(k)},"v":${text}}`);
        }
      }
      for (const k of seen.keys()) {
        if (!(k in state[t])) {
          seen.delete(k);
          lines.push(JSON.stringify({ t, k, d: true }));
        }
      }
    }
    const r = JSON.stringify(state.reloads);
    if (r !== reloads) {
      reloads = r;
      lines.push(`{"t":"reloads","v":${r}}`);
    }
    return lines;
  };
}

export class Journal {
  private constructor(
    private handle: FileHandle,
    public size: number,
  ) {}

  static async open(path: string, size: number): Promise<Journal> {
    return new Journal(await open(path, "a", 0o600), size);
  }

  /** Appends lines and waits until they are on disk. */
  async append(lines: string[]): Promise<void> {
    const text = `${lines.join("\n")}\n`;
    await this.handle.write(text);
    await this.handle.datasync();
    this.size += Buffer.byteLength(text);
  }

  async close(): Promise<void> {
    await this.handle.close();
  }

  static remove(path: string): Promise<void> {
    return rm(path, { force: true });
  }
}

export { tables };
