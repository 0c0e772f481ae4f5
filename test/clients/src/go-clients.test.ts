// Vault's Go client (github.com/hashicorp/vault/api) and OpenBao's (github.com/openbao/openbao/api/v2),
// unchanged, each driven through the whole plugin workflow by a small Go program of ours, against the
// real server on a loopback port. Every step is a typed call of the library; any error or wrong value fails.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { flavors } from "@sysplugins/server";
import { type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPrograms, type Program, programs, runProgram } from "./go-programs.js";
import { writePlugins } from "./plugins.js";
import { missing, requireInCi } from "./tools.js";

const canRun = requireInCi(
  "the Go client workflows",
  await missing("go", ["version"], "install Go 1.25 or later; .ci/run does"),
);

let f: Fixture;
let bin: string;
let home: string;
beforeAll(async () => {
  if (!canRun) return;
  [f, bin, home] = await Promise.all([
    startFixture(),
    buildPrograms(),
    mkdtemp(join(tmpdir(), "sysplugins-home-")),
  ]);
});
afterAll(async () => {
  await f?.close();
  for (const dir of [bin, home]) if (dir) await rm(dir, { recursive: true, force: true });
});

// What each library reads: VAULT_* for Vault's, BAO_* for OpenBao's. HOME is empty of any token file.
const envFor = (program: Program): Record<string, string> =>
  program === "vault-api"
    ? { HOME: home, VAULT_ADDR: f.url, VAULT_TOKEN: f.token }
    : { HOME: home, BAO_ADDR: f.url, BAO_TOKEN: f.token };

describe.skipIf(!canRun)("Go clients against our server (Vault flavour)", () => {
  it.each(programs)("%s runs the whole workflow with no failed step", async (program) => {
    const plugins = await writePlugins(f.pluginDir, program);
    const outcome = await runProgram(join(bin, program), plugins, "vault", envFor(program));
    console.log(`${program} against sysplugins: ${outcome.passed} passed, ${outcome.failed} failed`);
    expect(outcome.failed, outcome.output).toBe(0);
    expect(outcome.code, outcome.output).toBe(0);
    // Only OpenBao's client lacks reload/:type/:name; nothing else may be skipped against our server.
    expect(outcome.notApplicable, outcome.output).toBe(program === "openbao-api" ? 1 : 0);
    expect(outcome.passed).toBeGreaterThan(40);
  });

  it("vault-api runs the whole workflow with a policy token (no root)", async () => {
    const policy = `path "sys/plugins/catalog" { capabilities = ["read"] }
path "sys/plugins/catalog/*" { capabilities = ["read", "update", "delete", "list", "sudo"] }
path "sys/plugins/pins" { capabilities = ["read"] }
path "sys/plugins/pins/*" { capabilities = ["read", "update", "delete"] }
path "sys/plugins/reload/*" { capabilities = ["read", "update"] }
path "sys/mounts" { capabilities = ["read"] }
path "sys/mounts/*" { capabilities = ["read", "update", "delete"] }
path "sys/auth" { capabilities = ["read"] }
path "sys/auth/*" { capabilities = ["read", "update", "delete", "sudo"] }
path "sys/ha-status" { capabilities = ["read"] }
path "+/config/*" { capabilities = ["read", "update", "delete", "list"] }
path "+/reset/*" { capabilities = ["update"] }
path "+/reload/*" { capabilities = ["update"] }
`;
    expect((await f.call("PUT", "sys/policies/acl/go-workflow", { body: { policy } })).status).toBe(204);
    const made = await f.call("POST", "auth/token/create", { body: { policies: ["go-workflow"] } });
    const plugins = await writePlugins(f.pluginDir, "policy-token");
    const outcome = await runProgram(
      join(bin, "vault-api"),
      plugins,
      "vault",
      {
        HOME: home,
        VAULT_ADDR: f.url,
        VAULT_TOKEN: made.json.auth.client_token,
      },
      "go-workflow",
    );
    expect(outcome.failed, outcome.output).toBe(0);
    expect(outcome.code, outcome.output).toBe(0);
    expect(outcome.passed).toBeGreaterThan(40);
  });

  it("a wrong token fails the workflow", async () => {
    const plugins = await writePlugins(f.pluginDir, "wrong-token");
    const outcome = await runProgram(join(bin, "vault-api"), plugins, "vault", {
      HOME: home,
      VAULT_ADDR: f.url,
      VAULT_TOKEN: "not-the-root-token",
    });
    expect(outcome.code).toBe(1);
    expect(outcome.output).toMatch(/FAIL register .*permission denied/s);
  });
});

// OpenBao's client against our server as OpenBao: what real OpenBao refuses (the reload status, and
// reload/:type/:name, which the library lacks anyway) is not applicable, exactly as against the real one.
describe.skipIf(!canRun || !("openbao" in flavors))(
  "OpenBao's Go client against our server (OpenBao flavour)",
  () => {
    let bao: Fixture;
    beforeAll(async () => {
      bao = await startFixture(["--flavor", "openbao"]);
    });
    afterAll(() => bao?.close());

    it("openbao-api runs every step OpenBao has, with no failed step", async () => {
      const plugins = await writePlugins(bao.pluginDir, "openbao-flavour");
      const outcome = await runProgram(join(bin, "openbao-api"), plugins, "openbao", {
        HOME: home,
        BAO_ADDR: bao.url,
        BAO_TOKEN: bao.token,
      });
      console.log(
        `openbao-api against sysplugins (openbao flavour): ${outcome.passed} passed, ${outcome.failed} failed`,
      );
      expect(outcome.failed, outcome.output).toBe(0);
      expect(outcome.code, outcome.output).toBe(0);
      expect(outcome.notApplicable, outcome.output).toBe(2);
    });
  },
);
