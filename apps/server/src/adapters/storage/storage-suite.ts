// The one test suite every storage adapter passes (as Vault's physical.ExerciseBackend): each adapter's
// own test file calls exerciseStorage with a way to open a fresh, empty storage, and, for adapters that
// persist, a way to open it again over the same data. What an adapter can do is declared up front: a test
// of something it cannot do is skipped, and says why, instead of passing without testing anything; an
// adapter that declares a capability and does not provide it fails.
import { describe, expect, it } from "vitest";
import type { DomainError } from "../../domain/errors.js";
import type {
  CatalogRecord,
  ConnectionRecord,
  MountRecord,
  PolicyRecord,
  TokenRecord,
} from "../../domain/records.js";
import type { Storage } from "../../ports/storage.js";

export interface StorageUnderTest {
  storage: Storage;
  /** Closes nothing; opens the same data again (after `storage.close()`). Absent for memory adapters. */
  reopen?(): Promise<Storage>;
  /** Removes what the adapter left behind. */
  cleanup?(): Promise<void>;
  /** For adapters whose writes can fail: makes every write fail from now (a full disk), or work again. */
  failWrites?(failing: boolean): void | Promise<void>;
}

/** What an adapter can do; each absent capability skips its tests, with the reason printed. */
export interface Capabilities {
  /** Its data outlives the process: `reopen` is given. Else why not. */
  persists: true | string;
  /** Its writes can fail (a full disk, a database's refusal): `failWrites` is given. Else why not. */
  failingWrites: true | string;
  /**
   * A commit is visible to the next transaction before it is durable (group commit), so a failed write can
   * have been read, and what was built on it must fail with it. Else why that cannot happen.
   */
  visibleBeforeDurable: true | string;
}

export const entry = (name: string, version = "", type: CatalogRecord["type"] = "secret"): CatalogRecord => ({
  type,
  name,
  version,
  command: name,
  args: ["-x"],
  env: ["K=V"],
  sha256: "ab".repeat(32),
});

export const mount = (path: string, table: MountRecord["table"] = "secret"): MountRecord => ({
  table,
  path,
  type: "kv",
  description: "",
  accessor: `kv_${path}`,
  uuid: `uuid-${path}`,
  local: false,
  seal_wrap: false,
  external_entropy_access: false,
  options: null,
  config: { default_lease_ttl: 0, max_lease_ttl: 0, force_no_cache: false },
  plugin_version: "",
});

export const connection = (plugin: string): ConnectionRecord => ({
  plugin_name: plugin,
  plugin_version: "v1.0.0",
  verify_connection: false,
  allowed_roles: ["r"],
  root_credentials_rotate_statements: [],
  password_policy: "",
  connection_details: { connection_url: "postgres://{{username}}@db/x", username: "admin" },
});

/** A token record named by one hex digit repeated (a stand-in for a SHA-256). */
export const token = (digit: string, parent = "", accessor = `acc-${digit}`): TokenRecord => ({
  hash: digit.repeat(64),
  accessor,
  parent: parent ? parent.repeat(64) : "",
  policies: ["default", "p"],
  path: "auth/token/create",
  meta: { k: "v" },
  display_name: "token",
  num_uses: 0,
  creation_time: 1_800_000_000,
  creation_ttl: 3600,
  explicit_max_ttl: 0,
  period: 0,
  type: "service",
  entity_id: "",
  lease: {
    ttl: 3600,
    renewable: true,
    issue_time: "2027-01-15T08:00:00.000000000Z",
    expire_time: "2027-01-15T09:00:00.000000000Z",
    num_uses: 0,
  },
});

export const policy = (name: string, text = 'path "x" { capabilities = ["read"] }'): PolicyRecord => ({
  name,
  policy: text,
  modified: "2027-01-15T08:00:00.000000000Z",
  version: 1,
});

const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => "resolved",
    (err: DomainError) => err.code ?? String(err),
  );

