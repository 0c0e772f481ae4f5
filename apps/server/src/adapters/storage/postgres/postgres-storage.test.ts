import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { type PostgresServer, startPostgres } from "../../../postgres/server.js";
import { postgresMissing } from "../../../testing/postgres.js";
import { exerciseStorage } from "../storage-suite.js";
import { openPostgresStorage } from "./postgres-storage.js";

const missing = postgresMissing("the storage suite on PostgreSQL");
let server: PostgresServer | undefined;
let databases = 0;
if (!missing) {
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(() => server?.close());

  exerciseStorage(
    "postgres",
    async () => {
      const url = await (server as PostgresServer).createDatabase(`suite${++databases}`);
      const storage = await openPostgresStorage(url);
      // PostgreSQL refusing writes as a full disk makes it refuse them (SQLSTATE 53100), from a trigger
      // on every table the storage writes, switched by a row the test sets.
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`
        CREATE TABLE test_fail_writes (failing boolean NOT NULL);
        INSERT INTO test_fail_writes VALUES (false);
        CREATE FUNCTION test_fail_writes() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF (SELECT failing FROM test_fail_writes) THEN
            RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = '53100';
          END IF;
          RETURN NULL;
        END $$;
        ${["catalog", "pins", "mounts", "reloads", "reload_deliveries", "connections", "catalog_changes"]
          .map(
            (t) =>
              `CREATE TRIGGER test_fail_writes BEFORE INSERT OR UPDATE OR DELETE ON ${t} FOR EACH STATEMENT EXECUTE FUNCTION test_fail_writes();`,
          )
          .join("\n")}`);
      return {
        storage,
        reopen: () => openPostgresStorage(url),
        failWrites: async (failing: boolean) => {
          await admin.query("UPDATE test_fail_writes SET failing = $1", [failing]);
        },
        cleanup: () => admin.end(),
      };
    },
    {
      persists: true,
      failingWrites: true,
      visibleBeforeDurable:
        "PostgreSQL shows a transaction only what others have committed: nothing is built on a write that fails",
    },
  );
}
