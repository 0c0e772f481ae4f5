import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresMissing } from "../testing/postgres.js";
import { migrate, migrations, SchemaTooNewError } from "./migrations.js";
import { type PostgresServer, startPostgres } from "./server.js";

describe.skipIf(postgresMissing("the PostgreSQL migration tests"))("migrations", () => {
  let server: PostgresServer;
  let databases = 0;
  const pools: pg.Pool[] = [];
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
    await server?.close();
  });
  async function freshPool(): Promise<pg.Pool> {
    const pool = new pg.Pool({ connectionString: await server.createDatabase(`m${++databases}`), max: 4 });
    // An idle client whose backend ends (57P01 as the server stops) is reported on the pool; without a
    // listener that report is an unhandled error that fails the whole file, which checks migrations.
    pool.on("error", () => {});
    pools.push(pool);
    return pool;
  }
  const code = (p: Promise<unknown>) =>
    p.then(
      () => "committed",
      (err: { code?: string }) => err.code,
    );

  it("applies each migration once, even when three nodes start together", async () => {
    const pool = await freshPool();
    const runs = await Promise.all([migrate(pool), migrate(pool), migrate(pool)]);
    expect(runs.flat()).toEqual(migrations.map((m) => m.version));
    expect(await migrate(pool)).toEqual([]);
    const { rows } = await pool.query("SELECT version, name FROM schema_migrations ORDER BY version");
    expect(rows).toEqual(migrations.map((m) => ({ version: m.version, name: m.name })));
  });

  it("applies a later migration on a database at an earlier version", async () => {
    const pool = await freshPool();
    await migrate(pool);
    const next = { version: 99, name: "test", sql: "CREATE TABLE later (x int)" };
    expect(await migrate(pool, [...migrations, next])).toEqual([99]);
    await pool.query("SELECT x FROM later");
    await expect(migrate(pool)).rejects.toThrow(SchemaTooNewError);
  });

  it("leaves nothing behind when a migration fails", async () => {
    const pool = await freshPool();
    const broken = { version: 1, name: "broken", sql: "CREATE TABLE a (x int); SELECT nonsense" };
    await expect(migrate(pool, [broken])).rejects.toThrow();
    expect((await pool.query("SELECT to_regclass('a') AS a")).rows).toEqual([{ a: null }]);
    expect((await pool.query("SELECT to_regclass('schema_migrations') AS t")).rows).toEqual([{ t: null }]);
  });

  it("holds the catalog and pin invariants as constraints", async () => {
    const pool = await freshPool();
    await migrate(pool);
    const entry =
      "INSERT INTO catalog (type, name, version, command, sha256) VALUES ($1, $2, $3, 'cmd', 'ab')";
    expect(await code(pool.query(entry, ["secret", "kv2", "v1.0.0"]))).toBe("committed");
    // One value per name and version.
    expect(await code(pool.query(entry, ["secret", "kv2", "v1.0.0"]))).toBe("23505");
    // A pin names an existing version.
    const pin = "INSERT INTO pins (type, name, version) VALUES ($1, $2, $3)";
    expect(await code(pool.query(pin, ["secret", "kv2", "v2.0.0"]))).toBe("23503");
    expect(await code(pool.query(pin, ["secret", "kv2", "v1.0.0"]))).toBe("committed");
    // A pinned version cannot be deleted.
    const remove = "DELETE FROM catalog WHERE type = 'secret' AND name = 'kv2' AND version = 'v1.0.0'";
    expect(await code(pool.query(remove))).toBe("23503");
    await pool.query("DELETE FROM pins");
    expect(await code(pool.query(remove))).toBe("committed");
  });

  it("keeps one mount per path and table", async () => {
    const pool = await freshPool();
    await migrate(pool);
    const mount =
      "INSERT INTO mounts (mount_table, path, type, accessor, uuid, config) VALUES ($1, $2, 'kv', $3, $3, '{}')";
    expect(await code(pool.query(mount, ["secret", "a/", "u1"]))).toBe("committed");
    expect(await code(pool.query(mount, ["auth", "a/", "u2"]))).toBe("committed");
    expect(await code(pool.query(mount, ["secret", "a/", "u3"]))).toBe("23505");
    expect(await code(pool.query(mount, ["secret", "b", "u4"]))).toBe("23514");
  });
});
