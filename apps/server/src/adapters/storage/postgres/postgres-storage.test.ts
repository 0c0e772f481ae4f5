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

  exerciseStorage("postgres", async () => {
    const url = await (server as PostgresServer).createDatabase(`suite${++databases}`);
    return { storage: await openPostgresStorage(url), reopen: () => openPostgresStorage(url) };
  });
}
