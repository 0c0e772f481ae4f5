// End to end: the plugin catalog over HTTP against the real server. Cases from Vault's
// TestSystemBackend_PluginCatalog_CRUD, plugincatalog tests and the reference (vault-behavior.md §1).
import { mkdir, symlink } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../testing/fixture.js";

let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(() => f.close());

const builtinVault = "v1.20.0+builtin.vault";

describe("listing", () => {
  it("GET sys/plugins/catalog has name arrays per type and a detailed array", async () => {
    const r = await f.call("GET", "sys/plugins/catalog");
    expect(r.status).toBe(200);
    expect(Object.keys(r.json.data).sort()).toEqual(["auth", "database", "detailed", "secret"]);
    expect(r.json.data.secret).toContain("kv");
    expect(r.json.data.secret).not.toContain("mysql"); // removed builtins are not listed
    const mysql = r.json.data.detailed.find((d: { name: string }) => d.name === "mysql-database-plugin");
    expect(mysql).toEqual({
      type: "database",
      name: "mysql-database-plugin",
      version: builtinVault,
      builtin: true,
      deprecation_status: "supported",
    });
    const kv = r.json.data.detailed.find((d: { name: string }) => d.name === "kv");
    expect(kv.version).toMatch(/^v\d+\.\d+\.\d+\+builtin$/);
  });

  it.each([
    "LIST",
    "GET?list=true",
    "GET?list=1",
    "GET?list=t",
    "GET?list=T",
    "GET?list=TRUE",
    "GET?list=True",
  ])("%s sys/plugins/catalog/database lists the builtin names", async (how) => {
    const [method, query = ""] = how.split("?");
    const r = await f.call(method as string, `sys/plugins/catalog/database${query ? `?${query}` : ""}`);
    expect(r.status).toBe(200);
    expect(r.json.data.keys).toContain("mysql-database-plugin");
    expect(r.json.data.keys).toEqual([...r.json.data.keys].sort());
  });

  it.each([
    ["GET", "sys/plugins/catalog/secret", 405],
    ["GET", "sys/plugins/catalog/secret?list=false", 405],
    ["GET", "sys/plugins/catalog/secret?list=yes", 400],
    ["LIST", "sys/plugins/catalog", 405],
    ["LIST", "sys/plugins/pins", 405],
  ])("%s %s answers %i", async (method, path, status) => {
    const r = await f.call(method, path);
    expect(r.status).toBe(status);
    expect(Array.isArray(r.json.errors)).toBe(true);
  });
});

describe("reading builtins", () => {
  it("reads mysql exactly as TestSystemBackend_PluginCatalog_CRUD expects", async () => {
    const r = await f.call("GET", "sys/plugins/catalog/database/mysql-database-plugin");
    expect(r.json.data).toEqual({
      name: "mysql-database-plugin",
      command: "",
      args: null,
      sha256: "",
      builtin: true,
      version: builtinVault,
      deprecation_status: "supported",
    });
  });

  it("reads a builtin by its builtin version, and 404s with empty errors for a missing one", async () => {
    expect(
      (
        await f.call(
          "GET",
          `sys/plugins/catalog/database/mysql-database-plugin?version=${encodeURIComponent(builtinVault)}`,
        )
      ).status,
    ).toBe(200);
    const missing = await f.call("GET", "sys/plugins/catalog/secret/does-not-exist");
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ errors: [] });
  });
});

