import { describe, expect, it } from "vitest";
import { parseEnvList, pluginEnvironment } from "./env.js";

const base = { clientCertPem: "PEM", protocolVersions: [5] };

describe("pluginEnvironment", () => {
  it("sets what a v5 backend client sets: cookie, versions, ports, automatic mTLS", () => {
    const env = pluginEnvironment({ ...base, kind: "backend", parentEnv: "none" });
    expect(env).toEqual({
      VAULT_PLUGIN_METADATA_MODE: "false",
      VAULT_PLUGIN_AUTOMTLS_ENABLED: "true",
      VAULT_BACKEND_PLUGIN: "6669da05-b1c8-4f49-97d9-c8e5bed98e20",
      PLUGIN_MIN_PORT: "10000",
      PLUGIN_MAX_PORT: "25000",
      PLUGIN_PROTOCOL_VERSIONS: "5",
      PLUGIN_CLIENT_CERT: "PEM",
    });
  });

  it("gives database plugins their own cookie", () => {
    const env = pluginEnvironment({ ...base, kind: "database", protocolVersions: [5, 6], parentEnv: "none" });
    expect(env.VAULT_DATABASE_PLUGIN).toBe("926a0820-aea2-be28-51d6-83cdf00e8edb");
    expect(env.VAULT_BACKEND_PLUGIN).toBeUndefined();
    expect(env.PLUGIN_PROTOCOL_VERSIONS).toBe("5,6");
  });

  it.each([
    { parentEnv: "under" as const, value: "catalog" },
    { parentEnv: "over" as const, value: "parent" },
    { parentEnv: "none" as const, value: "catalog" },
  ])("layers the host's env $parentEnv the catalog's", ({ parentEnv, value }) => {
    const env = pluginEnvironment({
      ...base,
      kind: "backend",
      parentEnv,
      parentEnvValues: { X: "parent", PLUGIN_CLIENT_CERT: "parent" },
      catalogEnv: ["X=catalog"],
    });
    expect(env.X).toBe(value);
    expect(env.PLUGIN_CLIENT_CERT).toBe("PEM"); // go-plugin's own always win
  });

  it("lets the catalog's env not override go-plugin's variables, and hostEnv override the catalog's", () => {
    const env = pluginEnvironment({
      ...base,
      kind: "backend",
      parentEnv: "none",
      catalogEnv: ["VAULT_VERSION=catalog", "PLUGIN_PROTOCOL_VERSIONS=1"],
      hostEnv: { VAULT_VERSION: "1.19.0" },
    });
    expect(env.VAULT_VERSION).toBe("1.19.0");
    expect(env.PLUGIN_PROTOCOL_VERSIONS).toBe("5");
  });
});

describe("parseEnvList", () => {
  it("splits at the first '=', keeps the last duplicate, drops entries without a key", () => {
    expect(parseEnvList(["A=1", "B=x=y", "A=2", "=bad", "noequals", "E="])).toEqual({
      A: "2",
      B: "x=y",
      E: "",
    });
  });
});
