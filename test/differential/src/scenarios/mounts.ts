// Enabling, reading, tuning and disabling secrets engines and auth methods.
import { AUTH, del, get, post, register, type Scenario, SECRET } from "../scenario.js";

export const mountScenarios: Scenario[] = [
  {
    id: "mount-enable-read-disable",
    group: "mounts",
    title: "enable the real plugin, read it, disable it",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      post(`sys/mounts/${t.pre}-m`, { type: `${t.pre}-p`, config: { plugin_version: "v1.0.0" } }),
      get(`sys/mounts/${t.pre}-m`),
      del(`sys/mounts/${t.pre}-m`),
      get(`sys/mounts/${t.pre}-m`),
    ],
  },
  {
    id: "mount-enable-latest",
    group: "mounts",
    title: "enable without a version picks the newest registered",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.1"),
      post(`sys/mounts/${t.pre}-m`, { type: `${t.pre}-p` }),
      get(`sys/mounts/${t.pre}-m`),
    ],
  },
  {
    id: "mount-enable-top-level-version",
    group: "mounts",
    title: "a top-level plugin_version on enable (where hvac puts it)",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.1"),
      post(`sys/mounts/${t.pre}-m`, { type: `${t.pre}-p`, plugin_version: "v1.0.0" }),
      get(`sys/mounts/${t.pre}-m`),
    ],
  },
  {
    id: "mount-enable-unknown-plugin",
    group: "mounts",
    title: "enable a plugin the catalog lacks",
    steps: (t) => [post(`sys/mounts/${t.pre}-m`, { type: `${t.pre}-none` })],
  },
  {
    id: "mount-enable-unknown-version",
    group: "mounts",
    title: "enable a version the catalog lacks",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      post(`sys/mounts/${t.pre}-m`, { type: `${t.pre}-p`, config: { plugin_version: "v2.0.0" } }),
    ],
  },
  {
    id: "mount-enable-twice",
    group: "mounts",
    title: "enable at a path already in use",
    steps: (t) => [
      post(`sys/mounts/${t.pre}-m`, { type: "kv" }),
      post(`sys/mounts/${t.pre}-m`, { type: "kv" }),
      post(`sys/mounts/${t.pre}-m/sub`, { type: "kv" }),
    ],
  },
  {
    id: "mount-enable-builtin",
    group: "mounts",
    title: "enable a builtin with and without its version",
    steps: (t) => [
      post(`sys/mounts/${t.pre}-m`, { type: "kv" }),
      get(`sys/mounts/${t.pre}-m`),
      post(`sys/mounts/${t.pre}-n`, { type: "kv", config: { plugin_version: "v0.0.1+builtin" } }),
    ],
  },
  {
    id: "mount-auth-enable-read",
    group: "mounts",
    title: "enable the real auth plugin and read it and its tune",
    steps: (t) => [
      register(t, "auth", `${t.pre}-p`, AUTH, "v1.0.0"),
      post(`sys/auth/${t.pre}-a`, { type: `${t.pre}-p`, config: { plugin_version: "v1.0.0" } }),
      get(`sys/auth/${t.pre}-a`),
      get(`sys/auth/${t.pre}-a/tune`),
      del(`sys/auth/${t.pre}-a`),
    ],
  },
  {
    id: "mount-auth-wrong-type",
    group: "mounts",
    title: "enable a secrets plugin as an auth method",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      post(`sys/auth/${t.pre}-a`, { type: `${t.pre}-p` }),
    ],
  },
  {
    id: "mount-tune-read",
    group: "mounts",
    title: "read a builtin mount's tune and a missing mount",
    steps: (t) => [
      get("sys/mounts/secret/tune"),
      get(`sys/mounts/${t.pre}-none`),
      get(`sys/mounts/${t.pre}-none/tune`),
    ],
  },
  {
    id: "mount-tune-ttl",
    group: "mounts",
    title: "tune lease TTLs and read them back",
    steps: (t) => [
      post(`sys/mounts/${t.pre}-m`, { type: "kv" }),
      post(`sys/mounts/${t.pre}-m/tune`, { default_lease_ttl: "1h", max_lease_ttl: "2h" }),
      get(`sys/mounts/${t.pre}-m/tune`),
      post(`sys/mounts/${t.pre}-m/tune`, { default_lease_ttl: "3h" }),
    ],
  },
  {
    id: "mount-tune-builtin-version",
    group: "mounts",
    title: "tune a builtin mount to an external version",
    steps: (t) => [
      post(`sys/mounts/${t.pre}-m`, { type: "kv" }),
      post(`sys/mounts/${t.pre}-m/tune`, { plugin_version: "v1.0.0" }),
    ],
  },
  {
    id: "mount-tune-missing",
    group: "mounts",
    title: "tune a mount that does not exist",
    steps: (t) => [post(`sys/mounts/${t.pre}-none/tune`, { default_lease_ttl: "1h" })],
  },
  {
    id: "mount-disable-missing",
    group: "mounts",
    title: "disable a mount that does not exist",
    steps: (t) => [del(`sys/mounts/${t.pre}-none`), del(`sys/auth/${t.pre}-none`)],
  },
  {
    id: "mount-list",
    group: "mounts",
    title: "the mount tables of a fresh server",
    steps: () => [get("sys/mounts"), get("sys/auth")],
  },
  {
    id: "mount-singleton",
    group: "mounts",
    title: "mount a singleton type",
    steps: (t) => [
      post(`sys/mounts/${t.pre}-m`, { type: "cubbyhole" }),
      post(`sys/auth/${t.pre}-a`, { type: "token" }),
    ],
  },
];
