// The PostgreSQL schema, as versioned migrations the server applies itself when it starts. Applied ones
// are recorded in schema_migrations; nodes that start together take an advisory lock so each migration
// runs once. A migration is never edited after it has landed: a change is a new migration.
//
// The invariants are the database's, not only the services': one entry per (type, name, version) is the
// catalog's primary key; a pin is a foreign key to the catalog entry it names, so a pin of a missing
// version cannot be written and a pinned version cannot be deleted (ON DELETE RESTRICT); mount paths are
// unique per table. A path that is a prefix of another (a clash) is not a
// key: the storage adapter runs every transaction SERIALIZABLE, so two enables that each saw no clash
// cannot both commit.
import type pg from "pg";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: "catalog, pins, mounts, reloads, nodes and reload deliveries",
    sql: `
CREATE TABLE catalog (
  type text NOT NULL CHECK (type IN ('unknown', 'auth', 'database', 'secret')),
  name text NOT NULL CHECK (name <> ''),
  version text NOT NULL,
  command text NOT NULL,
  args jsonb NOT NULL DEFAULT '[]',
  env jsonb NOT NULL DEFAULT '[]',
  sha256 text NOT NULL,
  oci_image text,
  runtime text,
  PRIMARY KEY (type, name, version)
);

CREATE TABLE pins (
  type text NOT NULL CHECK (type IN ('auth', 'database', 'secret')),
  name text NOT NULL,
  version text NOT NULL CHECK (version <> ''),
  PRIMARY KEY (type, name),
  FOREIGN KEY (type, name, version) REFERENCES catalog (type, name, version) ON DELETE RESTRICT
);

CREATE TABLE mounts (
  mount_table text NOT NULL CHECK (mount_table IN ('secret', 'auth')),
  path text NOT NULL CHECK (path LIKE '%/' AND path NOT LIKE '/%'),
  type text NOT NULL,
  description text NOT NULL DEFAULT '',
  accessor text NOT NULL UNIQUE,
  uuid text NOT NULL UNIQUE,
  local boolean NOT NULL DEFAULT false,
  seal_wrap boolean NOT NULL DEFAULT false,
  external_entropy_access boolean NOT NULL DEFAULT false,
  options jsonb,
  config jsonb NOT NULL,
  plugin_version text NOT NULL DEFAULT '',
  PRIMARY KEY (mount_table, path)
);

-- Nodes say they are alive by moving heartbeat_at; one that stopped cleanly sets stopped_at.
CREATE TABLE nodes (
  node_id text PRIMARY KEY,
  api_address text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  heartbeat_at timestamptz NOT NULL DEFAULT now(),
  stopped_at timestamptz
);

-- A reload: local (one node) or global (every live node). What it reloads is kept so that a node that
-- missed the notification runs it from the table.
CREATE TABLE reloads (
  seq bigserial UNIQUE,
  reload_id text PRIMARY KEY,
  scope text NOT NULL CHECK (scope IN ('', 'global')),
  origin_node text NOT NULL,
  target jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- One row per node a reload was delivered to; done_at and error are that node's result.
CREATE TABLE reload_deliveries (
  reload_id text NOT NULL REFERENCES reloads (reload_id) ON DELETE CASCADE,
  node_id text NOT NULL REFERENCES nodes (node_id) ON DELETE CASCADE,
  done_at timestamptz,
  error text NOT NULL DEFAULT '',
  PRIMARY KEY (reload_id, node_id)
);
CREATE INDEX reload_deliveries_pending ON reload_deliveries (node_id) WHERE done_at IS NULL;
`,
  },
  {
    version: 2,
    name: "catalog revision; reload results as the nodes stamp them, from any node",
    sql: `
-- The catalog's revision, for caches: every transaction that changes the catalog adds a row, so the count
-- grows with each commit and is read consistently with the rest of a transaction's snapshot. Writers only
-- insert, so they never wait on one another; old rows are folded into catalog_revision.compacted.
CREATE TABLE catalog_changes (id bigserial PRIMARY KEY);
CREATE TABLE catalog_revision (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  compacted bigint NOT NULL
);
INSERT INTO catalog_revision (compacted) VALUES (0);

-- A node's result keeps the timestamp text it reported (RFC 3339, as Vault's); a result may name a node
-- that is not (or no longer) in nodes.
ALTER TABLE reload_deliveries ADD COLUMN stamp text NOT NULL DEFAULT '';
ALTER TABLE reload_deliveries DROP CONSTRAINT reload_deliveries_node_id_fkey;

-- Accessors and UUIDs are random, not keys: the storage port does not make them unique.
ALTER TABLE mounts DROP CONSTRAINT mounts_accessor_key;
ALTER TABLE mounts DROP CONSTRAINT mounts_uuid_key;

-- Which process holds a node id: a second process cannot take the id of a live node.
ALTER TABLE nodes ADD COLUMN instance text NOT NULL DEFAULT '';

-- One id for the whole cluster, as sys/health reports it.
CREATE TABLE cluster_info (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  cluster_id text NOT NULL DEFAULT gen_random_uuid()::text
);
INSERT INTO cluster_info DEFAULT VALUES;
`,
  },
  {
    version: 3,
    name: "announce changes of the mount table",
    sql: `
-- A mount enabled or disabled on one node is set up or stopped on the others: the change is announced on
-- commit, whichever node (or tool) made it.
CREATE FUNCTION sysplugins_mounts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('sysplugins_mounts', '');
  RETURN NULL;
END $$;
CREATE TRIGGER mounts_changed AFTER INSERT OR DELETE ON mounts
  FOR EACH STATEMENT EXECUTE FUNCTION sysplugins_mounts_changed();
`,
  },
  {
    version: 4,
    name: "connections of database secrets engines",
    sql: `
-- One row per connection, by the uuid of its database mount (no foreign key: a mount's uuid names its
-- storage, as Vault's barrier view does; disabling the mount deletes its connections).
CREATE TABLE connections (
  mount_uuid text NOT NULL,
  name text NOT NULL,
  record jsonb NOT NULL,
  PRIMARY KEY (mount_uuid, name)
);
`,
  },
  {
    version: 5,
    name: "announce changes of database connections",
    sql: `
-- A connection written or deleted on one node stops on the others, which start it again from what is
-- stored (as Vault's storage invalidation closes it): announced on the mount table's channel.
CREATE TRIGGER connections_changed AFTER INSERT OR UPDATE OR DELETE ON connections
  FOR EACH STATEMENT EXECUTE FUNCTION sysplugins_mounts_changed();
`,
  },
  {
    version: 6,
    name: "cluster name; each node's host name and version, for sys/ha-status",
    sql: `
-- The cluster's name beside its id, made once as Vault names a cluster given none (sys/seal-status).
ALTER TABLE cluster_info ADD COLUMN cluster_name text NOT NULL
  DEFAULT 'vault-cluster-' || substr(md5(gen_random_uuid()::text), 1, 8);
-- What each node reports of itself to the others (sys/ha-status: hostname, version).
ALTER TABLE nodes ADD COLUMN hostname text NOT NULL DEFAULT '';
ALTER TABLE nodes ADD COLUMN version text NOT NULL DEFAULT '';
`,
  },
  {
    version: 7,
    name: "the cluster's one root token",
    sql: `
-- A node started without --root-token takes the cluster's: the first such node's, kept here.
ALTER TABLE cluster_info ADD COLUMN root_token text;
ALTER TABLE cluster_info ADD COLUMN root_token_created bigint;
`,
  },
  {
    version: 8,
    name: "mounts listed in the order they were made",
    sql: `
-- Vault's mount table keeps its entries in the order they were mounted (a tune keeps the place, a
-- remount takes a new one): what it iterates for a reload, and so the order of its errors. The embedded
-- store keeps that order; here a sequence does.
ALTER TABLE mounts ADD COLUMN seq bigserial;
`,
  },
  {
    version: 9,
    name: "external plugins' own storage",
    sql: `
-- Each external plugin's logical.Storage, by the uuid of its mount (as Vault's barrier view keeps it
-- under the mount); disabling the mount deletes its entries.
CREATE TABLE plugin_entries (
  mount_uuid text NOT NULL,
  key text NOT NULL,
  -- base64 of what the plugin wrote, or that sealed (adapters/storage/sealed-storage.ts)
  value text NOT NULL,
  seal_wrap boolean NOT NULL DEFAULT false,
  PRIMARY KEY (mount_uuid, key)
);
-- A key written on one node is invalidated in the plugin each other node runs (Vault's InvalidateKey on
-- standbys): "<mount uuid>/<key>", or "<mount uuid>/" alone when that would not fit a notification.
CREATE FUNCTION sysplugins_entry_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed plugin_entries;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  IF octet_length(changed.key) > 7000 THEN
    PERFORM pg_notify('sysplugins_entries', changed.mount_uuid || '/');
  ELSE
    PERFORM pg_notify('sysplugins_entries', changed.mount_uuid || '/' || changed.key);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER plugin_entries_changed AFTER INSERT OR UPDATE OR DELETE ON plugin_entries
  FOR EACH ROW EXECUTE FUNCTION sysplugins_entry_changed();
`,
  },
  {
    version: 10,
    name: "tokens by hash, with their accessor and parent; ACL policies",
    sql: `
-- A token is stored by the SHA-256 of the token, never the token itself; the accessor and the parent are
-- looked up (lookup-accessor, revoking a parent's children).
CREATE TABLE tokens (
  hash text PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
  accessor text NOT NULL,
  parent text NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX tokens_accessor ON tokens (accessor);
CREATE INDEX tokens_parent ON tokens (parent) WHERE parent <> '';

CREATE TABLE policies (
  name text PRIMARY KEY CHECK (name <> '' AND name = lower(name)),
  record jsonb NOT NULL
);
`,
  },
];

/** Any number: the advisory lock nodes share while they migrate. */
const MIGRATION_LOCK = 0x5359_5350;

export class SchemaTooNewError extends Error {}

/** Applies the migrations the database lacks, in order, in one transaction. Returns their versions. */
export async function migrate(pool: pg.Pool, all: readonly Migration[] = migrations): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ version: number }>("SELECT version FROM schema_migrations");
    const done = new Set(rows.map((r) => r.version));
    const known = Math.max(0, ...all.map((m) => m.version));
    const newest = Math.max(0, ...done);
    if (newest > known) {
      throw new SchemaTooNewError(
        `the database's schema is at version ${newest}, newer than this server knows (${known}): run a newer server`,
      );
    }
    const applied: number[] = [];
    for (const m of [...all].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
        m.version,
        m.name,
      ]);
      applied.push(m.version);
    }
    await client.query("COMMIT");
    return applied;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
