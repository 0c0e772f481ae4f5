// The OpenBao flavour over HTTP, where it differs from Vault's around database plugins (each fact measured
// on bao server -dev 2.7.2 by the differential run, docs/FIDELITY.md): the database engine is a core engine
// there too, its reads carry no running_plugin_version or verify_connection, it has no reload/:plugin_name,
// a reload by plugin name refuses a plugin registered only as a database plugin, and go-version's parse
// errors are lower-case (domain errors through the flavour's text, request bodies through x-openbao-errors).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../../testing/fixture.js";

let f: Fixture;
let sha: string;
beforeAll(async () => {
  f = await startFixture(["--flavor", "openbao"]);
  sha = await f.writePlugin("my-db", "#!/bin/sh\n# database plugin\n");
});
afterAll(() => f.close());

const register = (type: string, name: string) =>
  f.call("POST", `sys/plugins/catalog/${type}/${name}`, {
    body: { sha256: sha, command: "my-db", version: "v1.0.0" },
  });
const connection = (plugin: string, extra: Record<string, unknown> = {}) => ({
  body: {
    plugin_name: plugin,
    connection_url: "postgresql://{{username}}:{{password}}@db:5432/app",
    password: "secret",
    verify_connection: false,
    ...extra,
  },
});

describe("openbao flavour: database plugins", () => {
  it("enables the database engine and reads a connection without Vault's running fields", async () => {
    expect((await register("database", "db-only")).status).toBe(204);
    expect((await f.call("POST", "sys/mounts/database", { body: { type: "database" } })).status).toBe(204);
    expect((await f.call("POST", "database/config/my-db", connection("db-only"))).status).toBe(204);
    const read = await f.call("GET", "database/config/my-db");
    expect(read.status).toBe(200);
    expect(read.json.data).toEqual({
      plugin_name: "db-only",
      plugin_version: "v1.0.0",
      connection_details: { connection_url: "postgresql://{{username}}:{{password}}@db:5432/app" },
      allowed_roles: [],
      root_credentials_rotate_statements: [],
      password_policy: "",
    });
  });

  it("runs the engine at the core's version, never at a catalog version, and lists it in no catalog", async () => {
    expect((await f.call("POST", "sys/mounts/core-db", { body: { type: "database" } })).status).toBe(204);
    const mount = await f.call("GET", "sys/mounts/core-db");
    expect(mount.json.data.running_plugin_version).toBe("v2.7.2+builtin.bao");
    const versioned = await f.call("POST", "sys/mounts/db-v1", {
      body: { type: "database", config: { plugin_version: "v1.0.0" } },
    });
    expect([versioned.status, versioned.json.errors]).toEqual([
      400,
      ["cannot select non-builtin version of secrets plugin database"],
    ]);
    const catalog = await f.call("GET", "sys/plugins/catalog");
    expect(catalog.json.data.secret).toContain("kv");
    expect(catalog.json.data.secret).not.toContain("database");
  });

  it("has no <mount>/reload/:plugin_name", async () => {
    const r = await f.call("POST", "database/reload/db-only", { body: {} });
    expect(r.status).toBe(404);
    expect(r.json.errors).toEqual(["1 error occurred:\n\t* unsupported path\n\n"]);
  });

  it.each([
    [
      "registered only as a database plugin",
      "db-only",
      400,
      ['plugin "db-only" cannot be reloaded, only plugins of type auth and secret can be reloaded'],
    ],
    ["registered as a database and a secret plugin", "both", 200, undefined],
  ])("sys/plugins/reload/backend by plugin, %s", async (_, name, status, errors) => {
    if (name === "both") {
      expect((await register("database", name)).status).toBe(204);
      expect((await register("secret", name)).status).toBe(204);
    }
    const r = await f.call("POST", "sys/plugins/reload/backend", { body: { plugin: name } });
    expect(r.status).toBe(status);
    expect(r.json.errors).toEqual(errors);
  });

  it.each([
    [
      "a connection's plugin_version",
      "database/config/bad",
      connection("db-only", { plugin_version: "1.x" }),
    ],
    ["a catalog read's version", "sys/plugins/catalog/database/db-only?version=1.x", undefined],
    [
      "a registration's version (the contract's validator)",
      "sys/plugins/catalog/database/db-x",
      { body: { sha256: "00".repeat(32), command: "my-db", version: "1.x" } },
    ],
  ])("words go-version's parse error in lower case: %s", async (_, path, options) => {
    const r = await f.call(options ? "POST" : "GET", path, options);
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual(['version "1.x" is not a valid semantic version: malformed version: 1.x']);
  });
});
