// A full disk, for real: the data directory on a small tmpfs, filled to the last page. A write that fails
// answers 500 and changes nothing anyone can see; when space returns the server opens again with every
// acknowledged record and none of the refused ones.
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StoreOptions } from "../adapters/storage/durable/store.js";
import { failingFiles } from "../testing/failing-files.js";
import { type Fixture, startFixture } from "../testing/fixture.js";
import { mountSmallDisk } from "../testing/small-disk.js";

/** A full disk: a real small tmpfs where the machine lets us mount one, else an injected failing file system. */
interface Disk {
  dataDir: string;
  /** Fills it, leaving about `leaveBytes` free. */
  fill(leaveBytes?: number): Promise<void>;
  free(): Promise<void>;
  close(): Promise<void>;
}

async function fullDisk(): Promise<{ disk: Disk; storage: StoreOptions }> {
  const mounted = await mountSmallDisk();
  if (typeof mounted !== "string")
    return { disk: { dataDir: join(mounted.dir, "data"), ...mounted }, storage: {} };
  console.warn(`disk-full tests on an injected failing file system: ${mounted}`);
  const files = failingFiles();
  const dir = await mkdtemp(join(tmpdir(), "sysplugins-failing-"));
  const set = (failing: boolean) => async () => {
    files.failing = failing;
  };
  return {
    disk: {
      dataDir: join(dir, "data"),
      fill: set(true),
      free: set(false),
      close: () => rm(dir, { recursive: true, force: true }),
    },
    storage: { openFile: files.open },
  };
}

let disk: Disk | undefined;
let f: Fixture | undefined;
let sha: string;

beforeEach(async () => {
  const full = await fullDisk();
  disk = full.disk;
  f = await startFixture(["--data-dir", disk.dataDir], { storage: full.storage });
  sha = await f.writePlugin("full");
});
afterEach(async () => {
  await f?.close().catch(() => {});
  await disk?.close();
  f = undefined;
  disk = undefined;
});

const register = (version: string, args: string[] = []) =>
  (f as Fixture).call("POST", "sys/plugins/catalog/secret/full", {
    body: { sha256: sha, command: "full", version, args },
  });
/**
 * Registers two entries so that the journal ends on a page boundary: tmpfs allocates whole pages, so a
 * full disk then refuses any append, however small, instead of fitting it in the last page's slack.
 */
async function alignJournal(): Promise<void> {
  const path = join((f as Fixture).dataDir, "journal.0");
  const before = (await stat(path)).size;
  expect((await register("7.0.0", [""])).status).toBe(204);
  const line = (await stat(path)).size - before;
  const slack = (4096 - ((before + line) % 4096)) % 4096;
  expect((await register("8.0.0", ["x".repeat((((slack - line) % 4096) + 4096) % 4096)])).status).toBe(204);
  expect((await stat(path)).size % 4096).toBe(0);
}
const read = (version: string) =>
  (f as Fixture).call("GET", `sys/plugins/catalog/secret/full?version=${version}`);

describe("a full disk", () => {
  it("refused registrations leave no trace, and the store opens again with every acknowledged one", async () => {
    if (!f || !disk) throw new Error("no fixture");
    expect((await register("1.0.0")).status).toBe(204);

    // One free page: the next record, 20 KB, is written in part only, then the disk is full.
    await alignJournal();
    await disk.fill(4096);
    const torn = await register("2.0.0", ["x".repeat(20_000)]);
    expect(torn.status).toBe(500);
    await disk.fill();
    const refused: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await register(`3.0.${i}`);
      expect(r.status).toBe(500);
      refused.push(`3.0.${i}`);
    }
    for (const v of ["2.0.0", ...refused]) expect((await read(v)).status).toBe(404);
    const listed = (await f.call("LIST", "sys/plugins/catalog/secret")).status;
    expect(listed).toBe(200);

    await disk.free();
    expect((await register("4.0.0")).status).toBe(204);
    await f.restart();
    expect((await read("1.0.0")).status).toBe(200);
    expect((await read("4.0.0")).status).toBe(200);
    for (const v of ["2.0.0", ...refused]) expect((await read(v)).status).toBe(404);
    expect((await register("5.0.0")).status).toBe(204);
    await f.restart();
    expect((await read("5.0.0")).status).toBe(200);

    // No torn record sits in the middle of the journal.
    const journal = await readFile(join(f.dataDir, "journal.0"), "utf8");
    for (const line of journal.split("\n").filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
  });

  it("a pin whose removal failed stays, and its version cannot be deleted, before and after a restart", async () => {
    if (!f || !disk) throw new Error("no fixture");
    expect((await register("1.0.0")).status).toBe(204);
    expect(
      (await f.call("POST", "sys/plugins/pins/secret/full", { body: { version: "1.0.0" } })).status,
    ).toBe(200);
    expect((await f.call("POST", "sys/mounts/pinned", { body: { type: "full" } })).status).toBe(204);

    await alignJournal();
    await disk.fill();
    expect((await f.call("DELETE", "sys/plugins/pins/secret/full")).status).toBe(500);
    expect((await f.call("GET", "sys/plugins/pins/secret/full")).json?.data?.version).toBe("v1.0.0");
    await disk.free();

    const del = await f.call("DELETE", "sys/plugins/catalog/secret/full?version=1.0.0");
    expect(del.status).toBe(500);
    expect(del.json.errors).toEqual(["1 error occurred:\n\t* cannot delete a pinned version\n\n"]);

    await f.restart();
    expect((await f.call("GET", "sys/plugins/pins/secret/full")).json?.data?.version).toBe("v1.0.0");
    expect((await read("1.0.0")).status).toBe(200);
    const reload = await f.call("POST", "sys/plugins/reload/backend", { body: { mounts: ["pinned"] } });
    expect(reload.status).toBe(200);
    const mount = await f.call("GET", "sys/mounts/pinned");
    expect(mount.json.data.running_plugin_version).toBe("v1.0.0");
  });
});
