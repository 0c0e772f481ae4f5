import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { postgresMissing } from "../testing/postgres.js";
import { startPostgres } from "./server.js";

describe.skipIf(postgresMissing("the PostgreSQL harness test"))("startPostgres", () => {
  it("starts a server on loopback, keeps committed data across stop and start, and cleans up", async () => {
    const server = await startPostgres();
    try {
      const url = await server.createDatabase("harness");
      expect(url).toMatch(
        new RegExp(`^postgres://postgres:[0-9a-f]{32}@127\\.0\\.0\\.1:${server.port}/harness$`),
      );
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

describe.skipIf(postgresMissing("the PostgreSQL authentication test"))("who may connect", () => {
  it("no other local user: a password on 127.0.0.1, and the socket in a directory only its owner reaches", async () => {
    const server = await startPostgres();
    try {
      const url = new URL(await server.createDatabase("auth"));
      const as = (password?: string) =>
        new pg.Client({
          host: "127.0.0.1",
          port: server.port,
          user: "postgres",
          database: "auth",
          connectionTimeoutMillis: 5000,
          ...(password === undefined ? {} : { password }),
        });
      // Before: initdb -A trust, so every local user was superuser (and could COPY … TO PROGRAM).
      await expect(as().connect()).rejects.toThrow(/password/);
      await expect(as("guess").connect()).rejects.toThrow(/password authentication failed/);
      const owner = as(decodeURIComponent(url.password));
      await owner.connect();
      expect((await owner.query("SELECT current_user AS u")).rows).toEqual([{ u: "postgres" }]);
      await owner.end();
      expect((await stat(server.dir)).mode & 0o077).toBe(0);
    } finally {
      await server.close();
    }
  });
});

describe.skipIf(postgresMissing("the PostgreSQL harness watchdog test"))(
  "a PostgreSQL whose owner dies",
  () => {
    it("is stopped and its directory removed, even after kill -9 of the owner", async () => {
      // The owner is a child process that starts PostgreSQL, prints where, and is then killed with -9.
      const harness = new URL("./server.js", import.meta.url).pathname.replace(
        /\/src\/(.*)\.js$/,
        "/dist/$1.js",
      );
      const owner = spawn(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          `const { startPostgres } = await import(${JSON.stringify(harness)});
         const s = await startPostgres(); console.log(JSON.stringify({ dir: s.dir, url: s.url() }));
         setInterval(() => {}, 1000);`,
        ],
        { stdio: ["ignore", "pipe", "inherit"] },
      );
      const line = await new Promise<string>((resolve) =>
        owner.stdout?.once("data", (d) => resolve(String(d))),
      );
      const { dir, url } = JSON.parse(line) as { dir: string; url: string };
      expect(existsSync(dir)).toBe(true);
      owner.kill("SIGKILL");
      const deadline = Date.now() + 20_000;
      while (existsSync(dir) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(existsSync(dir)).toBe(false);
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
      await expect(client.connect()).rejects.toThrow();
    }, 60_000);
  },
);