describe("registering, reading and deleting", () => {
  it("registers with sha_256 and 'cmd --test', reads it back, deletes it", async () => {
    await f.writePlugin("test-plugin");
    const conflict = await f.call("PUT", "sys/plugins/catalog/database/test-plugin", {
      body: { sha_256: "31", command: "test-plugin --test", args: ["--foo"] },
    });
    expect(conflict.status).toBe(400);
    expect(conflict.json.errors).toEqual(["must not specify args in command and args field"]);

    const put = await f.call("PUT", "sys/plugins/catalog/database/test-plugin", {
      body: { sha_256: "31", command: "test-plugin --test" },
    });
    expect(put.status).toBe(204);
    expect(put.text).toBe("");

    const read = await f.call("GET", "sys/plugins/catalog/database/test-plugin");
    expect(read.json.data).toEqual({
      name: "test-plugin",
      command: "test-plugin",
      args: ["--test"],
      sha256: "31",
      builtin: false,
      version: "",
    });

    expect((await f.call("DELETE", "sys/plugins/catalog/database/test-plugin")).status).toBe(204);
    expect((await f.call("GET", "sys/plugins/catalog/database/test-plugin")).status).toBe(404);
    // Idempotent.
    expect((await f.call("DELETE", "sys/plugins/catalog/database/test-plugin")).status).toBe(204);
  });

  it("canonicalises versions on register, read and delete", async () => {
    const sha = await f.writePlugin("versioned");
    expect(
      (
        await f.call("POST", "sys/plugins/catalog/secret/versioned", {
          body: { sha256: sha, command: "versioned", version: "0.1" },
        })
      ).status,
    ).toBe(204);
    const read = await f.call("GET", "sys/plugins/catalog/secret/versioned?version=v0.1.0");
    expect(read.json.data.version).toBe("v0.1.0");
    expect(read.json.data.args).toEqual([]);
    expect((await f.call("DELETE", "sys/plugins/catalog/secret/versioned?version=0.1.0")).status).toBe(204);
    expect((await f.call("GET", "sys/plugins/catalog/secret/versioned?version=0.1.0")).status).toBe(404);
  });

  it("never returns env, and stores sha256 as lowercase hex", async () => {
    const sha = await f.writePlugin("envy");
    await f.call("POST", "sys/plugins/catalog/secret/envy", {
      body: { sha256: sha.toUpperCase(), command: "envy", env: ["SECRET=hunter2"] },
    });
    const read = await f.call("GET", "sys/plugins/catalog/secret/envy");
    expect(read.text).not.toContain("hunter2");
    expect(read.json.data.sha256).toBe(sha);
    const list = await f.call("GET", "sys/plugins/catalog");
    expect(list.text).not.toContain("hunter2");
  });

  it("accepts names with slashes, raw or percent-encoded", async () => {
    const sha = await f.writePlugin("slashy");
    for (const name of ["team/one", "team/two/deep"]) {
      const r = await f.call("POST", `sys/plugins/catalog/secret/${name}`, {
        body: { sha256: sha, command: "slashy" },
      });
      expect(r.status).toBe(204);
    }
    expect((await f.call("GET", "sys/plugins/catalog/secret/team%2Fone")).json.data.name).toBe("team/one");
    const keys = (await f.call("LIST", "sys/plugins/catalog/secret")).json.data.keys;
    expect(keys).toEqual(expect.arrayContaining(["team/one", "team/two/deep"]));
  });

  it("an unversioned plugin shadows the builtin; deleting it restores the builtin", async () => {
    const sha = await f.writePlugin("approle");
    await f.call("POST", "sys/plugins/catalog/auth/approle", { body: { sha256: sha, command: "approle" } });
    const read = await f.call("GET", "sys/plugins/catalog/auth/approle");
    expect(read.json.data.builtin).toBe(false);
    const byBuiltinVersion = await f.call(
      "GET",
      `sys/plugins/catalog/auth/approle?version=${encodeURIComponent(builtinVault)}`,
    );
    expect(byBuiltinVersion.status).toBe(404);
    const detailed = (await f.call("GET", "sys/plugins/catalog")).json.data.detailed.filter(
      (d: { name: string; type: string }) => d.name === "approle" && d.type === "auth",
    );
    expect(detailed).toEqual([{ type: "auth", name: "approle", version: "", builtin: false, sha256: sha }]);
    await f.call("DELETE", "sys/plugins/catalog/auth/approle");
    expect((await f.call("GET", "sys/plugins/catalog/auth/approle")).json.data.builtin).toBe(true);
  });

  it("sorts detailed entries by semantic version, unversioned first, next to the builtin", async () => {
    const sha = await f.writePlugin("kv-ext");
    for (const version of ["1.10.0", "1.2.0", "1.2.0-rc.1", ""]) {
      await f.call("POST", "sys/plugins/catalog/secret/sorty", {
        body: { sha256: sha, command: "kv-ext", version },
      });
    }
    const versions = (await f.call("GET", "sys/plugins/catalog")).json.data.detailed
      .filter((d: { name: string }) => d.name === "sorty")
      .map((d: { version: string }) => d.version);
    expect(versions).toEqual(["", "v1.2.0-rc.1", "v1.2.0", "v1.10.0"]);
  });

  it("lists a versioned plugin with a builtin's name next to the builtin", async () => {
    const sha = await f.writePlugin("kv-next");
    await f.call("POST", "sys/plugins/catalog/secret/kv", {
      body: { sha256: sha, command: "kv-next", version: "v9.0.0" },
    });
    const kv = (await f.call("GET", "sys/plugins/catalog")).json.data.detailed.filter(
      (d: { name: string; type: string }) => d.name === "kv" && d.type === "secret",
    );
    expect(kv.map((d: { builtin: boolean }) => d.builtin)).toEqual([true, false]);
  });
});

