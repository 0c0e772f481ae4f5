// End to end: secrets engines, auth methods, tune and what runs (reference §4; TestCore_EnableExternalPlugin*,
// TestSystemBackend_mount*, TestCore_UpgradePluginUsingPinnedVersion_AuthAndSecret).
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../testing/fixture.js";

let f: Fixture;
let sha: string;
const builtinVault = "v1.20.0+builtin.vault";

beforeAll(async () => {
  f = await startFixture();
  sha = await f.writePlugin("mock-plugin");
});
afterAll(() => f.close());

const register = (type: string, name: string, version = "", command = "mock-plugin", sha256 = sha) =>
  f.call("POST", `sys/plugins/catalog/${type}/${name}`, { body: { sha256, command, version } });

describe("a fresh server", () => {
  it("has the mounts a fresh Vault has, with data also at the top level", async () => {
    const mounts = await f.call("GET", "sys/mounts");
    expect(Object.keys(mounts.json.data).sort()).toEqual(["cubbyhole/", "identity/", "secret/", "sys/"]);
    // As `bao server -dev` (2.6.1 to 2.7.2, measured) and `vault server -dev`: KV version 2 at secret/.
    expect(mounts.json.data["secret/"]).toMatchObject({
      type: "kv",
      description: "key/value secret storage",
      options: { version: "2" },
      plugin_version: "",
      running_plugin_version: "v0.15.0+builtin",
      running_sha256: "",
      local: false,
      seal_wrap: false,
    });
    expect(mounts.json["sys/"]).toEqual(mounts.json.data["sys/"]);
    expect(mounts.json.data["cubbyhole/"]).toMatchObject({
      type: "cubbyhole",
      plugin_version: "",
      running_plugin_version: builtinVault,
      running_sha256: "",
    });
    const auth = await f.call("GET", "sys/auth");
    expect(Object.keys(auth.json.data)).toEqual(["token/"]);
    expect(auth.json.data["token/"].config.token_type).toBe("default-service");
  });

  it.each([
    ["DELETE", "sys/mounts/sys", 'cannot unmount "sys/"'],
    ["DELETE", "sys/mounts/cubbyhole", 'cannot unmount "cubbyhole/"'],
    ["DELETE", "sys/auth/token", "token credential backend cannot be disabled"],
    ["POST", "sys/mounts/sys/tune", 'cannot tune "sys/"'],
    ["POST", "sys/mounts/identity/tune", 'cannot tune "identity/"'],
    ["POST", "sys/mounts/nothing/tune", 'tune of path "nothing/" failed: no mount entry found'],
    ["GET", "sys/mounts/nothing", "No secret engine mount at nothing/"],
    ["GET", "sys/auth/nothing", "No auth engine at nothing/"],
  ])("%s %s -> 400 %j", async (method, path, message) => {
    const r = await f.call(method, path, method === "POST" ? { body: { description: "x" } } : {});
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual([message]);
  });

  it("disabling a path where nothing is mounted succeeds", async () => {
    expect((await f.call("DELETE", "sys/mounts/never-there")).status).toBe(204);
    expect((await f.call("DELETE", "sys/auth/never-there")).status).toBe(204);
  });
});

