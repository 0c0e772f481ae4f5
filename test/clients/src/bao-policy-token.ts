// The upgrade procedure run with a policy token instead of root: `bao policy write` and `bao token create
// -policy=…` with the root token, then the whole procedure with the new token. Without `sudo` on the
// catalog the same procedure stops at its first catalog command with `permission denied`.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type BaoTarget, baoRunner } from "./bao-run.js";

/** What the procedure needs, and nothing else (the README's policy). */
export const upgraderPolicy = `path "sys/plugins/catalog" { capabilities = ["read"] }
path "sys/plugins/catalog/*" { capabilities = ["read", "update", "delete", "list", "sudo"] }
path "sys/mounts" { capabilities = ["read"] }
path "sys/mounts/*" { capabilities = ["read", "update", "delete"] }
path "sys/auth" { capabilities = ["read"] }
path "sys/auth/*" { capabilities = ["read", "update", "delete", "sudo"] }
path "sys/plugins/reload/backend" { capabilities = ["update"] }
`;

/** The same without sudo anywhere. */
export const noSudoPolicy = upgraderPolicy.replaceAll(', "sudo"', "");

/** Writes `policy` as `name` and makes a token with it, both with the root token; returns the token. */
export async function policyToken(root: BaoTarget, name: string, policy: string): Promise<string> {
  const bao = baoRunner(root);
  const file = join(root.home, `${name}.hcl`);
  await writeFile(file, policy);
  await bao.ok("policy", "write", name, file);
  const created = JSON.parse(await bao.ok("token", "create", `-policy=${name}`, "-format=json"));
  const token = created.auth.client_token as string;
  if (!token || created.auth.policies.includes("root"))
    throw new Error(`not a policy token: ${created.auth.policies}`);
  return token;
}