describe("register errors, in Vault's words and statuses", () => {
  beforeAll(async () => {
    await f.writePlugin("good");
    await mkdir(join(f.pluginDir, "sub"), { recursive: true });
    await f.writePlugin("sub/inner");
    await symlink("/bin/sh", join(f.pluginDir, "escape"));
    await symlink(join(f.pluginDir, "good"), join(f.pluginDir, "alias"));
  });

  const sha = "aa".repeat(32);
  it.each([
    [
      { sha256: sha, command: "good", version: "1.x" },
      400,
      'version "1.x" is not a valid semantic version: Malformed version: 1.x',
    ],
    [
      { sha256: "zz", command: "good", version: "1.x" },
      400,
      'version "1.x" is not a valid semantic version: Malformed version: 1.x',
    ],
    [
      { sha256: sha, command: "good", version: "v1.2.3+special.builtin" },
      400,
      `version "v1.2.3+special.builtin" is not allowed because 'builtin' is a reserved metadata identifier`,
    ],
    [{ sha256: sha, command: "good", download: true }, 400, "download is an enterprise only feature"],
    [
      { command: "good" },
      400,
      "must provide at least one of sha256 or version: use sha256 for binary registration (version optional) or version only for artifact registration",
    ],
    [{ sha256: sha }, 400, "must provide at least one of command or oci_image"],
    [
      { sha256: "abc", command: "good" },
      400,
      "Could not decode SHA256 value from Hex abc: encoding/hex: odd length hex string",
    ],
    [
      { sha256: "gg", command: "good" },
      400,
      "Could not decode SHA256 value from Hex gg: encoding/hex: invalid byte: U+0067 'g'",
    ],
    [
      { sha256: sha, command: "../good" },
      500,
      "1 error occurred:\n\t* path cannot contain parent references\n\n",
    ],
    [
      { sha256: sha, command: "missing" },
      500,
      `1 error occurred:\n\t* error while validating the command path: lstat PLUGINDIR/missing: no such file or directory\n\n`,
    ],
    [
      { sha256: sha, command: "/bin/sh" },
      500,
      "1 error occurred:\n\t* error while validating the command path: lstat PLUGINDIR/bin/sh: no such file or directory\n\n",
    ],
    [
      { sha256: sha, command: "escape" },
      500,
      "1 error occurred:\n\t* cannot execute files outside of configured plugin directory\n\n",
    ],
    [
      { sha256: sha, command: "sub/inner" },
      500,
      "1 error occurred:\n\t* cannot execute files outside of configured plugin directory\n\n",
    ],
  ])("%j -> %i %j", async (body, status, message) => {
    const r = await f.call("POST", "sys/plugins/catalog/secret/bad", { body });
    expect(r.status).toBe(status);
    expect(r.json.errors).toEqual([message.replace("PLUGINDIR", f.pluginDir)]);
  });

  it("accepts a symlink that resolves inside the plugin directory, storing the link's name", async () => {
    expect(
      (await f.call("POST", "sys/plugins/catalog/secret/linked", { body: { sha256: sha, command: "alias" } }))
        .status,
    ).toBe(204);
    expect((await f.call("GET", "sys/plugins/catalog/secret/linked")).json.data.command).toBe("alias");
  });

  it("refuses to delete a builtin version", async () => {
    const r = await f.call("DELETE", `sys/plugins/catalog/secret/kv?version=v0.15.0%2Bbuiltin`);
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual(['version "v0.15.0+builtin" cannot be deleted']);
  });

  it("answers the legacy untyped paths with deprecation warnings", async () => {
    const read = await f.call("GET", "sys/plugins/catalog/some-plugin");
    expect(read.status).toBe(200);
    expect(read.json.data).toBeNull();
    expect(read.json.warnings).toEqual([
      'Deprecated API endpoint, cannot read plugin information from catalog for "some-plugin"',
    ]);
    const del = await f.call("DELETE", "sys/plugins/catalog/some-plugin");
    expect(del.json.warnings).toEqual([
      'Deprecated API endpoint, cannot deregister plugin from catalog for "some-plugin"',
    ]);
  });
});
