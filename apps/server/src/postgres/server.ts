// A throwaway PostgreSQL server from the machine's own packages (Debian's postgresql, found under
// /usr/lib/postgresql/<major>/bin): initdb on a directory, then postgres on 127.0.0.1 and a free port, with
// its socket in that directory. PostgreSQL refuses to run as root, so as root both run as the `postgres`
// user (runuser) on a directory that user owns. Used by the tests and by the local cluster command.
//
// No other local user gets in: TCP connections (127.0.0.1 only) need the superuser's password, generated
// at initdb and kept in the directory (mode 0600, readable by its owner alone), and the Unix socket is in
// that directory (mode 0700) with peer authentication.
import { execFile, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const PG_ROOT = "/usr/lib/postgresql";

export interface PostgresBinaries {
  /** The directory that holds initdb, postgres and pg_ctl. */
  bin: string;
  /** Set when we run as root: the account the server runs as. */
  runAs?: { user: string; uid: number; gid: number };
}

/** The newest PostgreSQL installed, or why there is none that can run here. */
export function findPostgres(): PostgresBinaries | { missing: string } {
  const majors = existsSync(PG_ROOT)
    ? readdirSync(PG_ROOT)
        .filter((d) => /^\d+$/.test(d))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const bin = majors
    .map((m) => join(PG_ROOT, m, "bin"))
    .find((b) => existsSync(join(b, "postgres")) && existsSync(join(b, "initdb")));
  if (!bin) {
    return {
      missing: `no PostgreSQL server under ${PG_ROOT}/*/bin (apt-get install postgresql; .ci/run does)`,
    };
  }
  if (process.getuid?.() !== 0) return { bin };
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { bin, runAs: { user: "postgres", uid, gid } };
  } catch {
    return { missing: "running as root and there is no postgres user to run PostgreSQL as" };
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface PostgresServer {
  /** postgres://postgres:PASSWORD@127.0.0.1:PORT/DB */
  url(database?: string): string;
  port: number;
  dir: string;
  /** Creates a database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server (fast shutdown: clients are disconnected, committed data stays). */
  stop(): Promise<void>;
  /** Starts it again on the same directory and port. */
  start(): Promise<void>;
  /**
   * Ends the sessions of the clients whose application_name starts with `prefix` (a partition as PostgreSQL
   * sees it: their locks go with them). Returns how many ended.
   */
  terminate(prefix: string): Promise<number>;
  /** pg_dump of a database's data, as text (for tests that look for what must not be there). */
  dump(database: string): Promise<string>;
  /** Stops it and removes its directory (unless it was given one to keep). */
  close(): Promise<void>;
}

export interface PostgresOptions {
  /** Keep the data here (created with initdb when empty) instead of a temporary directory. */
  dir?: string;
  port?: number;
  /** fsync each commit, as a real deployment does. Off by default: tests need no crash safety of the OS. */
  fsync?: boolean;
}

const running = new Set<() => void>();
process.once("exit", () => {
  for (const stop of running) stop();
});

/**
 * A detached shell that outlives its owner: when the owning process is gone (killed, even with -9, before
 * it could stop the server), it stops PostgreSQL and removes the temporary directory. Killed on close().
 */
function watch(owner: number, pgCtl: string, pgdata: string, dir: string, keep: boolean, user?: string) {
  const script = [
    'while kill -0 "$1" 2>/dev/null; do sleep 1; done',
    'if [ -n "$6" ]; then runuser -u "$6" -- "$2" -D "$3" -m immediate stop; else "$2" -D "$3" -m immediate stop; fi',
    '[ "$5" = 1 ] || rm -rf "$4"',
  ].join("\n");
  const args = [String(owner), pgCtl, pgdata, dir, keep ? "1" : "0", user ?? ""];
  const child = spawn("/bin/sh", ["-c", script, "sysplugins-pg-watchdog", ...args], {
    detached: true,
    stdio: "ignore",
  });
  child.unref();
  return child;
}

export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresServer> {
  const found = findPostgres();
  if ("missing" in found) throw new Error(found.missing);
  const { bin, runAs } = found;
  const keep = options.dir !== undefined;
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), "sysplugins-pg-")));
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  if (runAs) await chown(dir, runAs.uid, runAs.gid);
  const pgdata = join(dir, "pgdata");
  const passwordFile = join(dir, "superuser-password");
  const password = existsSync(passwordFile)
    ? (await readFile(passwordFile, "utf8")).trim()
    : randomBytes(16).toString("hex");
  // psql and pg_ctl's wait connect with the password (PGPASSWORD reaches them through runuser's environment).
  const env = { ...process.env, PGPASSWORD: password };
  const as = (cmd: string, args: string[]) =>
    runAs
      ? run("runuser", ["-u", runAs.user, "--", join(bin, cmd), ...args], { env })
      : run(join(bin, cmd), args, { env });

  if (!existsSync(join(pgdata, "PG_VERSION"))) {
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    if (runAs) await chown(passwordFile, runAs.uid, runAs.gid);
    await as("initdb", [
      ...["-D", pgdata, "-U", "postgres", "-E", "UTF8", "--no-locale"],
      ...["--auth-local=peer", "--auth-host=scram-sha-256", `--pwfile=${passwordFile}`],
      ...(options.fsync ? [] : ["--no-sync"]),
    ]);
  }
  const port = options.port ?? (await freePort());
  const serverOptions = [
    "-h 127.0.0.1",
    `-p ${port}`,
    `-k ${dir}`,
    "-c max_connections=200",
    "-c shared_buffers=32MB",
    `-c fsync=${options.fsync ? "on" : "off"}`,
  ].join(" ");
  const stopNow = () => {
    try {
      const args = ["-D", pgdata, "-m", "immediate", "-w", "stop"];
      if (runAs) execFileSync("runuser", ["-u", runAs.user, "--", join(bin, "pg_ctl"), ...args]);
      else execFileSync(join(bin, "pg_ctl"), args);
    } catch {}
  };
  let up = false;

  const start = async () => {
    try {
      await as("pg_ctl", [
        "-D",
        pgdata,
        "-l",
        join(dir, "postgres.log"),
        "-o",
        serverOptions,
        "-w",
        "-t",
        "60",
        "start",
      ]);
    } catch (err) {
      const log = await readFile(join(dir, "postgres.log"), "utf8").catch(() => "");
      throw new Error(`PostgreSQL did not start: ${(err as Error).message}\n${log.slice(-2000)}`);
    }
    up = true;
    running.add(stopNow);
  };
  const stop = async () => {
    if (!up) return;
    await as("pg_ctl", ["-D", pgdata, "-m", "fast", "-w", "-t", "60", "stop"]);
    up = false;
    running.delete(stopNow);
  };
  await start();
  const watchdog = watch(process.pid, join(bin, "pg_ctl"), pgdata, dir, keep, runAs?.user);

  const url = (database = "postgres") => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  return {
    url,
    port,
    dir,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
      await as("psql", [
        "-h",
        "127.0.0.1",
        "-p",
        String(port),
        "-U",
        "postgres",
        "-qc",
        `CREATE DATABASE ${name}`,
      ]);
      return url(name);
    },
    stop,
    start,
    async dump(database) {
      const { stdout } = await as("pg_dump", [
        ...["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "--data-only", database],
      ]);
      return stdout;
    },
    async terminate(prefix) {
      const { stdout } = await as("psql", [
        ...["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-Atc"],
        `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE starts_with(application_name, '${prefix.replaceAll("'", "''")}')`,
      ]);
      return Number(stdout.trim());
    },
    async close() {
      watchdog.kill();
      await stop();
      if (!keep) await rm(dir, { recursive: true, force: true });
    },
  };
}
