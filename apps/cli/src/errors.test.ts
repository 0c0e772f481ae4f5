// Errors a person can act on: the built command against the real server (and against nothing).
import { closedPort, type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./test-support.js";

let f: Fixture;
const sysplugins = (...args: string[]) => runCli({ VAULT_ADDR: f.url, VAULT_TOKEN: f.token }, ...args);

beforeAll(async () => {
  f = await startFixture();
});
afterAll(() => f.close());

describe("errors", () => {
  it("a refused connection names the address and the cause, without a stack trace", async () => {
    const address = await closedPort();
    const r = await runCli({ VAULT_ADDR: address, VAULT_TOKEN: "t" }, "mounts");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Error: cannot connect to ${address}`);
    expect(r.stderr).toContain("ECONNREFUSED");
    expect(r.stderr).toContain("Is the server running there");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("an empty VAULT_ADDR says so when the default address does not answer", async () => {
    const r = await runCli(
      { VAULT_ADDR: "", VAULT_TOKEN: "t", VAULT_CLIENT_TIMEOUT: "2s" },
      "pins",
      "-address=",
    );
    // Whether something listens on 127.0.0.1:8200 here or not, an empty VAULT_ADDR is named.
    if (r.code !== 0)
      expect(r.stderr).toContain("VAULT_ADDR is empty, so the default http://127.0.0.1:8200 was used");
  });

  it("a refused token says so", async () => {
    const r = await runCli({ VAULT_ADDR: f.url, VAULT_TOKEN: "wrong" }, "pins");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("403");
    expect(r.stderr).toContain("the token in VAULT_TOKEN is refused");
    const none = await runCli({ VAULT_ADDR: f.url }, "pins");
    expect(none.stderr).toContain("VAULT_TOKEN is not set");
  });

  it("info of a name with only versioned entries lists the versions and says to pass -version", async () => {
    const sha = await f.writePlugin("versioned");
    for (const version of ["v1.0.0", "v1.1.0"])
      await f.call("POST", "sys/plugins/catalog/secret/versioned", {
        body: { sha256: sha, command: "versioned", version },
      });
    const r = await sysplugins("info", "secret", "versioned");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "secret plugin versioned has no unversioned entry; its registered versions: v1.0.0, v1.1.0",
    );
    expect(r.stderr).toContain("sysplugins info -version=v1.1.0 secret versioned");
    const missing = await sysplugins("info", "secret", "never-registered");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Error: secret plugin never-registered is not in the catalog (404)");
    const version = await sysplugins("info", "-version=v9.9.9", "secret", "versioned");
    expect(version.stderr).toContain("Error: secret plugin versioned v9.9.9 is not in the catalog (404)");
  });

  it("a 404 on reload-status says the id is unknown", async () => {
    const r = await sysplugins("reload-status", "no-such-id");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('reload id "no-such-id" is unknown to this server (404)');
  });

  it("a scope=global reload is reported as accepted (202) with the command to follow it", async () => {
    const r = await sysplugins("reload", "-plugin=anything", "-scope=global");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Reload accepted (202)");
    const id = /reload_id: ([\w-]+)/.exec(r.stdout)?.[1];
    expect(r.stdout).toContain(`Follow it with: sysplugins reload-status ${id}`);
    expect(r.stdout).not.toContain("Reloaded (");
    const json = JSON.parse(
      (await sysplugins("reload", "-plugin=anything", "-scope=global", "-format=json")).stdout,
    );
    expect(json.status).toBe(202);
  });

  it("an address without a scheme is named, with the URL to use, not fetch's 'Failed to parse URL'", async () => {
    const bare = f.url.replace(/^http:\/\//, "");
    const r = await runCli({ VAULT_ADDR: bare, VAULT_TOKEN: f.token }, "pins");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`"${bare}" is not an http:// or https:// URL: did you mean http://${bare}?`);
    expect(r.stderr).not.toContain("Failed to parse URL");
    const flag = await runCli({ VAULT_TOKEN: f.token }, "pins", `-address=${bare}`);
    expect(flag.stderr).toContain(`"${bare}" is not an http:// or https:// URL`);
  });

  it("https:// against a plain-HTTP server says so, without OpenSSL's internals", async () => {
    const tls = f.url.replace(/^http:/, "https:");
    const r = await runCli({ VAULT_ADDR: tls, VAULT_TOKEN: f.token }, "pins");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Error: cannot connect to ${tls}: the server answered in plain HTTP, not TLS`);
    expect(r.stderr).toContain(`use ${f.url}`);
    expect(r.stderr).not.toMatch(/SSL routines|ssl3_get_record|openssl/);
  });

  it.each([
    [["secrets", "tune", "-plugin-version=1.0.0-", "cubbyhole"]],
    [["secrets", "enable", "-path=badv", "-plugin-version=1.0.0-", "kv"]],
    [["auth", "tune", "-plugin-version=1.0.0-", "token"]],
    [["register", `-sha256=${"ab".repeat(32)}`, "-version=1.0.0-", "secret", "badv"]],
    [["pin", "-version=1.0.0-", "secret", "badv"]],
  ])("%j: a malformed version is a usage error, before the server is asked", async (args) => {
    const r = await sysplugins(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /-(plugin-)?version must be a semantic version such as v1\.2\.0, got "1\.0\.0-"/,
    );
    expect((await f.call("GET", "sys/mounts/cubbyhole")).json.data.plugin_version).toBe("");
  });
});
