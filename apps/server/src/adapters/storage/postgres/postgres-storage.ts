// The storage port on PostgreSQL, for several server processes (nodes) sharing one state. Each
// transact() is one SERIALIZABLE transaction on one pooled connection: PostgreSQL aborts one of any two
// transactions whose reads and writes could not have happened one after the other (SQLSTATE 40001, or a
// deadlock, 40P01), and the adapter runs `fn` again, so the invariants checked inside `fn` and by the
// repositories hold whichever nodes commit at once. The schema's keys and foreign keys hold them too
// (postgres/migrations.ts), and their violations come out as the same domain errors.
//
// While PostgreSQL cannot be reached every transaction fails with DomainError "unavailable" (answered
// 503); nothing is acknowledged that was not committed, and the pool reconnects by itself when it returns.
import pg from "pg";
import { DomainError } from "../../../domain/errors.js";
import type { Storage } from "../../../ports/storage.js";
import { migrate } from "../../../postgres/migrations.js";
import { repositories } from "./repositories.js";

export interface PostgresStorage extends Storage {
  /** The pool, for the cluster's own tables (nodes, reload deliveries). */
  readonly pool: pg.Pool;
}

export interface PostgresStorageOptions {
  /** Connections in the pool. */
  max?: number;
  /** Called with errors of idle connections (PostgreSQL went away); they are not fatal. */
  onIdleError?: (err: Error) => void;
}

/** SQLSTATEs after which running the transaction again can succeed. */
const RETRY = new Set(["40001", "40P01"]);
/** Retries are bounded in count and in time; the last failure is answered 503. */
const MAX_ATTEMPTS = 50;
const MAX_RETRY_MS = 10_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Errors that mean PostgreSQL is away or went away: the connection, not the transaction, failed. */
export function isConnectionError(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  if (typeof e?.code === "string") {
    if (/^(08|57P)/.test(e.code)) return true; // connection exception, operator intervention
    if (["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH"].includes(e.code))
      return true;
  }
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Client was closed/i.test(
    e?.message ?? "",
  );
}

/**
 * A pooled connection for one transaction. While it is checked out the pool does not listen for its
 * errors, and an 'error' event nobody listens to ends the process: PostgreSQL shutting down between two
 * queries of a transaction would. `done(err)` gives it back (destroyed when it failed).
 */
export async function checkOut(pool: pg.Pool): Promise<{ client: pg.PoolClient; done(err?: Error): void }> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (err) {
    throw isConnectionError(err) ? unavailable() : err;
  }
  let lost: Error | undefined;
  const onError = (err: Error) => {
    lost = err;
  };
  client.on("error", onError);
  return {
    client,
    done(err) {
      client.removeListener("error", onError);
      client.release(err ?? lost);
    },
  };
}

export const unavailable = () =>
  new DomainError("unavailable", "storage is unavailable: the PostgreSQL server cannot be reached");

/** Opens the pool, applies the migrations the database lacks, and returns the storage. */
export async function openPostgresStorage(
  url: string,
  options: PostgresStorageOptions = {},
): Promise<PostgresStorage> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    // A query that gets no answer (a server gone without closing the connection) fails rather than hangs.
    query_timeout: 15_000,
  });
  // Without a listener, an idle connection's error (PostgreSQL restarting) would end the process.
  pool.on("error", (err) => options.onIdleError?.(err));
  try {
    await migrate(pool);
  } catch (err) {
    await pool.end();
    throw err;
  }
  let closed = false;

  async function attempt<T>(fn: Parameters<Storage["transact"]>[0]): Promise<T> {
    const { client, done } = await checkOut(pool);
    let broken: Error | undefined;
    try {
      await client.query("BEGIN ISOLATION LEVEL SERIALIZABLE");
      const tx = repositories(client);
      const result = (await fn(tx)) as T;
      await tx.beforeCommit();
      await client.query("COMMIT");
      tx.afterCommit(pool);
      return result;
    } catch (err) {
      if (isConnectionError(err)) {
        broken = err as Error;
        throw unavailable();
      }
      await client.query("ROLLBACK").catch((e: Error) => {
        broken = e;
      });
      throw err;
    } finally {
      done(broken);
    }
  }

  return {
    pool,
    async transact<T>(fn: Parameters<Storage["transact"]>[0]): Promise<T> {
      const started = Date.now();
      for (let n = 1; ; n++) {
        if (closed) throw new DomainError("unavailable", "the server is shutting down");
        try {
          return await attempt<T>(fn);
        } catch (err) {
          const code = (err as { code?: string }).code ?? "";
          if (!RETRY.has(code)) throw err;
          if (n >= MAX_ATTEMPTS || Date.now() - started > MAX_RETRY_MS) {
            throw new DomainError(
              "unavailable",
              "storage is busy: the transaction kept conflicting with concurrent ones",
            );
          }
          // Jittered backoff, growing: concurrent writers of the same rows spread out.
          await sleep(Math.random() * Math.min(50, 2 * n));
        }
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  } as PostgresStorage;
}
