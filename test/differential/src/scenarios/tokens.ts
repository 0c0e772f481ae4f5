// Requests without a token and with one no server issued.
import { get, post, type Scenario } from "../scenario.js";

export const tokenScenarios: Scenario[] = [
  {
    id: "token-none-catalog",
    group: "token",
    title: "no token on the catalog",
    steps: () => [get("sys/plugins/catalog", "none"), get("sys/plugins/catalog/secret/kv", "none")],
  },
  {
    id: "token-bogus-catalog",
    group: "token",
    title: "a bogus token on the catalog",
    steps: (t) => [
      get("sys/plugins/catalog", "bogus"),
      post(`sys/plugins/catalog/secret/${t.pre}-p`, { sha256: "00", command: "x" }, "bogus"),
    ],
  },
  {
    id: "token-bogus-mounts",
    group: "token",
    title: "a bogus token on mounts and tune",
    steps: (t) => [
      get("sys/mounts", "bogus"),
      post(`sys/mounts/${t.pre}-m`, { type: "kv" }, "bogus"),
      post("sys/mounts/secret/tune", { default_lease_ttl: "1h" }, "bogus"),
    ],
  },
  {
    id: "token-bogus-reload",
    group: "token",
    title: "a bogus token on reload",
    steps: () => [post("sys/plugins/reload/backend", { plugin: "kv" }, "bogus")],
  },
  {
    id: "token-none-health",
    group: "token",
    title: "sys/health needs no token",
    steps: () => [get("sys/health", "none")],
  },
];
