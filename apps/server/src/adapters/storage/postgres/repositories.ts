// The five repositories of the storage port as SQL on one connection inside one transaction
// (postgres-storage.ts opens and retries it). Records map to typed columns; rows come back as fresh
// objects, so what a caller changes is never what is stored.
import type pg from "pg";
import { DomainError } from "../../../domain/errors.js";
import { checkNotPinned, checkPinTarget, pathInUse } from "../../../domain/invariants.js";
import { jsonText } from "../../../domain/json-text.js";
import type {
  CatalogRecord,
  ConnectionRecord,
  MountRecord,
  PinRecord,
  PolicyRecord,
  ReloadRecord,
  TokenRecord,
} from "../../../domain/records.js";
import type { Repositories } from "../../../ports/storage.js";

/** Fold the catalog's change rows into one number once there are this many. */
const COMPACT_EVERY = 1000;

interface CatalogRow {
  type: CatalogRecord["type"];
  name: string;
  version: string;
  command: string;
  args: string[];
  env: string[];
  sha256: string;
  oci_image: string | null;
  runtime: string | null;
}

function toEntry(row: CatalogRow): CatalogRecord {
  const r: CatalogRecord = {
    type: row.type,
    name: row.name,
    version: row.version,
    command: row.command,
    args: row.args,
    env: row.env,
    sha256: row.sha256,
  };
  if (row.oci_image !== null) r.oci_image = row.oci_image;
  if (row.runtime !== null) r.runtime = row.runtime;
  return r;
}

const MOUNT_COLUMNS =
  'mount_table AS "table", path, type, description, accessor, uuid, local, seal_wrap, external_entropy_access, options, config, plugin_version';

const mountValues = (m: MountRecord) => [
  m.table,
  m.path,
  m.type,
  m.description,
  m.accessor,
  m.uuid,
  m.local,
  m.seal_wrap,
  m.external_entropy_access,
  m.options === null ? null : JSON.stringify(m.options),
  JSON.stringify(m.config),
  m.plugin_version,
];

/** A key or foreign key the schema holds, broken by a write that raced past the repository's check. */
function constraintError(err: unknown): DomainError | undefined {
  const e = err as { code?: string; constraint?: string; table?: string };
  if (e.code === "23503" && e.constraint === "pins_type_name_version_fkey") {
    return e.table === "catalog"
      ? new DomainError("version_pinned", "cannot delete a pinned version")
      : new DomainError("pin_target_missing", "plugin not found in the catalog");
  }
  return undefined;
}

export interface Transaction extends Repositories {
  /** Runs the writes that belong to the commit (the catalog's change row). */
  beforeCommit(): Promise<void>;
  /** After a commit: occasional housekeeping on another connection, never awaited. */
  afterCommit(pool: pg.Pool): void;
}

/**
 * jsonb holds no NUL (\u0000), which a connection's details may carry as any JSON string may (Vault's
 * storage keeps bytes): such a record is kept as its JSON text in base64, under one member no record has.
 */
type EncodedRecord = { $json_base64: string };
const encodeRecord = (record: ConnectionRecord): string => {
  const text = jsonText(record);
  return text.includes("\\u0000")
    ? jsonText({ $json_base64: Buffer.from(text).toString("base64") } satisfies EncodedRecord)
    : text;
};
const decodeRecord = (stored: ConnectionRecord | EncodedRecord): ConnectionRecord =>
  "$json_base64" in stored
    ? (JSON.parse(Buffer.from(stored.$json_base64, "base64").toString("utf8")) as ConnectionRecord)
    : stored;

