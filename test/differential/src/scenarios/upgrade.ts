// Vault's documented plugin upgrade procedure (docs/upgrading/plugins): register the new version, tune
// the mount to it, reload, check the running version; for a secrets engine and an auth method; downgrade
// the same way; and an upgrade onto a build that fails to start, then the way back.
import { AUTH, BROKEN, get, post, register, type Scenario, SECRET, type Tools } from "../scenario.js";

const mountSecret = (t: Tools, version: string) =>
  post(`sys/mounts/${t.pre}-m`, { type: `${t.pre}-p`, config: { plugin_version: version } });
const mountAuth = (t: Tools, version: string) =>
  post(`sys/auth/${t.pre}-a`, { type: `${t.pre}-p`, config: { plugin_version: version } });

export const upgradeScenarios: Scenario[] = [
  {
    id: "upgrade-secret-by-plugin",
    group: "upgrade",
    title: "secrets engine v1.0.0 → v1.0.1: register, tune, reload by plugin",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      mountSecret(t, "v1.0.0"),
      get(`sys/mounts/${t.pre}-m`),
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.1"),
      post(`sys/mounts/${t.pre}-m/tune`, { plugin_version: "v1.0.1" }),
      get(`sys/mounts/${t.pre}-m`),
      get(`sys/mounts/${t.pre}-m/tune`),
      post("sys/plugins/reload/backend", { plugin: `${t.pre}-p` }),
      get(`sys/mounts/${t.pre}-m`),
    ],
  },
  {
    id: "upgrade-secret-by-mounts",
    group: "upgrade",
    title: "secrets engine v1.0.0 → v1.0.1: tune, reload by mounts",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.1"),
      mountSecret(t, "v1.0.0"),
      post(`sys/mounts/${t.pre}-m/tune`, { plugin_version: "v1.0.1" }),
      post("sys/plugins/reload/backend", { mounts: [`${t.pre}-m`] }),
      get(`sys/mounts/${t.pre}-m`),
      get("sys/mounts"),
    ],
  },
  {
    id: "upgrade-secret-unversioned-to-versioned",
    group: "upgrade",
    title: "an unversioned mount moves to a versioned plugin by tune and reload",
    steps: (t) => [
      post(`sys/plugins/catalog/secret/${t.pre}-p`, {
        sha256: t.bin(SECRET, "v1.0.0").sha256,
        command: t.bin(SECRET, "v1.0.0").command,
        env: ["SYSPLUGINS_PLUGIN_VERSION="],
      }),
      post(`sys/mounts/${t.pre}-m`, { type: `${t.pre}-p` }),
      get(`sys/mounts/${t.pre}-m`),
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.1"),
      post(`sys/mounts/${t.pre}-m/tune`, { plugin_version: "v1.0.1" }),
      post("sys/plugins/reload/backend", { mounts: [`${t.pre}-m`] }),
      get(`sys/mounts/${t.pre}-m`),
    ],
  },
  {
    id: "upgrade-auth-by-plugin",
    group: "upgrade",
    title: "auth method v1.0.0 → v1.0.1: register, tune, reload by plugin",
    steps: (t) => [
      register(t, "auth", `${t.pre}-p`, AUTH, "v1.0.0"),
      mountAuth(t, "v1.0.0"),
      get(`sys/auth/${t.pre}-a`),
      register(t, "auth", `${t.pre}-p`, AUTH, "v1.0.1"),
      post(`sys/auth/${t.pre}-a/tune`, { plugin_version: "v1.0.1" }),
      get(`sys/auth/${t.pre}-a`),
      get(`sys/auth/${t.pre}-a/tune`),
      post("sys/plugins/reload/backend", { plugin: `${t.pre}-p` }),
      get(`sys/auth/${t.pre}-a`),
    ],
  },
  {
    id: "upgrade-auth-by-mounts",
    group: "upgrade",
    title: "auth method v1.0.0 → v1.0.1: reload by mounts, spelled auth/<path>",
    steps: (t) => [
      register(t, "auth", `${t.pre}-p`, AUTH, "v1.0.0"),
      register(t, "auth", `${t.pre}-p`, AUTH, "v1.0.1"),
      mountAuth(t, "v1.0.0"),
      post(`sys/auth/${t.pre}-a/tune`, { plugin_version: "v1.0.1" }),
      post("sys/plugins/reload/backend", { mounts: [`auth/${t.pre}-a`] }),
      get(`sys/auth/${t.pre}-a`),
      get("sys/auth"),
    ],
  },
  {
    id: "upgrade-auth-sys-auth-spelling",
    group: "upgrade",
    title: "reload an auth mount spelled sys/auth/<path>",
    steps: (t) => [
      register(t, "auth", `${t.pre}-p`, AUTH, "v1.0.0"),
      mountAuth(t, "v1.0.0"),
      post("sys/plugins/reload/backend", { mounts: [`sys/auth/${t.pre}-a`] }),
      get(`sys/auth/${t.pre}-a`),
    ],
  },
  {
    id: "downgrade-secret",
    group: "downgrade",
    title: "secrets engine v1.0.1 → v1.0.0: tune back and reload",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.1"),
      mountSecret(t, "v1.0.1"),
      post(`sys/mounts/${t.pre}-m/tune`, { plugin_version: "v1.0.0" }),
      post("sys/plugins/reload/backend", { mounts: [`${t.pre}-m`] }),
      get(`sys/mounts/${t.pre}-m`),
      post(`sys/mounts/${t.pre}-m/tune`, { plugin_version: "1.0.1" }),
      get(`sys/mounts/${t.pre}-m/tune`),
    ],
  },
  {
    id: "downgrade-auth",
    group: "downgrade",
    title: "auth method v1.0.1 → v1.0.0: tune back and reload",
    steps: (t) => [
      register(t, "auth", `${t.pre}-p`, AUTH, "v1.0.0"),
      register(t, "auth", `${t.pre}-p`, AUTH, "v1.0.1"),
      mountAuth(t, "v1.0.1"),
      post(`sys/auth/${t.pre}-a/tune`, { plugin_version: "v1.0.0" }),
      post("sys/plugins/reload/backend", { plugin: `${t.pre}-p` }),
      get(`sys/auth/${t.pre}-a`),
    ],
  },
  {
    id: "downgrade-delete-new-version",
    group: "downgrade",
    title: "after a downgrade the newer version can be removed from the catalog",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.1"),
      mountSecret(t, "v1.0.1"),
      post(`sys/mounts/${t.pre}-m/tune`, { plugin_version: "v1.0.0" }),
      post("sys/plugins/reload/backend", { mounts: [`${t.pre}-m`] }),
      { method: "DELETE", path: `sys/plugins/catalog/secret/${t.pre}-p?version=v1.0.1` },
      get(`sys/plugins/catalog/secret/${t.pre}-p?version=v1.0.1`),
      get(`sys/mounts/${t.pre}-m`),
    ],
  },
  {
    id: "failed-upgrade-broken-build",
    group: "failed upgrade",
    title: "tune onto a build that fails to start, reload fails, tune back, reload works",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      mountSecret(t, "v1.0.0"),
      post(`sys/plugins/catalog/secret/${t.pre}-p`, {
        sha256: t.bin(BROKEN, "v1.0.2").sha256,
        command: t.bin(BROKEN, "v1.0.2").command,
        version: "v1.0.2",
      }),
      get(`sys/plugins/catalog/secret/${t.pre}-p?version=v1.0.2`),
      post(`sys/mounts/${t.pre}-m/tune`, { plugin_version: "v1.0.2" }),
      post("sys/plugins/reload/backend", { mounts: [`${t.pre}-m`] }),
      get(`sys/mounts/${t.pre}-m`),
      post(`sys/mounts/${t.pre}-m/tune`, { plugin_version: "v1.0.0" }),
      post("sys/plugins/reload/backend", { mounts: [`${t.pre}-m`] }),
      get(`sys/mounts/${t.pre}-m`),
    ],
  },
  {
    id: "failed-upgrade-enable-broken",
    group: "failed upgrade",
    title: "enabling a build that fails to start is refused and leaves no mount",
    steps: (t) => [
      post(`sys/plugins/catalog/secret/${t.pre}-p`, {
        sha256: t.bin(BROKEN, "v1.0.2").sha256,
        command: t.bin(BROKEN, "v1.0.2").command,
        version: "v1.0.2",
      }),
      post(`sys/mounts/${t.pre}-m`, { type: `${t.pre}-p`, config: { plugin_version: "v1.0.2" } }),
      get(`sys/mounts/${t.pre}-m`),
    ],
  },
  {
    id: "failed-upgrade-checksum",
    group: "failed upgrade",
    title: "a catalog entry whose sha256 does not match the file: enable is refused",
    steps: (t) => [
      post(`sys/plugins/catalog/secret/${t.pre}-p`, {
        sha256: t.bin(SECRET, "v1.0.1").sha256,
        command: t.bin(SECRET, "v1.0.0").command,
        version: "v1.0.0",
      }),
      post(`sys/mounts/${t.pre}-m`, { type: `${t.pre}-p`, config: { plugin_version: "v1.0.0" } }),
    ],
  },
  {
    id: "failed-upgrade-tune-missing-version",
    group: "failed upgrade",
    title: "tune to a version the catalog lacks is refused; the mount keeps its version",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      mountSecret(t, "v1.0.0"),
      post(`sys/mounts/${t.pre}-m/tune`, { plugin_version: "v9.9.9" }),
      get(`sys/mounts/${t.pre}-m`),
    ],
  },
];
