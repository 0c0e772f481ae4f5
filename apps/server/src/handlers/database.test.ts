// End to end over HTTP: Vault's upgrade procedure for a database plugin, step by step, against the real
// server (docs/DATABASE.md; vault/external_tests/plugin TestCore_UpgradePluginUsingPinnedVersion_Database),
// and what the engine answers around it: merge, pins, reloads, a changed binary, unsupported paths.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../testing/fixture.js";

let f: Fixture;
const sha: Record<string, string> = {};
beforeAll(async () => {
  f = await startFixture();
  sha.v100 = await f.writePlugin("my-db-1.0.0", "#!/bin/sh\n# database plugin 1.0.0\n");
  sha.v101 = await f.writePlugin("my-db-1.0.1", "#!/bin/sh\n# database plugin 1.0.1\n");
});
afterAll(() => f.close());

const register = (version: string, command: string, sha256: string) =>
  f.call("POST", "sys/plugins/catalog/database/my-db-plugin", { body: { sha256, command, version } });
const errors = (r: { json: { errors?: string[] } }) => r.json?.errors;

describe("database plugins: Vault's upgrade procedure over HTTP", () => {
  it("register, enable, configure, register v1.0.1, configure plugin_version: runs v1.0.1 at once", async () => {
    expect((await register("v1.0.0", "my-db-1.0.0", sha.v100 ?? "")).status).toBe(204);
    expect((await f.call("POST", "sys/mounts/database", { body: { type: "database" } })).status).toBe(204);
    const create = await f.call("POST", "database/config/my-db", {
      body: {
        plugin_name: "my-db-plugin",
        connection_url: "postgresql://{{username}}:{{password}}@db:5432/app",
        username: "vaultadmin",
        password: "secret",
        allowed_roles: "readonly,admin",
        verify_connection: false,
      },
    });
    // No handler warning (the URL is templated), so no framework warning either: 204.
    expect(create.status).toBe(204);
    const first = await f.call("GET", "database/config/my-db");
    expect(first.status).toBe(200);
    expect(first.json.mount_type).toBe("database");
    expect(first.json.data).toEqual({
      plugin_name: "my-db-plugin",
      plugin_version: "v1.0.0",
      running_plugin_version: "v1.0.0",
      connection_details: {
        connection_url: "postgresql://{{username}}:{{password}}@db:5432/app",
        username: "vaultadmin",
      },
      allowed_roles: ["readonly", "admin"],
      root_credentials_rotate_statements: [],
      password_policy: "",
      verify_connection: false,
    });
    expect(first.json.warnings).toBeNull();

    expect((await register("v1.0.1", "my-db-1.0.1", sha.v101 ?? "")).status).toBe(204);
    const upgrade = await f.call("POST", "database/config/my-db", { body: { plugin_version: "v1.0.1" } });
    expect(upgrade.status).toBe(204);
    const after = await f.call("GET", "database/config/my-db");
    expect(after.json.data).toEqual({
      ...first.json.data,
      plugin_version: "v1.0.1",
      running_plugin_version: "v1.0.1",
    });
    expect(after.json.warnings).toBeNull();
  });

  it("a pin: an explicit plugin_version is refused; reload by plugin moves the connection, unpin moves it back", async () => {
    expect(
      (await f.call("POST", "sys/plugins/pins/database/my-db-plugin", { body: { version: "v1.0.0" } }))
        .status,
    ).toBe(200);
    const refused = await f.call("PUT", "database/config/my-db", { body: { plugin_version: "v1.0.1" } });
    expect(refused.status).toBe(400);
    expect(errors(refused)).toEqual([
      'cannot specify plugin_version for plugin "my-db-plugin" as it is pinned (v1.0.0)',
    ]);
    // Creating a pin restarts nothing.
    expect((await f.call("GET", "database/config/my-db")).json.data.running_plugin_version).toBe("v1.0.1");

    const reload = await f.call("POST", "sys/plugins/reload/database/my-db-plugin", { body: {} });
    expect(reload.status).toBe(200);
    expect(reload.json.warnings).toBeNull();
    const pinned = await f.call("GET", "database/config/my-db");
    expect(pinned.json.data).toMatchObject({ plugin_version: "v1.0.1", running_plugin_version: "v1.0.0" });
    expect(pinned.json.warnings).toEqual([
      'Plugin version is configured as "v1.0.1", but running "v1.0.0" because that version is pinned',
    ]);

    expect((await f.call("DELETE", "sys/plugins/pins/database/my-db-plugin")).status).toBe(200);
    const back = await f.call("POST", "sys/plugins/reload/backend", { body: { plugin: "my-db-plugin" } });
    expect(back.status).toBe(200);
    expect(back.json.warnings).toBeNull();
    expect((await f.call("GET", "database/config/my-db")).json.data.running_plugin_version).toBe("v1.0.1");
  });

  it("reload/:plugin_name restarts the mount's connections of that plugin; root reload of secrets does not", async () => {
    const r = await f.call("POST", "database/reload/my-db-plugin");
    expect(r.status).toBe(200);
    expect(r.json.data).toEqual({ connections: ["my-db"], count: 1 });
    expect((await f.call("POST", "database/reload/other-plugin")).json.data).toEqual({
      connections: [],
      count: 0,
    });
    const secret = await f.call("POST", "sys/plugins/reload/secret/my-db-plugin", { body: {} });
    expect(secret.json.warnings).toEqual(["no plugins were reloaded"]);
  });

  it("a binary that no longer matches its SHA-256 fails the next start, and the write stores nothing", async () => {
    await f.writePlugin("my-db-1.0.0", "#!/bin/sh\n# replaced\n");
    const down = await f.call("POST", "database/config/my-db", { body: { plugin_version: "v1.0.0" } });
    expect(down.status).toBe(400);
    expect(errors(down)).toEqual([
      "error creating database object: invalid database version: 2 errors occurred:\n\t* checksums did not match\n\t* checksums did not match\n\n",
    ]);
    const still = await f.call("GET", "database/config/my-db");
    expect(still.json.data).toMatchObject({ plugin_version: "v1.0.1", running_plugin_version: "v1.0.1" });
    await f.writePlugin("my-db-1.0.0", "#!/bin/sh\n# database plugin 1.0.0\n");
  });

  it("a restart forgets what ran; the first read starts the connection again", async () => {
    await f.restart();
    const r = await f.call("GET", "database/config/my-db");
    expect(r.json.data).toMatchObject({ plugin_version: "v1.0.1", running_plugin_version: "v1.0.1" });
  });

  it("a password in connection_url warns, and then the framework names the unrecognized parameters", async () => {
    const r = await f.call("POST", "database/config/with-password", {
      body: { plugin_name: "my-db-plugin", connection_url: "postgresql://u:p@db/app", username: "u" },
    });
    expect(r.status).toBe(200);
    expect(r.json.warnings).toEqual([
      "Password found in connection_url, use a templated url to enable root rotation and prevent read access to password information.",
      "Endpoint ignored these unrecognized parameters: [connection_url username]",
    ]);
    expect((await f.call("GET", "database/config/with-password")).json.data.connection_details).toEqual({
      connection_url: "postgresql://u:xxxxx@db/app",
      username: "u",
    });
    expect((await f.call("DELETE", "database/config/with-password")).status).toBe(204);
  });

  it("list, delete, reset and the errors in Vault's words", async () => {
    const listed = await f.call("LIST", "database/config");
    expect(listed.json.data).toEqual({ keys: ["my-db"] });
    expect(listed.json.mount_type).toBe("database");
    expect((await f.call("GET", "database/config?list=true")).json.data).toEqual({ keys: ["my-db"] });
    expect((await f.call("POST", "database/reset/my-db")).status).toBe(204);
    const noName = await f.call("POST", "database/config/other", { body: { connection_url: "x" } });
    expect([noName.status, errors(noName)]).toEqual([400, ["empty plugin name"]]);
    const bad = await f.call("POST", "database/config/other", {
      body: { plugin_name: "my-db-plugin", plugin_version: "one" },
    });
    expect([bad.status, errors(bad)]).toEqual([
      400,
      ['version "one" is not a valid semantic version: Malformed version: one'],
    ]);
    const missing = await f.call("GET", "database/config/none");
    expect([missing.status, errors(missing)]).toEqual([404, []]);
    const resetMissing = await f.call("POST", "database/reset/none");
    expect([resetMissing.status, errors(resetMissing)]).toEqual([
      500,
      ['1 error occurred:\n\t* failed to find entry for connection with name: "none"\n\n'],
    ]);
    expect((await f.call("GET", "database/config")).status).toBe(405);
    expect((await f.call("DELETE", "database/config/my-db")).status).toBe(204);
    expect((await f.call("DELETE", "database/config/my-db")).status).toBe(204);
    const empty = await f.call("LIST", "database/config");
    expect([empty.status, errors(empty)]).toEqual([404, []]);
  });

  it.each([
    ["GET", "database/roles/readonly"],
    ["POST", "database/roles/readonly"],
    ["GET", "database/creds/readonly"],
    ["GET", "database/static-roles/x"],
    ["POST", "database/rotate-root/my-db"],
    ["GET", "database/config/a/b"],
  ])("%s %s answers 404 unsupported path", async (method, path) => {
    const r = await f.call(method, path);
    expect([r.status, errors(r)]).toEqual([404, ["1 error occurred:\n\t* unsupported path\n\n"]]);
  });

  it("a path under no mount is answered by the router, as OpenBao 2.7.2 answers it", async () => {
    const r = await f.call("GET", "nomount/config/x");
    expect([r.status, errors(r)]).toEqual([
      404,
      ['no handler for route "nomount/config/x". route entry not found.'],
    ]);
  });

  it("the paths under mounts come after every other route: the dev surface still answers", async () => {
    expect((await f.call("GET", "sys/seal-status")).status).toBe(200);
    expect((await f.call("GET", "auth/token/lookup-self")).status).toBe(200);
  });

  it("disabling the mount takes its connections with it", async () => {
    await f.call("POST", "database/config/gone", { body: { plugin_name: "my-db-plugin" } });
    expect((await f.call("DELETE", "sys/mounts/database")).status).toBe(204);
    expect((await f.call("POST", "sys/mounts/database", { body: { type: "database" } })).status).toBe(204);
    expect((await f.call("GET", "database/config/gone")).status).toBe(404);
  });
});