export function exerciseStorage(
  name: string,
  open: () => Promise<StorageUnderTest>,
  can: Capabilities,
): void {
  /** A test that needs `capability`: skipped with its reason printed when the adapter lacks it. */
  const needs = (capability: keyof Capabilities, title: string, fn: () => Promise<void>) => {
    const reason = can[capability];
    if (reason !== true) {
      console.warn(`storage suite, ${name}: skipping "${title}": ${reason}`);
      it.skip(title, fn);
    } else it(title, fn);
  };
  async function withStorage(
    test: (s: Storage, under: StorageUnderTest) => Promise<void>,
    opened?: StorageUnderTest,
  ) {
    const under = opened ?? (await open());
    try {
      await test(under.storage, under);
    } finally {
      await under.storage.close();
      await under.cleanup?.();
    }
  }

  /** A storage whose writes can be made to fail (the adapter said they can). */
  async function openFailing(): Promise<StorageUnderTest & { fail(failing: boolean): Promise<void> }> {
    const under = await open();
    const failWrites = under.failWrites?.bind(under);
    if (!failWrites) throw new Error(`${name} declares failing writes but gives no failWrites`);
    return { ...under, fail: async (failing) => failWrites(failing) };
  }

  describe(`storage port: ${name}`, () => {
    it("catalog: one entry per type, name and version; a put replaces it; lists filter", () =>
      withStorage(async (s) => {
        await s.transact(async (tx) => {
          await tx.catalog.put(entry("a"));
          await tx.catalog.put(entry("a", "v1.0.0"));
          await tx.catalog.put(entry("a", "", "auth"));
          await tx.catalog.put(entry("b", "v1.0.0"));
        });
        await s.transact(async (tx) => tx.catalog.put({ ...entry("a", "v1.0.0"), sha256: "cd".repeat(32) }));
        await s.transact(async (tx) => {
          expect((await tx.catalog.get("secret", "a", "v1.0.0"))?.sha256).toBe("cd".repeat(32));
          expect(await tx.catalog.get("secret", "a", "v2.0.0")).toBeUndefined();
          expect(await tx.catalog.list()).toHaveLength(4);
          const secretA = await tx.catalog.list({ type: "secret", name: "a" });
          expect(secretA.map((e) => e.version).sort()).toEqual(["", "v1.0.0"]);
          expect((await tx.catalog.list({ type: "auth" })).map((e) => e.name)).toEqual(["a"]);
          expect(await tx.catalog.list({ name: "b" })).toHaveLength(1);
          expect(await tx.catalog.delete("secret", "a", "")).toBe(true);
          expect(await tx.catalog.delete("secret", "a", "")).toBe(false);
          expect(await tx.catalog.get("secret", "a", "")).toBeUndefined();
        });
      }));

    it("a transaction that throws writes nothing, and the error comes out", () =>
      withStorage(async (s) => {
        const failed = s.transact(async (tx) => {
          await tx.catalog.put(entry("a"));
          await tx.mounts.create(mount("m/"));
          throw new Error("refused");
        });
        await expect(failed).rejects.toThrow("refused");
        await s.transact(async (tx) => {
          expect(await tx.catalog.list()).toEqual([]);
          expect(await tx.mounts.list()).toEqual([]);
        });
      }));

    it("a transaction sees its own writes", () =>
      withStorage(async (s) => {
        await s.transact(async (tx) => {
          await tx.catalog.put(entry("a", "v1.0.0"));
          await tx.pins.put({ type: "secret", name: "a", version: "v1.0.0" });
          expect(await tx.pins.get("secret", "a")).toEqual({ type: "secret", name: "a", version: "v1.0.0" });
        });
      }));

    it("pins: a pin needs its catalog entry; the pinned version cannot be deleted, others can", () =>
      withStorage(async (s) => {
        const pin = { type: "secret" as const, name: "a", version: "v1.0.0" };
        expect(await codeOf(s.transact((tx) => tx.pins.put(pin)))).toBe("pin_target_missing");
        await s.transact(async (tx) => {
          await tx.catalog.put(entry("a", "v1.0.0"));
          await tx.catalog.put(entry("a", "v2.0.0"));
          await tx.catalog.put(entry("a", "v1.0.0", "auth"));
          await tx.pins.put(pin);
        });
        expect(await codeOf(s.transact((tx) => tx.catalog.delete("secret", "a", "v1.0.0")))).toBe(
          "version_pinned",
        );
        await s.transact(async (tx) => {
          expect(await tx.catalog.delete("secret", "a", "v2.0.0")).toBe(true);
          expect(await tx.catalog.delete("auth", "a", "v1.0.0")).toBe(true);
          expect(await tx.pins.list()).toEqual([pin]);
          expect(await tx.pins.delete("secret", "a")).toBe(true);
          expect(await tx.pins.delete("secret", "a")).toBe(false);
          expect(await tx.catalog.delete("secret", "a", "v1.0.0")).toBe(true);
        });
      }));

    it.each([
      ["the same path", "m/", "m/"],
      ["a path below", "m/", "m/below/"],
      ["a path above", "m/below/", "m/"],
    ])("mounts: %s clashes, naming the existing mount", (_case, first, second) =>
      withStorage(async (s) => {
        await s.transact((tx) => tx.mounts.create(mount(first)));
        const clash = s.transact((tx) => tx.mounts.create(mount(second)));
        await expect(clash).rejects.toMatchObject({
          code: "mount_path_in_use",
          message: `path is already in use at ${first}`,
        });
      }),
    );

    it("mounts: tables do not clash; update replaces; delete removes", () =>
      withStorage(async (s) => {
        await s.transact(async (tx) => {
          await tx.mounts.create(mount("m/"));
          await tx.mounts.create(mount("m/", "auth"));
          await tx.mounts.create(mount("mx/"));
        });
        await s.transact(async (tx) => {
          expect(await tx.mounts.update({ ...mount("m/"), description: "changed" })).toBe(true);
          expect(await tx.mounts.update(mount("absent/"))).toBe(false);
        });
        await s.transact(async (tx) => {
          expect((await tx.mounts.get("secret", "m/"))?.description).toBe("changed");
          expect((await tx.mounts.get("auth", "m/"))?.description).toBe("");
          expect((await tx.mounts.list("secret")).map((m) => m.path).sort()).toEqual(["m/", "mx/"]);
          expect(await tx.mounts.list()).toHaveLength(3);
          expect(await tx.mounts.delete("secret", "m/")).toBe(true);
          expect(await tx.mounts.delete("secret", "m/")).toBe(false);
          expect(await tx.mounts.get("secret", "m/")).toBeUndefined();
        });
      }));

    it("a connection's details hold any JSON string, NUL included, and nest deep, as Vault's storage does", () =>
      withStorage(async (s) => {
        let deep: Record<string, unknown> = { end: "x\u0000y" };
        for (let i = 0; i < 2_000; i++) deep = { a: deep };
        const record = {
          ...connection("p"),
          connection_details: { odd: "a\u0000b", "k\u0000": ["\u0000"], deep },
        };
        await s.transact((tx) => tx.connections.put("uuid-n", "nul", record));
        expect(await s.transact((tx) => tx.connections.get("uuid-n", "nul"))).toEqual(record);
      }));

    it("mounts: listed in the order they were created, as Vault's mount table keeps them", () =>
      withStorage(async (s) => {
        for (const p of ["b/", "a/", "c/"]) await s.transact((tx) => tx.mounts.create(mount(p)));
        await s.transact((tx) => tx.mounts.update({ ...mount("a/"), description: "tuned" }));
        const paths = async () => (await s.transact((tx) => tx.mounts.list("secret"))).map((m) => m.path);
        expect(await paths()).toEqual(["b/", "a/", "c/"]);
        await s.transact((tx) => tx.mounts.delete("secret", "b/"));
        await s.transact((tx) => tx.mounts.create(mount("b/")));
        expect(await paths()).toEqual(["a/", "c/", "b/"]);
      }));

    it("connections: one per mount and name; list names a mount's own; delete removes", () =>
      withStorage(async (s) => {
        await s.transact(async (tx) => {
          await tx.connections.put("uuid-a", "db1", connection("p1"));
          await tx.connections.put("uuid-a", "db2", connection("p2"));
          await tx.connections.put("uuid-ab", "db1", connection("p3"));
          expect((await tx.connections.list("uuid-a")).sort()).toEqual(["db1", "db2"]);
        });
        await s.transact(async (tx) => {
          await tx.connections.put("uuid-a", "db1", { ...connection("p1"), plugin_version: "v1.0.1" });
          expect((await tx.connections.get("uuid-a", "db1"))?.plugin_version).toBe("v1.0.1");
          expect((await tx.connections.get("uuid-ab", "db1"))?.plugin_name).toBe("p3");
          expect((await tx.connections.list("uuid-a")).sort()).toEqual(["db1", "db2"]);
          expect(await tx.connections.list("uuid-b")).toEqual([]);
          expect(await tx.connections.delete("uuid-a", "db2")).toBe(true);
          expect(await tx.connections.delete("uuid-a", "db2")).toBe(false);
          expect(await tx.connections.list("uuid-a")).toEqual(["db1"]);
        });
        const c = await s.transact((tx) => tx.connections.get("uuid-a", "db1"));
        if (c) c.connection_details.changed = true;
        expect(await s.transact((tx) => tx.connections.get("uuid-a", "db1"))).toEqual({
          ...connection("p1"),
          plugin_version: "v1.0.1",
        });
      }));

    it("plugin entries: one per mount and key, bytes kept exactly; keys by prefix; clear empties one mount", () =>
      withStorage(async (s) => {
        const bytes = Buffer.from([0, 255, 10, 0x7b, 0]).toString("base64");
        await s.transact(async (tx) => {
          await tx.entries.put("uuid-a", "config", { value: bytes, seal_wrap: false });
          await tx.entries.put("uuid-a", "data/x/y", { value: "AQ==", seal_wrap: true });
          await tx.entries.put("uuid-a", "data/z", { value: "Ag==", seal_wrap: false });
          await tx.entries.put("uuid-ab", "data/z", { value: "Aw==", seal_wrap: false });
          // Seen inside the transaction that wrote them.
          expect((await tx.entries.keys("uuid-a", "data/")).sort()).toEqual(["data/x/y", "data/z"]);
        });
        await s.transact(async (tx) => {
          expect(await tx.entries.get("uuid-a", "config")).toEqual({ value: bytes, seal_wrap: false });
          expect(await tx.entries.get("uuid-a", "data/x/y")).toEqual({ value: "AQ==", seal_wrap: true });
          expect((await tx.entries.keys("uuid-a", "")).sort()).toEqual(["config", "data/x/y", "data/z"]);
          expect(await tx.entries.keys("uuid-ab", "")).toEqual(["data/z"]);
          // A prefix is text, not a pattern.
          expect(await tx.entries.keys("uuid-a", "data/_")).toEqual([]);
          expect(await tx.entries.delete("uuid-a", "data/z")).toBe(true);
          expect(await tx.entries.delete("uuid-a", "data/z")).toBe(false);
          expect(await tx.entries.get("uuid-a", "data/z")).toBeUndefined();
        });
        expect(await s.transact((tx) => tx.entries.clear("uuid-a"))).toBe(2);
        await s.transact(async (tx) => {
          expect(await tx.entries.keys("uuid-a", "")).toEqual([]);
          expect(await tx.entries.get("uuid-ab", "data/z")).toEqual({ value: "Aw==", seal_wrap: false });
        });
      }));

    it("tokens: by hash, by accessor and by parent; put replaces; delete removes", () =>
      withStorage(async (s) => {
        await s.transact(async (tx) => {
          await tx.tokens.put(token("a"));
          await tx.tokens.put(token("b", "a"));
          await tx.tokens.put(token("c", "a"));
          await tx.tokens.put(token("d", "b"));
          expect((await tx.tokens.children("a".repeat(64))).map((t) => t.accessor).sort()).toEqual([
            "acc-b",
            "acc-c",
          ]);
        });
        await s.transact(async (tx) => {
          expect(await tx.tokens.get("a".repeat(64))).toEqual(token("a"));
          expect(await tx.tokens.get("e".repeat(64))).toBeUndefined();
          expect((await tx.tokens.byAccessor("acc-d"))?.hash).toBe("d".repeat(64));
          expect(await tx.tokens.byAccessor("acc-x")).toBeUndefined();
          await tx.tokens.put({ ...token("c", "a"), num_uses: 2 });
          expect((await tx.tokens.get("c".repeat(64)))?.num_uses).toBe(2);
          expect(await tx.tokens.delete("b".repeat(64))).toBe(true);
          expect(await tx.tokens.delete("b".repeat(64))).toBe(false);
          expect(await tx.tokens.byAccessor("acc-b")).toBeUndefined();
          expect((await tx.tokens.children("a".repeat(64))).map((t) => t.accessor)).toEqual(["acc-c"]);
          expect(await tx.tokens.children("")).toHaveLength(1);
        });
        const read = await s.transact((tx) => tx.tokens.get("a".repeat(64)));
        if (read) read.policies.push("outside");
        expect(await s.transact((tx) => tx.tokens.get("a".repeat(64)))).toEqual(token("a"));
      }));

    it("policies: one per name; put replaces; list names them; delete removes", () =>
      withStorage(async (s) => {
        await s.transact(async (tx) => {
          await tx.policies.put(policy("p1"));
          await tx.policies.put(policy("p2"));
          await tx.policies.put({ ...policy("p1", "# two"), version: 2 });
        });
        await s.transact(async (tx) => {
          expect(await tx.policies.get("p1")).toEqual({ ...policy("p1", "# two"), version: 2 });
          expect(await tx.policies.get("p3")).toBeUndefined();
          expect((await tx.policies.list()).sort()).toEqual(["p1", "p2"]);
          expect(await tx.policies.delete("p2")).toBe(true);
          expect(await tx.policies.delete("p2")).toBe(false);
          expect(await tx.policies.list()).toEqual(["p1"]);
        });
      }));

    it("what a caller reads or wrote is a copy: changing it changes nothing stored", () =>
      withStorage(async (s) => {
        const m = mount("m/");
        const e = entry("a");
        await s.transact(async (tx) => {
          await tx.mounts.create(m);
          await tx.catalog.put(e);
        });
        m.description = "outside";
        e.args.push("outside");
        await s.transact(async (tx) => {
          const read = (await tx.mounts.get("secret", "m/")) as MountRecord;
          read.config.force_no_cache = true;
          const entryRead = (await tx.catalog.get("secret", "a", "")) as CatalogRecord;
          entryRead.env.push("outside");
        });
        await s.transact(async (tx) => {
          expect(await tx.mounts.get("secret", "m/")).toEqual(mount("m/"));
          expect(await tx.catalog.get("secret", "a", "")).toEqual(entry("a"));
        });
      }));

    it("reloads: merged per reload_id, only the newest kept", () =>
      withStorage(async (s) => {
        const at = (node: string) => ({ [node]: { timestamp: "2026-01-01T00:00:00Z", error: "" } });
        await s.transact(async (tx) => {
          for (let i = 0; i < 5; i++) await tx.reloads.add({ reload_id: `r${i}`, results: at("n1") }, 3);
        });
        await s.transact((tx) => tx.reloads.add({ reload_id: "r4", results: at("n2") }, 3));
        await s.transact(async (tx) => {
          expect(await tx.reloads.get("r1")).toBeUndefined();
          expect(await tx.reloads.get("r2")).toEqual({ reload_id: "r2", results: at("n1") });
          expect(Object.keys((await tx.reloads.get("r4"))?.results ?? {}).sort()).toEqual(["n1", "n2"]);
        });
      }));

    it("concurrent transactions are serialisable: read-then-write loses nothing", () =>
      withStorage(async (s) => {
        const n = 20;
        await Promise.all(
          Array.from({ length: n }, () =>
            s.transact(async (tx) => {
              const count = (await tx.mounts.list("secret")).length;
              await tx.mounts.create(mount(`m${count}/`));
            }),
          ),
        );
        const paths = await s.transact(async (tx) => (await tx.mounts.list()).map((m) => m.path));
        expect(new Set(paths).size).toBe(n);
      }));

    it("the catalog's revision changes with the catalog, and only then", () =>
      withStorage(async (s) => {
        const first = await s.transact((tx) => tx.catalog.revision());
        await s.transact((tx) => tx.mounts.create(mount("m/")));
        expect(await s.transact((tx) => tx.catalog.revision())).toBe(first);
        await s.transact((tx) => tx.catalog.put(entry("a")));
        const second = await s.transact((tx) => tx.catalog.revision());
        expect(second).not.toBe(first);
        await s.transact((tx) => tx.catalog.delete("secret", "a", ""));
        expect(await s.transact((tx) => tx.catalog.revision())).not.toBe(second);
      }));

    it("refuses transactions once closed", async () => {
      const under = await open();
      await under.storage.close();
      expect(await codeOf(under.storage.transact(async () => 1))).toBe("unavailable");
      await under.cleanup?.();
    });

    needs("persists", "keeps every committed change across a reopen", async () => {
      const under = await open();
      if (!under.reopen) throw new Error(`${name} declares that it persists but gives no reopen`);
      await under.storage.transact(async (tx) => {
        await tx.catalog.put(entry("a", "v1.0.0"));
        await tx.pins.put({ type: "secret", name: "a", version: "v1.0.0" });
        await tx.mounts.create(mount("m/"));
        await tx.reloads.add({ reload_id: "r", results: {} }, 10);
        await tx.connections.put("uuid-m/", "db", connection("p"));
        await tx.connections.put("uuid-m/", "gone", connection("p"));
        await tx.tokens.put(token("a"));
        await tx.tokens.put(token("b", "a"));
        await tx.policies.put(policy("p1"));
        await tx.policies.put(policy("gone"));
      });
      await under.storage.transact((tx) => tx.connections.delete("uuid-m/", "gone"));
      await under.storage.transact(async (tx) => {
        await tx.tokens.delete("a".repeat(64));
        await tx.policies.delete("gone");
      });
      await under.storage.transact((tx) => tx.mounts.update({ ...mount("m/"), description: "two" }));
      await under.storage.close();
      const again = await under.reopen();
      try {
        await again.transact(async (tx) => {
          expect(await tx.catalog.get("secret", "a", "v1.0.0")).toEqual(entry("a", "v1.0.0"));
          expect(await tx.pins.get("secret", "a")).toEqual({ type: "secret", name: "a", version: "v1.0.0" });
          expect((await tx.mounts.get("secret", "m/"))?.description).toBe("two");
          expect(await tx.reloads.get("r")).toEqual({ reload_id: "r", results: {} });
          expect(await tx.connections.get("uuid-m/", "db")).toEqual(connection("p"));
          expect(await tx.connections.list("uuid-m/")).toEqual(["db"]);
          expect(await tx.tokens.get("a".repeat(64))).toBeUndefined();
          expect(await tx.tokens.get("b".repeat(64))).toEqual(token("b", "a"));
          expect((await tx.tokens.byAccessor("acc-b"))?.hash).toBe("b".repeat(64));
          expect(await tx.policies.list()).toEqual(["p1"]);
          expect(await tx.policies.get("p1")).toEqual(policy("p1"));
        });
      } finally {
        await again.close();
        await under.cleanup?.();
      }
    });

    needs("failingWrites", "a write that fails changes nothing, in memory or on disk", async () => {
      const under = await openFailing();
      const s = under.storage;
      await s.transact((tx) => tx.catalog.put(entry("kept", "v1.0.0")));
      await under.fail(true);
      const refused = s.transact(async (tx) => {
        await tx.catalog.put(entry("ghost", "v1.0.0"));
        await tx.catalog.delete("secret", "kept", "v1.0.0");
      });
      expect(await codeOf(refused)).not.toBe("resolved");
      await under.fail(false);
      const names = async (st: Storage) =>
        (await st.transact((tx) => tx.catalog.list())).map((e) => e.name).sort();
      expect(await names(s)).toEqual(["kept"]);
      await s.transact((tx) => tx.catalog.put(entry("after", "v1.0.0")));
      await s.close();
      if (can.persists !== true || !under.reopen) return under.cleanup?.();
      const again = await under.reopen();
      try {
        expect(await names(again)).toEqual(["after", "kept"]);
      } finally {
        await again.close();
        await under.cleanup?.();
      }
    });

    needs(
      "visibleBeforeDurable",
      "commits built on a failed write fail with it, and reads that saw it answer what is durable",
      async () => {
        const under = await openFailing();
        await withStorage(async (s) => {
          await under.fail(true);
          const first = s.transact((tx) => tx.catalog.put(entry("x", "v1.0.0")));
          const built = s.transact(async (tx) => {
            const x = await tx.catalog.get("secret", "x", "v1.0.0");
            if (x) await tx.pins.put({ type: "secret", name: "x", version: "v1.0.0" });
            return Boolean(x);
          });
          const read = s.transact((tx) => tx.catalog.list());
          const [a, b, r] = await Promise.allSettled([first, built, read]);
          await under.fail(false);
          expect(a.status).toBe("rejected");
          expect(b.status).toBe("rejected");
          expect(r).toEqual({ status: "fulfilled", value: [] });
          expect(await s.transact((tx) => tx.pins.list())).toEqual([]);
        }, under);
      },
    );
  });
}
