// Reloading by plugin and by mounts, and the reload routes OpenBao does not have.
import { AUTH, get, post, register, type Scenario, SECRET } from "../scenario.js";

const reload = (body: unknown) => post("sys/plugins/reload/backend", body);

export const reloadScenarios: Scenario[] = [
  {
    id: "reload-plugin-unmounted",
    group: "reload",
    title: "reload a registered plugin that no mount uses",
    steps: (t) => [register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"), reload({ plugin: `${t.pre}-p` })],
  },
  {
    id: "reload-plugin-unknown",
    group: "reload",
    title: "reload a plugin the catalog lacks",
    steps: (t) => [reload({ plugin: `${t.pre}-none` })],
  },
  {
    id: "reload-plugin-two-mounts",
    group: "reload",
    title: "reload a plugin that two mounts use",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      post(`sys/mounts/${t.pre}-m1`, { type: `${t.pre}-p` }),
      post(`sys/mounts/${t.pre}-m2`, { type: `${t.pre}-p` }),
      reload({ plugin: `${t.pre}-p` }),
      get(`sys/mounts/${t.pre}-m2`),
    ],
  },
  {
    id: "reload-mounts-comma-string",
    group: "reload",
    title: "mounts as a comma-separated string",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      post(`sys/mounts/${t.pre}-m1`, { type: `${t.pre}-p` }),
      post(`sys/mounts/${t.pre}-m2`, { type: `${t.pre}-p` }),
      reload({ mounts: `${t.pre}-m1,${t.pre}-m2` }),
    ],
  },
  {
    id: "reload-mounts-comma-in-array",
    group: "reload",
    title: "a comma inside an array element is not split",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      post(`sys/mounts/${t.pre}-m1`, { type: `${t.pre}-p` }),
      reload({ mounts: [`${t.pre}-m1,${t.pre}-m1`] }),
    ],
  },
  {
    id: "reload-mounts-trailing-slash",
    group: "reload",
    title: "a mount given with a trailing slash",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      post(`sys/mounts/${t.pre}-m`, { type: `${t.pre}-p` }),
      reload({ mounts: [`${t.pre}-m/`] }),
    ],
  },
  {
    id: "reload-mounts-missing",
    group: "reload",
    title: "reload mounts that do not exist",
    steps: (t) => [reload({ mounts: [`${t.pre}-none`, `auth/${t.pre}-none`] })],
  },
  {
    id: "reload-mounts-builtin",
    group: "reload",
    title: "reload a builtin mount",
    steps: () => [reload({ mounts: ["secret"] })],
  },
  {
    id: "reload-plugin-builtin",
    group: "reload",
    title: "reload a builtin plugin by name",
    steps: () => [reload({ plugin: "kv" })],
  },
  {
    id: "reload-singleton",
    group: "reload",
    title: "reload a singleton",
    steps: () => [reload({ plugin: "cubbyhole" }), reload({ plugin: "token" })],
  },
  {
    id: "reload-database-builtin",
    group: "reload",
    title: "reload a database plugin",
    steps: () => [reload({ plugin: "mysql-database-plugin" })],
  },
  {
    id: "reload-bad-bodies",
    group: "reload",
    title: "neither, both, and a bad scope",
    steps: (t) => [
      reload({}),
      reload({ plugin: `${t.pre}-x`, mounts: [`${t.pre}-m`] }),
      reload({ plugin: `${t.pre}-x`, scope: "local" }),
    ],
  },
  {
    id: "reload-scope-global",
    group: "reload",
    title: "scope=global",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      reload({ plugin: `${t.pre}-p`, scope: "global" }),
    ],
  },
  {
    id: "reload-auth-plugin",
    group: "reload",
    title: "reload an auth plugin by name",
    steps: (t) => [
      register(t, "auth", `${t.pre}-p`, AUTH, "v1.0.0"),
      post(`sys/auth/${t.pre}-a`, { type: `${t.pre}-p` }),
      reload({ plugin: `${t.pre}-p` }),
    ],
  },
  {
    id: "reload-by-type-route",
    group: "reload",
    title: "POST sys/plugins/reload/secret/:name (Vault 1.16+)",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      post(`sys/plugins/reload/secret/${t.pre}-p`, {}),
    ],
  },
  {
    id: "reload-status-route",
    group: "reload",
    title: "GET sys/plugins/reload/backend/status",
    steps: () => [get("sys/plugins/reload/backend/status?reload_id=abc")],
  },
  {
    id: "pins-routes",
    group: "reload",
    title: "sys/plugins/pins (Vault 1.16+)",
    steps: (t) => [
      get("sys/plugins/pins"),
      get(`sys/plugins/pins/secret/${t.pre}-p`),
      post(`sys/plugins/pins/secret/${t.pre}-p`, { version: "v1.0.0" }),
    ],
  },
];
