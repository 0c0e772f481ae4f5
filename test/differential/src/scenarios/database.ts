// Vault's upgrade procedure for a database plugin (docs/DATABASE.md): the plugin runs behind a connection
// of the database secrets engine, and writing the connection's plugin_version restarts it on that version.
// Then what a user gets wrong on the way: plugins and versions that are not there, bad versions, missing
// connections, reloads, roles and credentials, secrets in what a read returns.
import {
  BROKEN,
  DATABASE,
  del,
  get,
  list,
  post,
  register,
  registerUnversioned,
  type Scenario,
  SECRET,
  type Tools,
} from "../scenario.js";

const enable = (t: Tools) => post(`sys/mounts/${t.pre}-db`, { type: "database" });
const config = (t: Tools, name = "my-db") => `${t.pre}-db/config/${name}`;

/** A connection's settings: a templated URL (no password in it), verify_connection=false (no database). */
const connection = (t: Tools, extra: Record<string, unknown> = {}) => ({
  plugin_name: `${t.pre}-p`,
  plugin_version: "v1.0.0",
  connection_url: "postgresql://{{username}}:{{password}}@127.0.0.1:5432/postgres",
  allowed_roles: "reader,writer",
  username: "admin",
  password: "s3cret-never-returned",
  verify_connection: false,
  ...extra,
});

/** The plugin registered at v1.0.0, the engine enabled, one connection on v1.0.0. */
const setUp = (t: Tools, extra: Record<string, unknown> = {}) => [
  register(t, "database", `${t.pre}-p`, DATABASE, "v1.0.0"),
  enable(t),
  post(config(t), connection(t, extra)),
];

