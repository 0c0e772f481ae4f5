import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, readFile, realpath } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { GoMissingError } from "./build.js";
import { findGo } from "./go.js";

const run = promisify(execFile);

/** HashiCorp's KV secrets engine, a plugin nobody here wrote, on Vault's SDK (github.com/hashicorp/vault/sdk). */
export const VAULT_KV_PACKAGE = "github.com/hashicorp/vault-plugin-secrets-kv/cmd/vault-plugin-secrets-kv";
export const VAULT_KV_VERSION = "v0.25.0";

export interface VaultKvBinary {
  name: "vault-plugin-secrets-kv";
  version: string;
  sha256: string;
  /** Absolute path, symlinks resolved. */
  file: string;
  /** The file's name inside the directory. */
  command: string;
}

/**
 * Builds HashiCorp's KV plugin at `version` into `dir` with `go install` through the Go module proxy
 * (about a minute the first time; the module and build caches make later builds quick). The module
 * cache stays writable (-modcacherw) so it can be removed.
 */
export async function buildVaultKv(dir: string, version: string = VAULT_KV_VERSION): Promise<VaultKvBinary> {
  const go = findGo();
  if (!go) throw new GoMissingError();
  await mkdir(dir, { recursive: true });
  const realDir = await realpath(dir);
  try {
    await run(go, ["install", `${VAULT_KV_PACKAGE}@${version}`], {
      env: { ...process.env, GOBIN: realDir, CGO_ENABLED: "0", GOFLAGS: "-modcacherw" },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? "";
    throw new Error(`go install ${VAULT_KV_PACKAGE}@${version} failed:\n${stderr}`);
  }
  const command = "vault-plugin-secrets-kv";
  const file = join(realDir, command);
  const sha256 = createHash("sha256")
    .update(await readFile(file))
    .digest("hex");
  return { name: command, version, sha256, file, command };
}
