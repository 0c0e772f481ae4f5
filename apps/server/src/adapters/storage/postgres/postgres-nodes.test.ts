// The storage port on PostgreSQL as several nodes use it: three storages (three pools, as three server
// processes have) on one database, racing on the same rows; and PostgreSQL going away and coming back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Storage } from "../../../ports/storage.js";
import { type PostgresServer, startPostgres } from "../../../postgres/server.js";
import { postgresMissing } from "../../../testing/postgres.js";
import { entry, mount } from "../storage-suite.js";
import { openPostgresStorage } from "./postgres-storage.js";

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (err: { code?: string }) => err.code ?? String(err),
  );

describe.skipIf(postgresMissing("the PostgreSQL multi-node storage tests"))(
  "postgres storage, three nodes",
  () => {
    let server: PostgresServer;
    let databases = 0;
    beforeAll(async () => {
      server = await startPostgres();
    }, 60_000);
    afterAll(() => server?.close());

    async function threeNodes(): Promise<Storage[]> {
      const url = await server.createDatabase(`nodes${++databases}`);
      return Promise.all([1, 2, 3].map(() => openPostgresStorage(url, { max: 4 })));
    }
    const closeAll = (nodes: Storage[]) => Promise.all(nodes.map((n) => n.close()));

    it("of clashing mounts enabled at once on three nodes, exactly one is created", async () => {
      const nodes = await threeNodes();
      try {
        for (let round = 0; round < 10; round++) {
          const paths = [`r${round}/`, `r${round}/a/`, `r${round}/a/b/`];
          const results = await Promise.all(
            nodes.map((n, i) => outcome(n.transact((tx) => tx.mounts.create(mount(paths[i] as string))))),
          );
          expect(results.filter((r) => r === "ok")).toHaveLength(1);
          expect(results.filter((r) => r !== "ok")).toEqual(["mount_path_in_use", "mount_path_in_use"]);
        }
        const all = await nodes[0]?.transact((tx) => tx.mounts.list("secret"));
        expect(all).toHaveLength(10);
      } finally {
        await closeAll(nodes);
      }
    });

    it("a pin racing the deletion of its version: never a pin without its entry", async () => {
      const nodes = await threeNodes();
      const [a, b, c] = nodes as [Storage, Storage, Storage];
      try {
        for (let round = 0; round < 15; round++) {
          const name = `p${round}`;
          await a.transact((tx) => tx.catalog.put(entry(name, "v1.0.0")));
          const [pinned, deleted] = await Promise.all([
            outcome(b.transact((tx) => tx.pins.put({ type: "secret", name, version: "v1.0.0" }))),
            outcome(c.transact((tx) => tx.catalog.delete("secret", name, "v1.0.0").then(() => undefined))),
          ]);
          const [pin, stored] = await a.transact(
            async (tx) =>
              [await tx.pins.get("secret", name), await tx.catalog.get("secret", name, "v1.0.0")] as const,
          );
          // Either order is serialisable; both committing with the pin left dangling is not.
          if (pinned === "ok" && deleted === "ok") throw new Error("both committed");
          if (pin) expect(stored).toBeDefined();
          expect([pinned, deleted].sort()).toEqual(
            pinned === "ok" ? ["ok", "version_pinned"] : ["ok", "pin_target_missing"],
          );
        }
      } finally {
        await closeAll(nodes);
      }
    });

    it("read-modify-write of one mount on three nodes loses no update", async () => {
      const nodes = await threeNodes();
      try {
        await nodes[0]?.transact((tx) => tx.mounts.create(mount("counter/")));
        await Promise.all(
          Array.from({ length: 30 }, (_, i) =>
            (nodes[i % 3] as Storage).transact(async (tx) => {
              const m = await tx.mounts.get("secret", "counter/");
              if (!m) throw new Error("gone");
              await tx.mounts.update({ ...m, description: String(Number(m.description || "0") + 1) });
            }),
          ),
        );
        const m = await nodes[1]?.transact((tx) => tx.mounts.get("secret", "counter/"));
        expect(m?.description).toBe("30");
      } finally {
        await closeAll(nodes);
      }
    });

    it("while PostgreSQL is stopped transactions fail as unavailable; after it starts they work again", async () => {
      const nodes = await threeNodes();
      const [a, b] = nodes as [Storage, Storage, Storage];
      try {
        await a.transact((tx) => tx.catalog.put(entry("before", "v1.0.0")));
        await server.stop();
        expect(await outcome(a.transact((tx) => tx.catalog.put(entry("during", "v1.0.0"))))).toBe(
          "unavailable",
        );
        expect(await outcome(b.transact((tx) => tx.catalog.list()))).toBe("unavailable");
        await server.start();
        await b.transact((tx) => tx.catalog.put(entry("after", "v1.0.0")));
        const names = await a.transact(async (tx) => (await tx.catalog.list()).map((e) => e.name).sort());
        expect(names).toEqual(["after", "before"]);
      } finally {
        await closeAll(nodes);
      }
    });
  },
);
