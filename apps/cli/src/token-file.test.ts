// Without VAULT_TOKEN the command uses the token in ~/.vault-token, as Vault's CLI does (and as our dev
// server writes it). HOME is a temporary directory: the real ~/.vault-token is never touched.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./test-support.js";

let f: Fixture;
let home: string;
beforeAll(async () => {
  [f, home] = await Promise.all([startFixture(), mkdtemp(join(tmpdir(), "sysplugins-cli-home-"))]);
});
afterAll(async () => {
  await f.close();
  await rm(home, { recursive: true, force: true });
});

describe("~/.vault-token", () => {
  it("is used when VAULT_TOKEN is unset", async () => {
    await writeFile(join(home, ".vault-token"), `${f.token}\n`);
    const ran = await runCli({ VAULT_ADDR: f.url, HOME: home }, "list", "secret");
    expect(ran.stderr).toBe("");
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/\bkv\b/);
  });

  it("is named when the server refuses its token; VAULT_TOKEN wins over it", async () => {
    await writeFile(join(home, ".vault-token"), "not-the-root-token");
    const refused = await runCli({ VAULT_ADDR: f.url, HOME: home }, "list", "secret");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("the token in ~/.vault-token is refused");
    const env = await runCli({ VAULT_ADDR: f.url, HOME: home, VAULT_TOKEN: f.token }, "list", "secret");
    expect(env.code).toBe(0);
  });
});
