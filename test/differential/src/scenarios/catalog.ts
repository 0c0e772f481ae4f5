// Registering, reading, listing and deleting catalog entries, edge cases included.
import {
  AUTH,
  del,
  get,
  list,
  post,
  register,
  registerUnversioned,
  type Scenario,
  SECRET,
} from "../scenario.js";

const ZERO = "00".repeat(32);

export const catalogScenarios: Scenario[] = [
  {
    id: "catalog-register-read",
    group: "catalog",
    title: "register a versioned plugin and read it back",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      get(`sys/plugins/catalog/secret/${t.pre}-p?version=v1.0.0`),
      get(`sys/plugins/catalog/secret/${t.pre}-p`),
    ],
  },
  {
    id: "catalog-register-unversioned",
    group: "catalog",
    title: "register a plugin that reports no version, read it without ?version",
    steps: (t) => [
      registerUnversioned(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      get(`sys/plugins/catalog/secret/${t.pre}-p`),
      get(`sys/plugins/catalog/secret/${t.pre}-p?version=`),
    ],
  },
  {
    id: "catalog-register-no-version-self-reported",
    group: "catalog",
    title: "register without a version a plugin that reports one",
    steps: (t) => [
      post(`sys/plugins/catalog/secret/${t.pre}-p`, {
        sha256: t.bin(SECRET, "v1.0.1").sha256,
        command: t.bin(SECRET, "v1.0.1").command,
      }),
      get(`sys/plugins/catalog/secret/${t.pre}-p`),
      get(`sys/plugins/catalog/secret/${t.pre}-p?version=v1.0.1`),
    ],
  },
  {
    id: "catalog-version-mismatch",
    group: "catalog",
    title: "register a binary under a version it does not report",
    steps: (t) => [
      post(`sys/plugins/catalog/secret/${t.pre}-p`, {
        sha256: t.bin(SECRET, "v1.0.1").sha256,
        command: t.bin(SECRET, "v1.0.1").command,
        version: "v1.0.0",
      }),
      get(`sys/plugins/catalog/secret/${t.pre}-p?version=v1.0.0`),
    ],
  },
  {
    id: "catalog-version-canonical",
    group: "catalog",
    title: "a version without v and patch is stored canonically",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0", { version: "1.0" }),
      get(`sys/plugins/catalog/secret/${t.pre}-p?version=1.0.0`),
      get(`sys/plugins/catalog/secret/${t.pre}-p?version=v1.0`),
    ],
  },
  {
    id: "catalog-two-versions-list",
    group: "catalog",
    title: "two versions of one plugin: list, detailed, typed list",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.1"),
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      list("sys/plugins/catalog/secret"),
      get("sys/plugins/catalog"),
    ],
  },
  {
    id: "catalog-list-all",
    group: "catalog",
    title: "the whole catalog: builtins, names per type, detailed",
    steps: () => [get("sys/plugins/catalog")],
  },
  {
    id: "catalog-list-typed",
    group: "catalog",
    title: "LIST each type",
    steps: () => [
      list("sys/plugins/catalog/auth"),
      list("sys/plugins/catalog/database"),
      list("sys/plugins/catalog/secret"),
    ],
  },
  {
    id: "catalog-list-query-spellings",
    group: "catalog",
    title: "GET ?list= with Go's ParseBool spellings and a bad one",
    steps: () => [
      get("sys/plugins/catalog/auth?list=true"),
      get("sys/plugins/catalog/auth?list=1"),
      get("sys/plugins/catalog/auth?list=True"),
      get("sys/plugins/catalog/auth?list=maybe"),
      get("sys/plugins/catalog/auth?list=false"),
    ],
  },
  {
    id: "catalog-list-unknown-type",
    group: "catalog",
    title: "LIST and read an unknown plugin type",
    steps: (t) => [list("sys/plugins/catalog/kms"), get(`sys/plugins/catalog/kms/${t.pre}-x`)],
  },
  {
    id: "catalog-read-builtins",
    group: "catalog",
    title: "read builtins of each type",
    steps: () => [
      get("sys/plugins/catalog/secret/kv"),
      get("sys/plugins/catalog/auth/userpass"),
      get("sys/plugins/catalog/database/postgresql-database-plugin"),
    ],
  },
  {
    id: "catalog-read-missing",
    group: "catalog",
    title: "read a missing entry, a missing version, and an invalid version",
    steps: (t) => [
      get(`sys/plugins/catalog/secret/${t.pre}-none`),
      get(`sys/plugins/catalog/secret/${t.pre}-none?version=v1.0.0`),
      get(`sys/plugins/catalog/secret/${t.pre}-none?version=1.x`),
    ],
  },
  {
    id: "catalog-read-untyped",
    group: "catalog",
    title: "the deprecated untyped read of a registered plugin",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      get(`sys/plugins/catalog/${t.pre}-p`),
    ],
  },
  {
    id: "catalog-delete-version",
    group: "catalog",
    title: "delete one version, then the other",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.1"),
      del(`sys/plugins/catalog/secret/${t.pre}-p?version=v1.0.0`),
      list("sys/plugins/catalog/secret"),
      get(`sys/plugins/catalog/secret/${t.pre}-p?version=v1.0.1`),
      del(`sys/plugins/catalog/secret/${t.pre}-p?version=v1.0.1`),
      get(`sys/plugins/catalog/secret/${t.pre}-p?version=v1.0.1`),
    ],
  },
  {
    id: "catalog-delete-missing",
    group: "catalog",
    title: "delete what does not exist (idempotent)",
    steps: (t) => [
      del(`sys/plugins/catalog/secret/${t.pre}-none`),
      del(`sys/plugins/catalog/secret/${t.pre}-none?version=v1.0.0`),
    ],
  },
  {
    id: "catalog-delete-builtin",
    group: "catalog",
    title: "delete a builtin (refused at its version; unversioned is a no-op)",
    steps: () => [del("sys/plugins/catalog/secret/kv"), get("sys/plugins/catalog/secret/kv")],
  },
  {
    id: "catalog-delete-mounted",
    group: "catalog",
    title: "delete a plugin version a mount uses",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      post(`sys/mounts/${t.pre}-m`, { type: `${t.pre}-p`, config: { plugin_version: "v1.0.0" } }),
      del(`sys/plugins/catalog/secret/${t.pre}-p?version=v1.0.0`),
      get(`sys/mounts/${t.pre}-m`),
    ],
  },
  {
    id: "catalog-reregister-same-version",
    group: "catalog",
    title: "registering the same version again replaces it",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0", { args: ["--flag"] }),
      get(`sys/plugins/catalog/secret/${t.pre}-p?version=v1.0.0`),
    ],
  },
  {
    id: "catalog-register-args-env",
    group: "catalog",
    title: "args are read back, env never is",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0", {
        args: ["--a", "b"],
        env: ["SYSPLUGINS_GREETING=hunter2"],
      }),
      get(`sys/plugins/catalog/secret/${t.pre}-p?version=v1.0.0`),
    ],
  },
  {
    id: "catalog-register-sha-alias",
    group: "catalog",
    title: "sha_256 is accepted for sha256",
    steps: (t) => [
      post(`sys/plugins/catalog/secret/${t.pre}-p`, {
        sha_256: t.bin(SECRET, "v1.0.0").sha256,
        command: t.bin(SECRET, "v1.0.0").command,
        version: "v1.0.0",
      }),
      get(`sys/plugins/catalog/secret/${t.pre}-p?version=v1.0.0`),
    ],
  },
  {
    id: "catalog-register-uppercase-sha",
    group: "catalog",
    title: "an upper-case sha256 is stored in lower case",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0", {
        sha256: t.bin(SECRET, "v1.0.0").sha256.toUpperCase(),
      }),
      get(`sys/plugins/catalog/secret/${t.pre}-p?version=v1.0.0`),
    ],
  },
  {
    id: "catalog-register-name-slash",
    group: "catalog",
    title: "a name with slashes",
    steps: (t) => [
      register(t, "secret", `${t.pre}/with/slash`, SECRET, "v1.0.0"),
      get(`sys/plugins/catalog/secret/${t.pre}/with/slash?version=v1.0.0`),
      list("sys/plugins/catalog/secret"),
      del(`sys/plugins/catalog/secret/${t.pre}/with/slash?version=v1.0.0`),
    ],
  },
  {
    id: "catalog-register-auth-type",
    group: "catalog",
    title: "register the auth build as an auth plugin and read it",
    steps: (t) => [
      register(t, "auth", `${t.pre}-p`, AUTH, "v1.0.0"),
      get(`sys/plugins/catalog/auth/${t.pre}-p?version=v1.0.0`),
      get(`sys/plugins/catalog/secret/${t.pre}-p?version=v1.0.0`),
    ],
  },
  {
    id: "catalog-register-untyped",
    group: "catalog",
    title: "the deprecated untyped registration detects the type by running the binary",
    steps: (t) => [
      post(`sys/plugins/catalog/${t.pre}-p`, {
        sha256: t.bin(SECRET, "v1.0.0").sha256,
        command: t.bin(SECRET, "v1.0.0").command,
        version: "v1.0.0",
      }),
      get(`sys/plugins/catalog/secret/${t.pre}-p?version=v1.0.0`),
    ],
  },
  {
    id: "catalog-register-builtin-name",
    group: "catalog",
    title: "an external plugin may shadow a builtin's name",
    steps: (t) => [
      register(t, "secret", "kv", SECRET, "v1.0.0"),
      get("sys/plugins/catalog/secret/kv?version=v1.0.0"),
      get("sys/plugins/catalog/secret/kv"),
      del("sys/plugins/catalog/secret/kv?version=v1.0.0"),
    ],
  },
  {
    id: "catalog-register-zero-sha",
    group: "catalog",
    title: "a registration whose sha256 is not the file's is accepted (checked when it runs)",
    steps: (t) => [
      post(`sys/plugins/catalog/secret/${t.pre}-p`, {
        sha256: ZERO,
        command: t.bin(SECRET, "v1.0.0").command,
        env: ["SYSPLUGINS_PLUGIN_VERSION="],
      }),
      get(`sys/plugins/catalog/secret/${t.pre}-p`),
    ],
  },
];
