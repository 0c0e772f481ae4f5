import { appendFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CatalogRecord, PinRecord } from "../../../domain/records.js";
import type { Change } from "../change.js";
import { catalogKey } from "../state.js";
import { openStore, StoreLockedError } from "./store.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sysplugins-store-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const record = (name: string, args: string[] = []): CatalogRecord => ({
  type: "secret",
  name,
  version: "",
  command: name,
  args,
  env: [],
  sha256: "00",
});

const change = (
  parts: { catalog?: Record<string, CatalogRecord | null>; pins?: Record<string, PinRecord | null> } = {},
): Change => ({
  catalog: new Map(Object.entries(parts.catalog ?? {})),
  pins: new Map(Object.entries(parts.pins ?? {})),
  mounts: new Map(),
  connections: new Map(),
  entries: new Map(),
  tokens: new Map(),
  policies: new Map(),
});
const put = (name: string, args: string[] = []) =>
  change({ catalog: { [catalogKey("secret", name, "")]: record(name, args) } });
const pin = (name: string): PinRecord => ({ type: "secret", name, version: "v1.0.0" });

describe("store", () => {
  it("loses no commit under concurrent writers, and they share writes", async () => {
    const store = await openStore(dir);
    const n = 500;
    await Promise.all(Array.from({ length: n }, (_, i) => store.commit(put(`p${i}`))));
    expect(store.flushes).toBeGreaterThan(0);
    expect(store.flushes).toBeLessThan(n / 10);
    await store.close();
    const reopened = await openStore(dir);
    expect(Object.keys(reopened.state.catalog)).toHaveLength(n);
    await reopened.close();
  });

  it("a commit made while a write is in flight gets its own, later write", async () => {
    const store = await openStore(dir);
    const first = store.commit(change({ pins: { "secret/a": pin("a") } }));
    await new Promise((r) => setImmediate(r));
    const second = store.commit(change({ pins: { "secret/b": pin("b") } }));
    await Promise.all([first, second]);
    expect(store.flushes).toBe(2);
    await store.close();
    const reopened = await openStore(dir);
    expect(Object.keys(reopened.state.pins).sort()).toEqual(["secret/a", "secret/b"]);
    await reopened.close();
  });

  it("refuses commits once closed, changing nothing", async () => {
    const store = await openStore(dir);
    await store.close();
    await expect(store.commit(put("late"))).rejects.toMatchObject({ code: "unavailable" });
    expect(store.state.catalog).toEqual({});
  });

  it("refuses a second store on the same directory, and opens again once the first is closed", async () => {
    const store = await openStore(dir);
    await expect(openStore(dir)).rejects.toBeInstanceOf(StoreLockedError);
    await store.close();
    const again = await openStore(dir);
    await again.close();
  });

  it("a new directory holds store.json and journal.0 with its header from the first start", async () => {
    const store = await openStore(dir);
    await store.close();
    expect((await readdir(dir)).sort()).toEqual(["LOCK", "journal.0", "store.json"]);
    expect(await readFile(join(dir, "journal.0"), "utf8")).toBe('{"journal":0}\n');
  });

  it("leaves a temporary file a crash left behind, and uses the snapshot in place", async () => {
    const store = await openStore(dir);
    await store.commit(change({ pins: { "secret/a": pin("a") } }));
    await store.close();
    await writeFile(join(dir, "store.json.tmp"), '{"trunc');
    const reopened = await openStore(dir);
    expect(reopened.state.pins["secret/a"]).toBeDefined();
    await reopened.close();
    expect(await readFile(join(dir, "store.json.tmp"), "utf8")).toBe('{"trunc');
  });
});

describe("journal", () => {
  it("replays puts, removals and reloads after reopening", async () => {
    const store = await openStore(dir);
    await store.commit(change({ catalog: { [catalogKey("secret", "a", "")]: record("a") } }));
    await store.commit(
      change({
        catalog: { [catalogKey("secret", "b", "")]: record("b"), [catalogKey("secret", "a", "")]: null },
      }),
    );
    await store.commit({ ...change(), reloads: [{ reload_id: "r1", results: {} }] });
    const expected = JSON.stringify(store.state);
    await store.close();
    const reopened = await openStore(dir);
    expect(JSON.stringify(reopened.state)).toBe(expected);
    await reopened.close();
  });

  it("ignores a torn last record without cutting the file, then cuts it at the next write", async () => {
    const store = await openStore(dir);
    await store.commit(put("kept"));
    await store.close();
    await appendFile(join(dir, "journal.0"), '{"t":"catalog","k":"secret//torn","v":{"na');
    const torn = (await stat(join(dir, "journal.0"))).size;
    const warnings: string[] = [];
    const reopened = await openStore(dir, { onWarning: (w) => warnings.push(w) });
    expect(Object.keys(reopened.state.catalog)).toEqual([catalogKey("secret", "kept", "")]);
    expect((await stat(join(dir, "journal.0"))).size).toBe(torn);
    expect(warnings.join()).toMatch(/journal\.0: offset \d+: \d+ bytes of a record a crash cut short/);
    await reopened.commit(put("after"));
    await reopened.close();
    const again = await openStore(dir);
    expect(Object.keys(again.state.catalog).sort()).toEqual(
      [catalogKey("secret", "after", ""), catalogKey("secret", "kept", "")].sort(),
    );
    await again.close();
  });

  it("compacts into a new snapshot and journal, keeping everything", async () => {
    const store = await openStore(dir);
    const big = "x".repeat(64 * 1024);
    // Enough to pass the 8 MiB threshold, in writes of 1 MiB.
    for (let batch = 0; batch < 10; batch++) {
      const catalog: Record<string, CatalogRecord> = {};
      for (let i = 0; i < 16; i++)
        catalog[catalogKey("secret", `b${batch}-${i}`, "")] = record(`b${batch}-${i}`, [big]);
      await store.commit(change({ catalog }));
    }
    expect(store.state.journal).toBe(1);
    const expected = JSON.stringify(store.state);
    await store.close();
    expect((await readdir(dir)).sort()).toEqual(["LOCK", "journal.1", "store.json"]);
    const reopened = await openStore(dir);
    expect(JSON.stringify(reopened.state)).toBe(expected);
    await reopened.close();
  });

  it("a crash between creating the next journal and the snapshot leaves the old pair in force", async () => {
    const store = await openStore(dir);
    await store.commit(put("p"));
    await store.close();
    await writeFile(join(dir, "journal.1"), '{"journal":1}\n{"t":"catalog","k":"secret//ghost","v":{}}\n');
    const reopened = await openStore(dir);
    expect(Object.keys(reopened.state.catalog)).toEqual([catalogKey("secret", "p", "")]);
    await reopened.close();
  });

  it("reads a directory an older version wrote: no store.json, journal.0 without its first line", async () => {
    await writeFile(
      join(dir, "journal.0"),
      `${JSON.stringify({ t: "catalog", k: catalogKey("secret", "old", ""), v: record("old") })}\n`,
    );
    const store = await openStore(dir);
    expect(Object.keys(store.state.catalog)).toEqual([catalogKey("secret", "old", "")]);
    await store.commit(put("new"));
    await store.close();
    const again = await openStore(dir);
    expect(Object.keys(again.state.catalog).sort()).toEqual(
      [catalogKey("secret", "new", ""), catalogKey("secret", "old", "")].sort(),
    );
    await again.close();
  });
});
