import { existsSync } from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { postgresMissing } from "../testing/postgres.js";
import { startPostgres } from "./server.js";

describe.skipIf(postgresMissing("the PostgreSQL harness test"))("startPostgres", () => {
  it("starts a server on loopback, keeps committed data across stop and start, and cleans up", async () => {
    const server = await startPostgres();
    try {
      const url = await server.createDatabase("harness");
      expect(url).toBe(`postgres://postgres@127.0.0.1:${server.port}/harness`);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query("CREATE TABLE t (v int)");
      await client.query("INSERT INTO t VALUES (42)");
      await client.end();

      await server.stop();
      const refused = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
      await expect(refused.connect()).rejects.toThrow();
      await server.start();

      const again = new pg.Client({ connectionString: url });
      await again.connect();
      expect((await again.query("SELECT v FROM t")).rows).toEqual([{ v: 42 }]);
      await again.end();
    } finally {
      await server.close();
    }
    expect(existsSync(server.dir)).toBe(false);
  });
});
