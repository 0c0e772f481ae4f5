import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HASH_CHUNK, sha256File } from "./sha256-file.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "go-semantics-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("sha256File", () => {
  it.each([
    ["empty", 0],
    ["small", 17],
    ["exactly one chunk", HASH_CHUNK],
    ["a chunk and a byte", HASH_CHUNK + 1],
    ["several chunks", 2 * HASH_CHUNK + 12345],
  ])("hashes a %s file as one in-memory digest does", async (name, size) => {
    const content = Buffer.alloc(size);
    for (let i = 0; i < size; i += 4093) content[i] = i % 251;
    const path = join(dir, name.replaceAll(" ", "-"));
    await writeFile(path, content);
    expect(await sha256File(path)).toBe(createHash("sha256").update(content).digest("hex"));
  });

  it("refuses a FIFO without waiting for a writer, and a directory, with ENOTREG", async () => {
    const fifo = join(dir, "fifo");
    await promisify(execFile)("mkfifo", [fifo]);
    await expect(sha256File(fifo)).rejects.toMatchObject({ code: "ENOTREG" });
    await expect(sha256File(dir)).rejects.toMatchObject({ code: "ENOTREG" });
  });

  it("stops when its signal is aborted", async () => {
    const path = join(dir, "sparse");
    await writeFile(path, "");
    await truncate(path, 64 * HASH_CHUNK);
    const abort = new AbortController();
    const hashing = sha256File(path, { signal: abort.signal });
    abort.abort();
    await expect(hashing).rejects.toMatchObject({ name: "AbortError" });
  });

  it("rejects a missing file with its errno code", async () => {
    await expect(sha256File(join(dir, "missing"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});
