// A plugin binary on disk: its checksum, and the command it is registered as.
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { sha256File } from "@sysplugins/go-semantics";
import { UsageError } from "./args.js";

/** The command to register: -command, else the binary's file name (versioned names are the normal layout:
 *  plugins/my-plugin-1.1.0 runs as my-plugin-1.1.0), else the plugin's name. */
export const commandFor = (command: string | undefined, binary: string | undefined, name: string) =>
  command ?? (binary ? basename(binary) : name);

/** The SHA-256 of -binary, refusing a path that is not a readable file with a usage error. */
export async function readSha256(binary: string): Promise<string> {
  const info = await stat(binary).catch(() => undefined);
  if (!info?.isFile()) throw new UsageError(`-binary=${binary}: no such file`);
  return sha256File(binary);
}

/** Vault decodes -sha256 as hex; a SHA-256 is 32 bytes. */
export function checkSha256(sha256: string): void {
  if (!/^[0-9a-fA-F]{64}$/.test(sha256))
    throw new UsageError(`-sha256 must be 64 hex digits (a SHA-256), got ${JSON.stringify(sha256)}`);
}
