import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { catalogKey } from "./state.js";
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
    const onDisk = JSON.parse(await readFile(join(dir, "store.json"), "utf8"));
    expect(Object.keys(onDisk.catalog)).toHaveLength(n);
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
    const onDisk = JSON.parse(await readFile(join(dir, "store.json"), "utf8"));
    expect(Object.keys(onDisk.pins).sort()).toEqual(["secret/a", "secret/b"]);
    await store.close();
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
    await writeFile(join(dir, "store.json"), '{"trunc');
    await expect(openStore(dir)).rejects.toThrow(/cannot read .*store\.json/);
  });
});
