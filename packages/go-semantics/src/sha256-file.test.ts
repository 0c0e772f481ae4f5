import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

  it("rejects a missing file with its errno code", async () => {
    await expect(sha256File(join(dir, "missing"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});