export const databaseScenarios: Scenario[] = [
  {
    id: "database-upgrade-procedure",
    group: "database",
    title: "database plugin v1.0.0 → v1.0.1 → v1.0.0 behind a connection, then torn down",
    steps: (t) => [
      ...setUp(t),
      get(config(t)),
      list(`${t.pre}-db/config`),
      register(t, "database", `${t.pre}-p`, DATABASE, "v1.0.1"),
      post(config(t), { plugin_version: "v1.0.1" }),
      get(config(t)),
      post(`${t.pre}-db/reset/my-db`),
      post(config(t), { plugin_version: "v1.0.0" }),
      get(config(t)),
      del(config(t)),
      get(config(t)),
      list(`${t.pre}-db/config`),
      del(`sys/mounts/${t.pre}-db`),
      del(`sys/plugins/catalog/database/${t.pre}-p?version=v1.0.1`),
      del(`sys/plugins/catalog/database/${t.pre}-p?version=v1.0.0`),
      get(`sys/plugins/catalog/database/${t.pre}-p?version=v1.0.0`),
    ],
  },
  {
    id: "database-reload-by-plugin",
    group: "database",
    title: "reload a database plugin: reload/backend, <mount>/reload/:plugin, reload/database/:name",
    steps: (t) => [
      ...setUp(t),
      post("sys/plugins/reload/backend", { plugin: `${t.pre}-p` }),
      post(`${t.pre}-db/reload/${t.pre}-p`),
      post(`sys/plugins/reload/database/${t.pre}-p`),
      get(config(t)),
    ],
  },
  {
    id: "database-reload-mount",
    group: "database",
    title: "reload the database mount itself by mounts",
    steps: (t) => [
      ...setUp(t),
      post("sys/plugins/reload/backend", { mounts: [`${t.pre}-db`] }),
      get(config(t)),
    ],
  },
  {
    id: "database-config-version-forms",
    group: "database",
    title: "plugin_version without the v, and omitted on create (the newest registered)",
    steps: (t) => [
      register(t, "database", `${t.pre}-p`, DATABASE, "v1.0.0"),
      register(t, "database", `${t.pre}-p`, DATABASE, "v1.0.1"),
      enable(t),
      post(config(t), connection(t, { plugin_version: "1.0.0" })),
      get(config(t)),
      post(config(t, "newest"), connection(t, { plugin_version: undefined })),
      get(config(t, "newest")),
      list(`${t.pre}-db/config`),
    ],
  },
  {
    id: "database-config-update-merges",
    group: "database",
    title: "an update keeps what it omits and merges the details it gives",
    steps: (t) => [
      ...setUp(t),
      post(config(t), { allowed_roles: ["auditor"], max_open_connections: 4 }),
      get(config(t)),
      post(config(t), { verify_connection: false, password_policy: "" }),
      get(config(t)),
    ],
  },
  {
    id: "database-config-unregistered",
    group: "database",
    title: "a connection naming a plugin the catalog lacks, or a version it lacks",
    steps: (t) => [
      register(t, "database", `${t.pre}-p`, DATABASE, "v1.0.0"),
      enable(t),
      post(config(t), connection(t, { plugin_name: `${t.pre}-none` })),
      post(config(t), connection(t, { plugin_version: "v9.0.0" })),
      get(config(t)),
      list(`${t.pre}-db/config`),
    ],
  },
  {
    id: "database-config-upgrade-unregistered",
    group: "database",
    title: "an update to a version the catalog lacks keeps the connection as it was",
    steps: (t) => [...setUp(t), post(config(t), { plugin_version: "v1.0.9" }), get(config(t))],
  },
  {
    id: "database-config-bad-version",
    group: "database",
    title: "plugin_version that is not a semantic version",
    steps: (t) => [
      register(t, "database", `${t.pre}-p`, DATABASE, "v1.0.0"),
      enable(t),
      post(config(t), connection(t, { plugin_version: "latest" })),
      post(config(t), connection(t, { plugin_version: "v1.0.0.0.x" })),
    ],
  },
  {
    id: "database-config-no-plugin-name",
    group: "database",
    title: "a new connection without plugin_name",
    steps: (t) => [
      enable(t),
      post(config(t), { connection_url: "postgresql://127.0.0.1/postgres", verify_connection: false }),
      post(config(t), connection(t, { plugin_name: "" })),
    ],
  },
  {
    id: "database-missing-connection",
    group: "database",
    title: "read, delete and reset of a connection that does not exist; list when there are none",
    steps: (t) => [
      enable(t),
      get(config(t, "none")),
      del(config(t, "none")),
      post(`${t.pre}-db/reset/none`),
      list(`${t.pre}-db/config`),
      get(`${t.pre}-db/config`),
    ],
  },
  {
    id: "database-secret-plugin-as-connection",
    group: "database",
    title: "a secrets-engine plugin named as a connection's plugin_name",
    steps: (t) => [
      register(t, "secret", `${t.pre}-s`, SECRET, "v1.0.0"),
      enable(t),
      post(config(t), connection(t, { plugin_name: `${t.pre}-s` })),
      get(config(t)),
    ],
  },
  {
    id: "database-plugin-mounted-as-secret",
    group: "database",
    title: "a database plugin enabled as a secrets engine",
    steps: (t) => [
      register(t, "database", `${t.pre}-p`, DATABASE, "v1.0.0"),
      post(`sys/mounts/${t.pre}-m`, { type: `${t.pre}-p` }),
    ],
  },
  {
    id: "database-url-password",
    group: "database",
    title: "a password inside connection_url: the warning, and xxxxx on read",
    steps: (t) => [
      ...setUp(t, { connection_url: "postgresql://admin:hunter2@127.0.0.1:5432/postgres?sslmode=disable" }),
      get(config(t)),
      post(config(t), { connection_url: "postgresql://127.0.0.1:5432/postgres" }),
      get(config(t)),
      post(config(t), { password: "rotated-by-hand", private_key: "-----BEGIN KEY-----" }),
      get(config(t)),
    ],
  },
  {
    id: "database-roles-and-creds",
    group: "database",
    title: "roles, static roles and credentials under a database mount",
    steps: (t) => [
      ...setUp(t),
      list(`${t.pre}-db/roles`),
      get(`${t.pre}-db/roles/reader`),
      get(`${t.pre}-db/creds/reader`),
      list(`${t.pre}-db/static-roles`),
    ],
  },
  {
    id: "database-builtin-plugin",
    group: "database",
    title: "a connection on a builtin database plugin, verify_connection=false",
    steps: (t) => [
      enable(t),
      post(
        config(t),
        connection(t, { plugin_name: "postgresql-database-plugin", plugin_version: undefined }),
      ),
      get(config(t)),
    ],
  },
  {
    id: "database-reload-shared-name",
    group: "database",
    title: "reload by plugin of a name registered as both a secrets engine and a database plugin",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      ...setUp(t),
      post(`sys/mounts/${t.pre}-m`, { type: `${t.pre}-p` }),
      post("sys/plugins/reload/backend", { plugin: `${t.pre}-p` }),
      get(config(t)),
    ],
  },
  {
    id: "database-deregister-in-use",
    group: "database",
    title: "the connection's plugin version deregistered: read, reset, update",
    steps: (t) => [
      ...setUp(t),
      del(`sys/plugins/catalog/database/${t.pre}-p?version=v1.0.0`),
      get(config(t)),
      post(`${t.pre}-db/reset/my-db`),
      post(config(t), { allowed_roles: "reader" }),
      get(config(t)),
    ],
  },
  {
    id: "database-upgrade-broken-build",
    group: "database",
    title: "an update onto a build that does not start keeps the connection on what it ran",
    steps: (t) => [
      ...setUp(t),
      register(t, "database", `${t.pre}-p`, BROKEN, "v1.0.2"),
      post(config(t), { plugin_version: "v1.0.2" }),
      get(config(t)),
    ],
  },
  {
    id: "database-verify-connection-default",
    group: "database",
    title:
      "a connection created without verify_connection (true: the plugin's Initialize is asked to verify)",
    steps: (t) => [
      register(t, "database", `${t.pre}-p`, DATABASE, "v1.0.0"),
      enable(t),
      post(config(t), connection(t, { verify_connection: undefined })),
      get(config(t)),
      post(config(t), { plugin_version: "v1.0.0", verify_connection: "yes" }),
    ],
  },
  {
    id: "database-config-names",
    group: "database",
    title: "connection names with dots, dashes at the ends, and slashes",
    steps: (t) => [
      register(t, "database", `${t.pre}-p`, DATABASE, "v1.0.0"),
      enable(t),
      post(config(t, "a.b_c-d"), connection(t)),
      post(config(t, "-bad"), connection(t)),
      post(config(t, "a/b"), connection(t)),
      list(`${t.pre}-db/config`),
    ],
  },
  {
    id: "database-config-switch-plugin",
    group: "database",
    title: "an update naming another database plugin, and field types a form would send",
    steps: (t) => [
      ...setUp(t),
      register(t, "database", `${t.pre}-q`, DATABASE, "v1.0.1"),
      post(config(t), { plugin_name: `${t.pre}-q`, plugin_version: "v1.0.1" }),
      get(config(t)),
      post(config(t), {
        root_rotation_statements: "ALTER USER x",
        allowed_roles: "*",
        password_policy: "none",
      }),
      get(config(t)),
    ],
  },
  {
    id: "database-disable-drops-connections",
    group: "database",
    title: "disabling the engine drops its connections; enabled again at the same path it has none",
    steps: (t) => [...setUp(t), del(`sys/mounts/${t.pre}-db`), enable(t), list(`${t.pre}-db/config`)],
  },
  {
    id: "database-mount-tune-version",
    group: "database",
    title: "the database engine itself: read, and tuned to a plugin version",
    steps: (t) => [
      enable(t),
      get(`sys/mounts/${t.pre}-db`),
      post(`sys/mounts/${t.pre}-db/tune`, { plugin_version: "v1.0.0" }),
      post(`sys/mounts/${t.pre}-db2`, { type: "database", config: { plugin_version: "v1.0.0" } }),
    ],
  },
  {
    id: "database-unversioned-plugin",
    group: "database",
    title:
      "an unversioned database plugin: chosen when no plugin_version is given, then moved to a versioned one",
    steps: (t) => [
      registerUnversioned(t, "database", `${t.pre}-p`, DATABASE, "v1.0.0"),
      enable(t),
      post(config(t), connection(t, { plugin_version: undefined })),
      get(config(t)),
      post(config(t, "other"), connection(t, { plugin_version: "v1.0.0" })),
      register(t, "database", `${t.pre}-p`, DATABASE, "v1.0.1"),
      post(config(t, "new"), connection(t, { plugin_version: undefined })),
      get(config(t, "new")),
      post(config(t), { plugin_version: "v1.0.1" }),
      get(config(t)),
      post(config(t), { plugin_version: "" }),
      get(config(t)),
    ],
  },
];