export function repositories(client: pg.PoolClient): Transaction {
  // One query at a time on the connection, also when a caller runs repository calls in parallel.
  let last: Promise<unknown> = Promise.resolve();
  const q = <R extends pg.QueryResultRow>(text: string, values: unknown[] = []) => {
    const run = last.then(
      () => client.query<R>(text, values),
      () => client.query<R>(text, values),
    );
    last = run.catch(() => {});
    return run.catch((err) => {
      throw constraintError(err) ?? err;
    });
  };
  let catalogChanged = false;
  let changeId = 0;

  return {
    catalog: {
      async get(type, name, version) {
        const { rows } = await q<CatalogRow>(
          "SELECT * FROM catalog WHERE type = $1 AND name = $2 AND version = $3",
          [type, name, version],
        );
        return rows[0] && toEntry(rows[0]);
      },
      async list(filter = {}) {
        const { rows } = await q<CatalogRow>(
          "SELECT * FROM catalog WHERE ($1::text IS NULL OR type = $1) AND ($2::text IS NULL OR name = $2)",
          [filter.type ?? null, filter.name ?? null],
        );
        return rows.map(toEntry);
      },
      async put(r) {
        await q(
          `INSERT INTO catalog (type, name, version, command, args, env, sha256, oci_image, runtime)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (type, name, version) DO UPDATE SET command = EXCLUDED.command, args = EXCLUDED.args,
             env = EXCLUDED.env, sha256 = EXCLUDED.sha256, oci_image = EXCLUDED.oci_image, runtime = EXCLUDED.runtime`,
          [
            r.type,
            r.name,
            r.version,
            r.command,
            JSON.stringify(r.args),
            JSON.stringify(r.env),
            r.sha256,
            r.oci_image ?? null,
            r.runtime ?? null,
          ],
        );
        catalogChanged = true;
      },
      async delete(type, name, version) {
        if (type !== "unknown") {
          const { rows } = await q<PinRecord>(
            "SELECT type, name, version FROM pins WHERE type = $1 AND name = $2",
            [type, name],
          );
          checkNotPinned(version, rows[0]);
        }
        const { rowCount } = await q("DELETE FROM catalog WHERE type = $1 AND name = $2 AND version = $3", [
          type,
          name,
          version,
        ]);
        if (rowCount) catalogChanged = true;
        return Boolean(rowCount);
      },
      async revision() {
        const { rows } = await q<{ r: string }>(
          "SELECT (SELECT compacted FROM catalog_revision) + (SELECT count(*) FROM catalog_changes) AS r",
        );
        return Number(rows[0]?.r ?? 0) + (catalogChanged ? 1 : 0);
      },
    },
    pins: {
      async get(type, name) {
        const { rows } = await q<PinRecord>(
          "SELECT type, name, version FROM pins WHERE type = $1 AND name = $2",
          [type, name],
        );
        return rows[0];
      },
      async list() {
        return (await q<PinRecord>("SELECT type, name, version FROM pins")).rows;
      },
      async put(pin) {
        const { rows } = await q<CatalogRow>(
          "SELECT * FROM catalog WHERE type = $1 AND name = $2 AND version = $3",
          [pin.type, pin.name, pin.version],
        );
        checkPinTarget(pin, rows[0] && toEntry(rows[0]));
        await q(
          `INSERT INTO pins (type, name, version) VALUES ($1, $2, $3)
           ON CONFLICT (type, name) DO UPDATE SET version = EXCLUDED.version`,
          [pin.type, pin.name, pin.version],
        );
      },
      async delete(type, name) {
        const { rowCount } = await q("DELETE FROM pins WHERE type = $1 AND name = $2", [type, name]);
        return Boolean(rowCount);
      },
    },
    mounts: {
      async get(table, path) {
        const { rows } = await q<MountRecord>(
          `SELECT ${MOUNT_COLUMNS} FROM mounts WHERE mount_table = $1 AND path = $2`,
          [table, path],
        );
        return rows[0];
      },
      async list(table) {
        const { rows } = await q<MountRecord>(
          `SELECT ${MOUNT_COLUMNS} FROM mounts WHERE $1::text IS NULL OR mount_table = $1 ORDER BY seq`,
          [table ?? null],
        );
        return rows;
      },
      async create(m) {
        const { rows } = await q<MountRecord>(
          `SELECT ${MOUNT_COLUMNS} FROM mounts
           WHERE mount_table = $1 AND (starts_with($2, path) OR starts_with(path, $2)) LIMIT 1`,
          [m.table, m.path],
        );
        if (rows[0]) throw pathInUse(rows[0]);
        await q(
          `INSERT INTO mounts (mount_table, path, type, description, accessor, uuid, local, seal_wrap,
             external_entropy_access, options, config, plugin_version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
          mountValues(m),
        );
      },
      async update(m) {
        const { rowCount } = await q(
          `UPDATE mounts SET type = $3, description = $4, accessor = $5, uuid = $6, local = $7, seal_wrap = $8,
             external_entropy_access = $9, options = $10, config = $11, plugin_version = $12
           WHERE mount_table = $1 AND path = $2`,
          mountValues(m),
        );
        return Boolean(rowCount);
      },
      async delete(table, path) {
        const { rowCount } = await q("DELETE FROM mounts WHERE mount_table = $1 AND path = $2", [
          table,
          path,
        ]);
        return Boolean(rowCount);
      },
    },
    connections: {
      async get(mount, name) {
        const { rows } = await q<{ record: ConnectionRecord | EncodedRecord }>(
          "SELECT record FROM connections WHERE mount_uuid = $1 AND name = $2",
          [mount, name],
        );
        return rows[0] && decodeRecord(rows[0].record);
      },
      async list(mount) {
        const { rows } = await q<{ name: string }>("SELECT name FROM connections WHERE mount_uuid = $1", [
          mount,
        ]);
        return rows.map((r) => r.name);
      },
      async put(mount, name, record) {
        await q(
          `INSERT INTO connections (mount_uuid, name, record) VALUES ($1, $2, $3)
           ON CONFLICT (mount_uuid, name) DO UPDATE SET record = EXCLUDED.record`,
          [mount, name, encodeRecord(record)],
        );
      },
      async delete(mount, name) {
        const { rowCount } = await q("DELETE FROM connections WHERE mount_uuid = $1 AND name = $2", [
          mount,
          name,
        ]);
        return Boolean(rowCount);
      },
    },
    entries: {
      async get(mount, key) {
        const { rows } = await q<{ value: string; seal_wrap: boolean }>(
          "SELECT value, seal_wrap FROM plugin_entries WHERE mount_uuid = $1 AND key = $2",
          [mount, key],
        );
        const row = rows[0];
        return row && { value: row.value, seal_wrap: row.seal_wrap };
      },
      async keys(mount, prefix) {
        const { rows } = await q<{ key: string }>(
          "SELECT key FROM plugin_entries WHERE mount_uuid = $1 AND starts_with(key, $2)",
          [mount, prefix],
        );
        return rows.map((r) => r.key);
      },
      async put(mount, key, record) {
        await q(
          `INSERT INTO plugin_entries (mount_uuid, key, value, seal_wrap) VALUES ($1, $2, $3, $4)
           ON CONFLICT (mount_uuid, key) DO UPDATE SET value = EXCLUDED.value, seal_wrap = EXCLUDED.seal_wrap`,
          [mount, key, record.value, record.seal_wrap],
        );
      },
      async delete(mount, key) {
        const { rowCount } = await q("DELETE FROM plugin_entries WHERE mount_uuid = $1 AND key = $2", [
          mount,
          key,
        ]);
        return Boolean(rowCount);
      },
      async clear(mount) {
        const { rowCount } = await q("DELETE FROM plugin_entries WHERE mount_uuid = $1", [mount]);
        return rowCount ?? 0;
      },
    },
    tokens: {
      async get(hash) {
        const { rows } = await q<{ record: TokenRecord }>("SELECT record FROM tokens WHERE hash = $1", [
          hash,
        ]);
        return rows[0]?.record;
      },
      async byAccessor(accessor) {
        const { rows } = await q<{ record: TokenRecord }>(
          "SELECT record FROM tokens WHERE accessor = $1 LIMIT 1",
          [accessor],
        );
        return rows[0]?.record;
      },
      async children(parent) {
        const { rows } = await q<{ record: TokenRecord }>("SELECT record FROM tokens WHERE parent = $1", [
          parent,
        ]);
        return rows.map((r) => r.record);
      },
      async put(t) {
        await q(
          `INSERT INTO tokens (hash, accessor, parent, record) VALUES ($1, $2, $3, $4)
           ON CONFLICT (hash) DO UPDATE SET accessor = EXCLUDED.accessor, parent = EXCLUDED.parent,
             record = EXCLUDED.record`,
          [t.hash, t.accessor, t.parent, JSON.stringify(t)],
        );
      },
      async delete(hash) {
        const { rowCount } = await q("DELETE FROM tokens WHERE hash = $1", [hash]);
        return Boolean(rowCount);
      },
    },
    policies: {
      async get(name) {
        const { rows } = await q<{ record: PolicyRecord }>("SELECT record FROM policies WHERE name = $1", [
          name,
        ]);
        return rows[0]?.record;
      },
      async list() {
        return (await q<{ name: string }>("SELECT name FROM policies")).rows.map((r) => r.name);
      },
      async put(p) {
        await q(
          `INSERT INTO policies (name, record) VALUES ($1, $2)
           ON CONFLICT (name) DO UPDATE SET record = EXCLUDED.record`,
          [p.name, JSON.stringify(p)],
        );
      },
      async delete(name) {
        const { rowCount } = await q("DELETE FROM policies WHERE name = $1", [name]);
        return Boolean(rowCount);
      },
    },
    reloads: {
      async get(reloadId) {
        const { rows } = await q<{ node_id: string | null; stamp: string; error: string }>(
          `SELECT d.node_id, d.stamp, d.error FROM reloads r
           LEFT JOIN reload_deliveries d ON d.reload_id = r.reload_id AND d.done_at IS NOT NULL
           WHERE r.reload_id = $1`,
          [reloadId],
        );
        if (rows.length === 0) return undefined;
        const results: ReloadRecord["results"] = {};
        for (const row of rows) {
          if (row.node_id !== null) results[row.node_id] = { timestamp: row.stamp, error: row.error };
        }
        return { reload_id: reloadId, results };
      },
      async add(record, keep) {
        await q(
          `INSERT INTO reloads (reload_id, scope, origin_node, target) VALUES ($1, '', '', '{}')
           ON CONFLICT (reload_id) DO UPDATE SET seq = nextval(pg_get_serial_sequence('reloads', 'seq'))`,
          [record.reload_id],
        );
        for (const [node, result] of Object.entries(record.results)) {
          await q(
            `INSERT INTO reload_deliveries (reload_id, node_id, done_at, stamp, error) VALUES ($1, $2, now(), $3, $4)
             ON CONFLICT (reload_id, node_id) DO UPDATE
               SET done_at = EXCLUDED.done_at, stamp = EXCLUDED.stamp, error = EXCLUDED.error`,
            [record.reload_id, node, result.timestamp, result.error],
          );
        }
        await q(
          `DELETE FROM reloads WHERE seq < (SELECT seq FROM reloads ORDER BY seq DESC OFFSET $1 LIMIT 1)`,
          [Math.max(0, keep - 1)],
        );
      },
    },
    async beforeCommit() {
      if (!catalogChanged) return;
      const { rows } = await q<{ id: string }>("INSERT INTO catalog_changes DEFAULT VALUES RETURNING id");
      changeId = Number(rows[0]?.id ?? 0);
    },
    afterCommit(pool) {
      if (changeId === 0 || changeId % COMPACT_EVERY !== 0) return;
      // Best effort: a failed compaction leaves more rows to count, nothing wrong.
      void pool
        .query(
          `WITH gone AS (DELETE FROM catalog_changes WHERE id <= $1 RETURNING 1)
           UPDATE catalog_revision SET compacted = compacted + (SELECT count(*) FROM gone)`,
          [changeId],
        )
        .catch(() => {});
    },
  };
}
