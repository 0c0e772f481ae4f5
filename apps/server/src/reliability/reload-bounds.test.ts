// One huge reload request (300,000 mount names) answers Vault's 500 with a bounded error, and what the
// reload records stays bounded too: later reloads, which rewrite the reload records, stay small.
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../testing/fixture.js";

let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(() => f.close());

const journalSize = async () => (await stat(join(f.dataDir, "journal.0"))).size;
const BOUND = 64 * 1024;

describe("a huge reload request", () => {
  it("answers a bounded error and records a bounded result", async () => {
    const mounts = Array.from({ length: 300_000 }, (_, i) => `missing-${i}`);
    const before = await journalSize();
    const r = await f.call("POST", "sys/plugins/reload/backend", { body: { mounts } });
    expect(r.status).toBe(500);
    expect(r.text.length).toBeLessThan(BOUND);
    expect(r.json.errors).toHaveLength(1);
    expect(r.json.errors[0]).toMatch(
      /^101 errors occurred:\n\t\* cannot fetch mount entry on "missing-0\/"\n/,
    );
    expect(r.json.errors[0]).toContain("\t* and 299900 more errors, not listed\n");
    expect((await journalSize()) - before).toBeLessThan(BOUND);

    // The next reloads rewrite the records: they stay small.
    const middle = await journalSize();
    for (let i = 0; i < 3; i++) {
      expect((await f.call("POST", "sys/plugins/reload/backend", { body: { plugin: "kv" } })).status).toBe(
        200,
      );
    }
    expect((await journalSize()) - middle).toBeLessThan(3 * BOUND);
  });
});
