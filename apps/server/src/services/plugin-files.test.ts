import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HASH_CHUNK, sha256File } from "./plugin-files.js";

describe("sha256File", () => {
  it.each([0, 1, HASH_CHUNK - 1, HASH_CHUNK, HASH_CHUNK + 1, 3 * HASH_CHUNK + 17])(
    "matches node:crypto for %i bytes",
    async (size) => {
      const dir = await mkdtemp(join(tmpdir(), "sysplugins-hash-"));
      const bytes = randomBytes(size);
      await writeFile(join(dir, "f"), bytes);
      expect(await sha256File(join(dir, "f"))).toBe(createHash("sha256").update(bytes).digest("hex"));
      await rm(dir, { recursive: true });
    },
  );
});