describe("enabling", () => {
  it("mounts a builtin with its builtin version running and nothing configured", async () => {
    expect((await f.call("POST", "sys/mounts/kv1", { body: { type: "kv" } })).status).toBe(204);
    const m = (await f.call("GET", "sys/mounts/kv1")).json.data;
    expect(m.plugin_version).toBe("");
    expect(m.running_plugin_version).toMatch(/^v\d+\.\d+\.\d+\+builtin$/);
    expect(m.running_sha256).toBe("");
    expect(m.deprecation_status).toBe("supported");
    // Longest prefix: a path under the mount reads the mount.
    expect((await f.call("GET", "sys/mounts/kv1/some/key")).json.data.uuid).toBe(m.uuid);
  });

  it("selects the latest registered version when none is given (TestCore_EnableExternalPlugin_MultipleVersions)", async () => {
    await register("secret", "multi", "1.0.0");
    await register("secret", "multi", "1.0.1");
    await f.call("POST", "sys/mounts/multi-latest", { body: { type: "multi" } });
    const m = (await f.call("GET", "sys/mounts/multi-latest")).json.data;
    expect(m).toMatchObject({
      plugin_version: "v1.0.1",
      running_plugin_version: "v1.0.1",
      running_sha256: sha,
    });
    await f.call("POST", "sys/mounts/multi-old", {
      body: { type: "multi", config: { plugin_version: "1.0.0" } },
    });
    expect((await f.call("GET", "sys/mounts/multi-old")).json.data.running_plugin_version).toBe("v1.0.0");
  });

  it("prefers an unversioned registration (TestCore_EnableExternalPlugin_NoVersionsOkay)", async () => {
    await register("auth", "both", "1.0.0");
    await register("auth", "both", "");
    await f.call("POST", "sys/auth/both", { body: { type: "both" } });
    const m = (await f.call("GET", "sys/auth/both")).json.data;
    expect(m).toMatchObject({ plugin_version: "", running_plugin_version: "", running_sha256: sha });
  });

  it("ignores a top-level plugin_version, as Vault does, and treats nulls as absent (hvac's body)", async () => {
    const r = await f.call("POST", "sys/mounts/hvac-style", {
      body: {
        type: "multi",
        description: null,
        config: null,
        options: null,
        plugin_name: null,
        local: false,
        seal_wrap: false,
        plugin_version: "v1.0.0",
      },
    });
    expect(r.status).toBe(204);
    expect((await f.call("GET", "sys/mounts/hvac-style")).json.data.plugin_version).toBe("v1.0.1");
  });

  it.each([
    [{ type: "" }, "backend type must be specified as a string"],
    [{}, "backend type must be specified as a string"],
    [{ type: "plugin" }, "plugin_name must be provided for plugin backend"],
    [{ type: "nope" }, "plugin not found in the catalog: nope"],
    [
      { type: "multi", config: { plugin_version: "9.9.9" } },
      "plugin not found in the catalog: multi, version=v9.9.9",
    ],
    [
      { type: "multi", config: { plugin_version: "x" } },
      'version "x" is not a valid semantic version: Malformed version: x',
    ],
    [
      { type: "kv", config: { plugin_version: "v1.0.0" } },
      "cannot select non-builtin version of secrets plugin kv",
    ],
    [
      { type: "kv", config: { default_lease_ttl: "1x" } },
      'unable to parse default TTL of 1x: time: invalid duration "1x"',
    ],
    [
      { type: "kv", config: { default_lease_ttl: "2h", max_lease_ttl: "1h" } },
      "given default lease TTL greater than given max lease TTL",
    ],
  ])("%j -> 400 %j", async (body, message) => {
    const r = await f.call("POST", "sys/mounts/bad-mount", { body });
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual([message]);
  });

  it.each([
    ["sys/mounts/kv1", { type: "kv" }, 409, "path is already in use at kv1/"],
    ["sys/mounts/kv1/inner", { type: "kv" }, 409, "path is already in use at kv1/"],
    ["sys/auth/token", { type: "approle" }, 409, "path is already in use at token/"],
    [
      "sys/mounts/another",
      { type: "cubbyhole" },
      403,
      '1 error occurred:\n\t* mount type of "cubbyhole" is not mountable\n\n',
    ],
  ])("POST %s %j -> %i %j (vault/mount.go)", async (path, body, status, message) => {
    const r = await f.call("POST", path, { body });
    expect(r.status).toBe(status);
    expect(r.json.errors).toEqual([message]);
  });

  it("a deprecated builtin mounts with Vault's warning; a removed one is refused", async () => {
    const deprecated = await f.call("POST", "sys/auth/pcf-mount", { body: { type: "pcf" } });
    expect([deprecated.status, deprecated.json.warnings]).toEqual([
      200,
      ["mount entry associated with deprecated builtin"],
    ]);
    const removed = await f.call("POST", "sys/auth/app-id-mount", { body: { type: "app-id" } });
    expect([removed.status, removed.json.errors]).toEqual([
      400,
      ['could not mount "app-id": mount entry associated with removed builtin'],
    ]);
  });

  it("a mount that would contain an existing one names the existing path", async () => {
    expect((await f.call("POST", "sys/mounts/outer/inner", { body: { type: "kv" } })).status).toBe(204);
    const r = await f.call("POST", "sys/mounts/outer", { body: { type: "kv" } });
    expect([r.status, r.json.errors]).toEqual([409, ["path is already in use at outer/inner/"]]);
  });

  it("stores the builtin version as empty, and refuses it when an unversioned plugin shadows the builtin", async () => {
    const kvVersion = (await f.call("GET", "sys/mounts/kv1")).json.data.running_plugin_version;
    await f.call("POST", "sys/mounts/kv-exact", {
      body: { type: "kv", config: { plugin_version: kvVersion } },
    });
    expect((await f.call("GET", "sys/mounts/kv-exact")).json.data.plugin_version).toBe("");
    await register("auth", "userpass", "");
    const r = await f.call("POST", "sys/auth/up", {
      body: { type: "userpass", config: { plugin_version: builtinVault } },
    });
    expect(r.json.errors).toEqual([
      `auth plugin "userpass", version ${builtinVault} not found, as it is overridden by an unversioned plugin of the same name. Omit \`plugin_version\` to use the unversioned plugin`,
    ]);
    await f.call("DELETE", "sys/plugins/catalog/auth/userpass");
  });

  it("refuses to run a binary whose checksum does not match, and one that is missing", async () => {
    await register("secret", "wrong-sum", "", "mock-plugin", "ab".repeat(32));
    const r = await f.call("POST", "sys/mounts/wrong-sum", { body: { type: "wrong-sum" } });
    expect(r.status).toBe(400);
    expect(r.json.errors[0]).toContain("checksums did not match");
    expect((await f.call("GET", "sys/mounts/wrong-sum")).status).toBe(400);

    await f.writePlugin("vanishing");
    await register("secret", "vanishing", "", "vanishing");
    const { rm } = await import("node:fs/promises");
    await rm(join(f.pluginDir, "vanishing"));
    const gone = await f.call("POST", "sys/mounts/vanishing", { body: { type: "vanishing" } });
    expect(gone.json.errors[0]).toContain("no such file or directory");
  });
});

