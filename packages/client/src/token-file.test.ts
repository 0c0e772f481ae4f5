// The token in $HOME/.vault-token, as Vault's CLI keeps it and dev servers write it, is used when
// VAULT_TOKEN is unset. A temporary HOME: the real ~/.vault-token is never read.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "./index.js";

let home: string;
let empty: string;
beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "sysplugins-token-home-"));
  empty = await mkdtemp(join(tmpdir(), "sysplugins-token-empty-"));
  await writeFile(join(home, ".vault-token"), "s.from-file\n");
});
afterAll(async () => {
  await rm(home, { recursive: true, force: true });
  await rm(empty, { recursive: true, force: true });
});

async function tokenSent(options: Parameters<typeof createClient>[0]): Promise<string | null> {
  let sent: string | null = null;
  const fetch = async (request: Request) => {
    sent = request.headers.get("x-vault-token");
    return new Response(JSON.stringify({ data: { keys: [] } }), {
      headers: { "Content-Type": "application/json" },
    });
  };
  await createClient({ ...options, fetch }).catalog.names("secret");
  return sent;
}

describe("the token file", () => {
  it.each([
    ["VAULT_TOKEN unset: the file's token, trimmed", () => ({ env: { HOME: home } }), "s.from-file"],
    ["VAULT_TOKEN wins", () => ({ env: { HOME: home, VAULT_TOKEN: "s.env" } }), "s.env"],
    ["an explicit token wins", () => ({ token: "s.given", env: { HOME: home } }), "s.given"],
    ["no file: no token", () => ({ env: { HOME: empty } }), null],
    ["no HOME: no token", () => ({ env: {} }), null],
  ])("%s", async (_name, options, expected) => {
    expect(await tokenSent(options())).toBe(expected);
  });
});
