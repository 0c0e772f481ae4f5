// Damaged data files, as the program meets them at start. A torn last record (a write that a crash cut
// short, never acknowledged) is dropped; anything else is refused with the file, the offset and what to do.
// Nothing in the data directory is changed or deleted by a start, whether it is refused or not.
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRefusal, type Program, startProgram } from "../testing/program.js";

const token = "damaged-files-token";
let root: string;
let pristine: string;
let pluginDir: string;
let sha: string;

const args = (dataDir: string) => ["--data-dir", dataDir, "--plugin-directory", pluginDir];
const env = { SYSPLUGINS_ROOT_TOKEN: token };

async function call(p: Program, method: string, path: string, body?: unknown) {
  const r = await fetch(`${p.url}/v1/${path}`, {
    method,
    headers: { "X-Vault-Token": token, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  return { status: r.status, json: text ? JSON.parse(text) : undefined };
}

async function versions(p: Program): Promise<string[]> {
  const list = await call(p, "GET", "sys/plugins/catalog");
  return (list.json.data.detailed as { name: string; version: string }[])
    .filter((d) => d.name === "damaged")
    .map((d) => d.version)
    .sort();
}

/** Every file of a directory with its SHA-256: what a start must leave as it was. */
async function contents(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    if (name === "LOCK") continue;
    out[name] = createHash("sha256")
      .update(await readFile(join(dir, name)))
      .digest("hex");
  }
  return out;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sysplugins-damaged-"));
  pluginDir = join(root, "plugins");
  pristine = join(root, "pristine");
  await mkdir(pluginDir);
  const content = "#!/bin/sh\n";
  await writeFile(join(pluginDir, "damaged"), content, { mode: 0o755 });
  sha = createHash("sha256").update(content).digest("hex");
  const p = await startProgram(args(pristine), env);
  if (isRefusal(p)) throw new Error(p.output);
  for (const version of ["1.0.0", "2.0.0", "3.0.0"]) {
    const r = await call(p, "POST", "sys/plugins/catalog/secret/damaged", {
      sha256: sha,
      command: "damaged",
      version,
    });
    expect(r.status).toBe(204);
  }
  expect(await p.stop()).toBe(0);
});
afterAll(() => rm(root, { recursive: true, force: true }));

let n = 0;
async function damagedCopy(damage: (dir: string, journal: string) => Promise<void>): Promise<string> {
  const dir = join(root, `case-${n++}`);
  await cp(pristine, dir, { recursive: true });
  await rm(join(dir, "LOCK"), { force: true });
  await damage(dir, join(dir, "journal.0"));
  return dir;
}

/** The journal's lines with the offset each starts at. */
async function lines(journal: string): Promise<{ offset: number; text: string }[]> {
  const text = await readFile(journal, "utf8");
  const out: { offset: number; text: string }[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    out.push({ offset, text: line });
    offset += Buffer.byteLength(line) + 1;
  }
  return out;
}

const catalogLine = async (journal: string, version: string) => {
  const line = (await lines(journal)).find((l) => l.text.includes(`"version":"v${version}"`));
  if (!line) throw new Error(`no journal line for ${version}`);
  return line;
};

describe("a damaged data directory", () => {
  it.each([
    [
      "a torn last record",
      async (_: string, journal: string) => {
        const { appendFile } = await import("node:fs/promises");
        await appendFile(journal, '{"t":"catalog","k":"secret/v9.0.0/damaged","v":{"na');
      },
      ["v1.0.0", "v2.0.0", "v3.0.0"],
    ],
    [
      "a journal cut in its last record",
      async (_: string, journal: string) => {
        const last = await catalogLine(journal, "3.0.0");
        await truncate(journal, last.offset + 20);
      },
      ["v1.0.0", "v2.0.0"],
    ],
  ])("%s: starts without it, keeps the rest, and changes no file", async (_, damage, expected) => {
    const dir = await damagedCopy(damage);
    const before = await contents(dir);
    const p = await startProgram(args(dir), env);
    if (isRefusal(p)) throw new Error(`refused: ${p.output}`);
    try {
      expect(await versions(p)).toEqual(expected);
      expect(await contents(dir)).toEqual(before);
      // Writing after it works, and survives a restart.
      const r = await call(p, "POST", "sys/plugins/catalog/secret/damaged", {
        sha256: sha,
        command: "damaged",
        version: "4.0.0",
      });
      expect(r.status).toBe(204);
    } finally {
      await p.stop();
    }
    const again = await startProgram(args(dir), env);
    if (isRefusal(again)) throw new Error(`refused after a write: ${again.output}`);
    expect(await versions(again)).toEqual([...expected, "v4.0.0"]);
    await again.stop();
  });

  it.each([
    ["an emptied journal", async (_: string, j: string) => truncate(j, 0), "journal.0", /offset 0\b/],
    [
      "a zero-filled journal",
      async (_: string, j: string) => writeFile(j, Buffer.alloc((await readFile(j)).length)),
      "journal.0",
      /offset 0\b/,
    ],
    [
      "zeros over the journal's last records",
      async (_: string, j: string) => {
        const at = (await catalogLine(j, "2.0.0")).offset;
        const bytes = await readFile(j);
        bytes.fill(0, at);
        await writeFile(j, bytes);
      },
      "journal.0",
      /offset \d+/,
    ],
    [
      "a record with a malformed key",
      async (_: string, j: string) => {
        const text = await readFile(j, "utf8");
        await writeFile(j, text.replace('"k":"secret/v2.0.0/damaged"', '"k":"garbage"'));
      },
      "journal.0",
      /offset \d+/,
    ],
    [
      "a damaged record in the middle",
      async (_: string, j: string) => {
        const text = await readFile(j, "utf8");
        await writeFile(j, text.replace('"version":"v2.0.0"', '"version":v2.0.0"'));
      },
      "journal.0",
      /offset \d+/,
    ],
    [
      "a deleted store.json",
      async (d: string) => rm(join(d, "store.json"), { force: true }),
      "store.json",
      /./,
    ],
    [
      "store.json holding null",
      async (d: string) => writeFile(join(d, "store.json"), "null"),
      "store.json",
      /./,
    ],
    ["store.json holding {}", async (d: string) => writeFile(join(d, "store.json"), "{}"), "store.json", /./],
  ])(
    "%s: refused at start, naming the file, the offset and what to do, changing nothing",
    async (_, damage, file, offset) => {
      const dir = await damagedCopy(damage);
      const before = await contents(dir);
      const p = await startProgram(args(dir), env);
      if (!isRefusal(p)) {
        const seen = await versions(p).catch(() => "unreadable");
        await p.stop();
        throw new Error(`started (catalog: ${seen}) instead of refusing`);
      }
      expect(p.code).toBe(1);
      expect(p.output).toContain(join(dir, file));
      expect(p.output).toMatch(offset);
      expect(p.output).toMatch(/restore|remove|move|truncate/i);
      expect(await contents(dir)).toEqual(before);
    },
  );

  it("recovers the records after a torn append that an older version left in the middle", async () => {
    // Before writes were undone on failure, a write cut short by a full disk was followed by the next one
    // on the same line: the torn prefix was never whole, the record after it was acknowledged.
    const dir = await damagedCopy(async (_, journal) => {
      const text = await readFile(journal, "utf8");
      const line = (await catalogLine(journal, "2.0.0")).text;
      await writeFile(journal, text.replace(line, `${line.slice(0, 30)}${line}`));
    });
    const p = await startProgram(args(dir), env);
    if (isRefusal(p)) throw new Error(`refused: ${p.output}`);
    expect(await versions(p)).toEqual(["v1.0.0", "v2.0.0", "v3.0.0"]);
    await p.stop();
  });
});