describe("tune, pins and reload: the running version changes only when the mount restarts", () => {
  it("follows TestCore_UpgradePluginUsingPinnedVersion", async () => {
    await register("secret", "upgrade", "1.0.0");
    await f.call("POST", "sys/mounts/up", {
      body: { type: "upgrade", config: { plugin_version: "v1.0.0" } },
    });
    await register("secret", "upgrade", "1.0.1");

    // Tune changes the configured version only.
    expect((await f.call("POST", "sys/mounts/up/tune", { body: { plugin_version: "1.0.1" } })).status).toBe(
      204,
    );
    let m = await f.call("GET", "sys/mounts/up");
    expect(m.json.data).toMatchObject({ plugin_version: "v1.0.1", running_plugin_version: "v1.0.0" });
    expect(m.json.warnings).toEqual([
      'Plugin version is configured as "v1.0.1", but running "v1.0.0" either due to a pinned version or because the plugin was upgraded and not yet reloaded',
    ]);
    expect((await f.call("GET", "sys/mounts/up/tune")).json.data.plugin_version).toBe("v1.0.1");

    // Reload by mount: now it runs what is configured.
    const reload = await f.call("POST", "sys/plugins/reload/backend", { body: { mounts: "up" } });
    expect(reload.status).toBe(200);
    expect(reload.json.data.reload_id).toBe(reload.json.request_id);
    expect(reload.json.warnings).toBeNull();
    m = await f.call("GET", "sys/mounts/up");
    expect(m.json.data.running_plugin_version).toBe("v1.0.1");
    expect(m.json.warnings).toBeNull();

    // Pin back to 1.0.0: nothing changes until a reload of the plugin.
    await f.call("POST", "sys/plugins/pins/secret/upgrade", { body: { version: "1.0.0" } });
    expect((await f.call("GET", "sys/mounts/up")).json.data.running_plugin_version).toBe("v1.0.1");
    const tuneRead = await f.call("GET", "sys/mounts/up/tune");
    expect(tuneRead.json.warnings).toEqual([
      "plugin_version is configured as v1.0.1 but a version pin for v1.0.0 is in effect",
    ]);
    const tunePinned = await f.call("POST", "sys/mounts/up/tune", { body: { plugin_version: "1.0.1" } });
    expect(tunePinned.json.errors).toEqual([
      'plugin_version cannot be set for secret plugin "upgrade" as a pinned version v1.0.0 is in effect',
    ]);
    const root = await f.call("POST", "sys/plugins/reload/secret/upgrade", { body: {} });
    expect(root.status).toBe(200);
    m = await f.call("GET", "sys/mounts/up");
    expect(m.json.data.running_plugin_version).toBe("v1.0.0");
    expect(m.json.warnings?.[0]).toContain("because that version is pinned");

    // The pinned version cannot be deregistered; unpin and reload runs the configured version again.
    expect((await f.call("DELETE", "sys/plugins/catalog/secret/upgrade?version=1.0.0")).status).toBe(500);
    await f.call("DELETE", "sys/plugins/pins/secret/upgrade");
    await f.call("POST", "sys/plugins/reload/backend", { body: { plugin: "upgrade" } });
    expect((await f.call("GET", "sys/mounts/up")).json.data.running_plugin_version).toBe("v1.0.1");
  });

  it.each([
    [{ plugin_version: "" }, 'version "" is not a valid semantic version: Malformed version: '],
    [{ plugin_version: "9.0.0" }, "plugin not found in the catalog: upgrade, version=v9.0.0"],
  ])("tune %j -> 400 %j", async (body, message) => {
    const r = await f.call("POST", "sys/mounts/up/tune", { body });
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual([message]);
  });

  it("a reload checks the binary again: a replaced binary fails with the checksum error", async () => {
    await register("secret", "swap", "", "swap-bin", await f.writePlugin("swap-bin", "original"));
    await f.call("POST", "sys/mounts/swap", { body: { type: "swap" } });
    await writeFile(join(f.pluginDir, "swap-bin"), "tampered");
    const r = await f.call("POST", "sys/plugins/reload/backend", { body: { plugin: "swap" } });
    expect(r.status).toBe(500);
    expect(r.json.errors[0]).toContain(
      'cannot reload plugin on "swap/": invalid backend version: 2 errors occurred:\n\t* checksums did not match\n',
    );
    // The mount keeps what it ran before the failed reload.
    expect((await f.call("GET", "sys/mounts/swap")).json.data.running_sha256).not.toBe("");
  });
});
