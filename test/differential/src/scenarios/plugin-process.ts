// Plugins run as processes: requests under a mount answered by the plugin, a plugin that crashes in the
// middle of a request, a reload that starts a new process, and executables that are not plugins, at
// registration and at mount.
import { del, get, list, post, register, type Scenario, SECRET, type Step } from "../scenario.js";
import { NOT_A_PLUGIN } from "../servers.js";

const mount = (t: { pre: string }, version = "v1.0.0"): Step =>
  post(`sys/mounts/${t.pre}-m`, { type: `${t.pre}-p`, config: { plugin_version: version } });

export const pluginProcessScenarios: Scenario[] = [
  {
    id: "plugin-requests",
    group: "plugin process",
    title: "every operation under a mount is answered by the plugin",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      mount(t),
      get(`${t.pre}-m/info`),
      post(`${t.pre}-m/data/x`, { value: "1" }),
      get(`${t.pre}-m/data/x`),
      post(`${t.pre}-m/data/x`, { value: "2" }),
      get(`${t.pre}-m/data/x?ignored=yes`),
      list(`${t.pre}-m/data`),
      list(`${t.pre}-m/data/`),
      get(`${t.pre}-m/data?list=true`),
      get(`${t.pre}-m/data/missing`),
      del(`${t.pre}-m/data/x`),
      del(`${t.pre}-m/data/x`),
      list(`${t.pre}-m/data`),
      { method: "PUT", path: `${t.pre}-m/info`, body: {} },
      get(`${t.pre}-m/nowhere`),
      get(`${t.pre}-m/info`, "none"),
    ],
  },
  {
    id: "plugin-crash-mid-request",
    group: "plugin process",
    title: "a plugin that exits in the middle of a request: that request fails, a later one starts it again",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      mount(t),
      post(`${t.pre}-m/data/kept`, { value: "1" }),
      post(`${t.pre}-m/crash`),
      // OpenBao starts the plugin again once go-plugin has seen the process exit; a request that comes
      // sooner fails to dial its socket (500). Two requests of the system backend come first.
      get(`sys/mounts/${t.pre}-m`),
      get(`sys/mounts/${t.pre}-m/tune`),
      get(`${t.pre}-m/info`),
      get(`${t.pre}-m/data/kept`),
    ],
  },
  {
    id: "plugin-reload-new-process",
    group: "plugin process",
    title: "tune and reload by plugin: the new version answers, with the storage the old one wrote",
    steps: (t) => [
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.0"),
      register(t, "secret", `${t.pre}-p`, SECRET, "v1.0.1"),
      mount(t),
      post(`${t.pre}-m/data/kept`, { value: "1" }),
      post(`sys/mounts/${t.pre}-m/tune`, { plugin_version: "v1.0.1" }),
      get(`${t.pre}-m/info`),
      post("sys/plugins/reload/backend", { plugin: `${t.pre}-p` }),
      get(`${t.pre}-m/info`),
      get(`${t.pre}-m/data/kept`),
    ],
  },
  {
    id: "plugin-not-a-plugin",
    group: "plugin process",
    title: "an executable that is not a plugin: typed registration accepted, untyped refused, mount refused",
    steps: (t) => {
      const b = t.bin(NOT_A_PLUGIN, "v0.0.0");
      return [
        post(`sys/plugins/catalog/secret/${t.pre}-p`, { sha256: b.sha256, command: b.command }),
        post(`sys/plugins/catalog/${t.pre}-untyped`, { sha256: b.sha256, command: b.command }),
        get(`sys/plugins/catalog/secret/${t.pre}-untyped`),
        post(`sys/mounts/${t.pre}-m`, { type: `${t.pre}-p` }),
        get(`sys/mounts/${t.pre}-m`),
        get(`${t.pre}-m/info`),
        post(`sys/mounts/${t.pre}-m/tune`, { description: "x" }),
      ];
    },
  },
];
