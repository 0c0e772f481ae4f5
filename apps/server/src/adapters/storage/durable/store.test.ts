import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { catalogKey } from "../state.js";
import { openStore, StoreLockedError } from "./store.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sysplugins-store-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const record = (name: string) => ({
  type: "secret" as const,
  name,
  version: "",
  command: name,
  args: [],
  env: [],
  sha256: "00",
});

describe("store", () => {
  it("loses no update under concurrent writers, and they share writes", async () => {
    const store = await openStore(dir);
    const n = 500;
    await Promise.all(
      Array.from({ length: n }, (_, i) =>
        store.update((s) => {
          s.catalog[catalogKey("secret", `p${i}`, "")] = record(`p${i}`);
        }),
      ),
    );
    expect(store.flushes).toBeGreaterThan(0);
    expect(store.flushes).toBeLessThan(n / 10);
    await store.close();
    const reopened = await openStore(dir);
    expect(Object.keys(reopened.state.catalog)).toHaveLength(n);
    await reopened.close();
  });

  it("a change made while a write is in flight gets its own, later write", async () => {
    const store = await openStore(dir);
    const first = store.update((s) => {
      s.pins["secret/a"] = { type: "secret", name: "a", version: "v1.0.0" };
    });
    await new Promise((r) => setImmediate(r));
    const second = store.update((s) => {
      s.pins["secret/b"] = { type: "secret", name: "b", version: "v1.0.0" };
    });
    await Promise.all([first, second]);
    expect(store.flushes).toBe(2);
    await store.close();
    const reopened = await openStore(dir);
    expect(Object.keys(reopened.state.pins).sort()).toEqual(["secret/a", "secret/b"]);
    await reopened.close();
  });

  it("refuses updates once closed, changing nothing", async () => {
    const store = await openStore(dir);
    await store.close();
    await expect(store.update((s) => s.pins)).rejects.toMatchObject({ code: "unavailable" });
  });

  it("a mutation that throws changes nothing and writes nothing", async () => {
    const store = await openStore(dir);
    await expect(
      store.update(() => {
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(store.flushes).toBe(0);
    await store.close();
  });

  it("refuses a second store on the same directory, and takes over a dead process's lock", async () => {
    const store = await openStore(dir);
    await expect(openStore(dir)).rejects.toBeInstanceOf(StoreLockedError);
    await store.close();
    await writeFile(join(dir, "LOCK"), "999999999");
    const again = await openStore(dir);
    await again.close();
  });

  it("ignores a temporary file left by a crash, and refuses a corrupt data file", async () => {
    const store = await openStore(dir);
    await store.update((s) => {
      s.pins["secret/a"] = { type: "secret", name: "a", version: "v1.0.0" };
    });
    await store.close();
    await writeFile(join(dir, "store.json.tmp"), '{"trunc');
    const reopened = await openStore(dir);
    expect(reopened.state.pins["secret/a"]).toBeDefined();
    await reopened.close();
    await store.close().catch(() => {});
    await writeFile(join(dir, "store.json"), '{"trunc');
    await expect(openStore(dir)).rejects.toThrow(/cannot read .*store\.json/);
  });
});

describe("createStateSerializer", () => {
  it("writes exactly what JSON.stringify writes, before and after changes", async () => {
    const { createStateSerializer, emptyState } = await import("../state.js");
    const serialize = createStateSerializer();
    const state = emptyState();
    for (let i = 0; i < 50; i++) state.catalog[catalogKey("secret", `p${i}`, "")] = record(`p${i}`);
    state.pins["secret/p1"] = { type: "secret", name: "p1", version: "v1.0.0" };
    expect(serialize(state)).toBe(JSON.stringify(state));
    state.catalog[catalogKey("secret", "p3", "")] = { ...record("p3"), sha256: "ff" };
    delete state.catalog[catalogKey("secret", "p4", "")];
    expect(serialize(state)).toBe(JSON.stringify(state));
  });
});

describe("journal", () => {
  it("replays changes, removals and edits in place after reopening", async () => {
    const store = await openStore(dir);
    await store.update((s) => {
      for (const name of ["a", "b", "c"]) s.catalog[catalogKey("secret", name, "")] = record(name);
      s.mounts["secret/m/"] = { description: "one" } as never;
    });
    await store.update((s) => {
      delete s.catalog[catalogKey("secret", "b", "")];
      (s.mounts["secret/m/"] as unknown as { description: string }).description = "two";
      s.reloads.push({ reload_id: "r1", results: {} });
    });
    const expected = JSON.stringify(store.state);
    await store.close();
    const reopened = await openStore(dir);
    expect(JSON.stringify(reopened.state)).toBe(expected);
    await reopened.close();
  });

  it("drops a torn last line, which no write acknowledged, and appends cleanly after it", async () => {
    const store = await openStore(dir);
    await store.update((s) => {
      s.catalog[catalogKey("secret", "kept", "")] = record("kept");
    });
    await store.close();
    const { appendFile } = await import("node:fs/promises");
    await appendFile(join(dir, "journal.0"), '{"t":"catalog","k":"secret//torn","v":{"na');
    const reopened = await openStore(dir);
    expect(Object.keys(reopened.state.catalog)).toEqual([catalogKey("secret", "kept", "")]);
    await reopened.update((s) => {
      s.catalog[catalogKey("secret", "after", "")] = record("after");
    });
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
      await store.update((s) => {
        for (let i = 0; i < 16; i++)
          s.catalog[catalogKey("secret", `b${batch}-${i}`, "")] = {
            ...record(`b${batch}-${i}`),
            args: [big],
          };
      });
    }
    expect(store.state.journal).toBe(1);
    const expected = JSON.stringify(store.state);
    await store.close();
    const { readdir } = await import("node:fs/promises");
    expect((await readdir(dir)).sort()).toEqual(["journal.1", "store.json"]);
    const reopened = await openStore(dir);
    expect(JSON.stringify(reopened.state)).toBe(expected);
    await reopened.close();
  });

  it("a crash between creating the next journal and the snapshot leaves the old pair in force", async () => {
    const store = await openStore(dir);
    await store.update((s) => {
      s.catalog[catalogKey("secret", "p", "")] = record("p");
    });
    await store.close();
    await writeFile(join(dir, "journal.1"), '{"t":"catalog","k":"secret//ghost","v":{}}\n');
    const reopened = await openStore(dir);
    expect(Object.keys(reopened.state.catalog)).toEqual([catalogKey("secret", "p", "")]);
    await reopened.close();
  });
});
