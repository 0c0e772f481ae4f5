import { hostname } from "node:os";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("has documented defaults and generates a root token", () => {
    const c = loadConfig([], {});
    expect(c).toMatchObject({ host: "127.0.0.1", port: 8200, logLevel: "info", vaultVersion: undefined });
    expect(c.rootToken).toMatch(/^hvs\.[A-Za-z0-9_-]{24}$/);
    expect(c.rootTokenGenerated).toBe(true);
    expect(c.dataDir).toMatch(/\/data$/);
    expect(c.pluginDirectory).toMatch(/\/plugins$/);
  });

  it.each([
    [["--listen", "127.0.0.1:0"], {}, { port: 0 }],
    [["--listen=[::1]:9000"], {}, { host: "::1", port: 9000 }],
    [[], { SYSPLUGINS_LISTEN: "0.0.0.0:1234" }, { host: "0.0.0.0", port: 1234 }],
    [
      ["--root-token", "flag"],
      { SYSPLUGINS_ROOT_TOKEN: "env" },
      { rootToken: "flag", rootTokenGenerated: false },
    ],
    [[], { SYSPLUGINS_ROOT_TOKEN: "env" }, { rootToken: "env" }],
    [[], { VAULT_DEV_ROOT_TOKEN_ID: "root" }, { rootToken: "root" }],
    [["--data-dir", "/tmp/x"], {}, { dataDir: "/tmp/x" }],
    [[], { SYSPLUGINS_PLUGIN_DIRECTORY: "/p" }, { pluginDirectory: "/p" }],
    [["--log-level", "debug"], {}, { logLevel: "debug" }],
    [["--vault-version", "1.16.3"], {}, { vaultVersion: "1.16.3" }],
    [[], {}, { nodeId: hostname(), storageUrl: undefined }],
    [["--node-id", "node-2"], { SYSPLUGINS_NODE_ID: "env" }, { nodeId: "node-2" }],
    [[], { SYSPLUGINS_STORAGE: "postgres://u@h/db" }, { storageUrl: "postgres://u@h/db" }],
    [["--storage", "postgresql://h:5433/db"], {}, { storageUrl: "postgresql://h:5433/db" }],
  ])("%j with %j", (argv, env, want) => {
    expect(loadConfig(argv, env)).toMatchObject(want);
  });

  it.each([
    [["--listen", "8200"], "HOST:PORT"],
    [["--listen", "h:70000"], "HOST:PORT"],
    [["--log-level", "loud"], "--log-level must be one of"],
    [["--vault-version", "1.x"], "MAJOR.MINOR.PATCH"],
    [["--bogus", "1"], "unknown argument"],
    [["--data-dir"], "needs a value"],
    [["--storage", "mysql://h/db"], "--storage wants a postgres:// URL"],
    [["--node-id", "a b"], "--node-id wants"],
  ])("%j is refused", (argv, message) => {
    expect(() => loadConfig(argv, {})).toThrow(ConfigError);
    expect(() => loadConfig(argv, {})).toThrow(message);
  });
});
