// The plugin directory rules and the binary checksum, as Vault applies them: a command must resolve,
// symlinks followed, to a file directly inside the plugin directory; a binary runs only when its SHA-256
// matches the catalog. Hashing streams the file in 1 MiB chunks and never holds it in memory.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { realpath } from "node:fs/promises";
import { dirname, join, relative } from "node:path";

export const HASH_CHUNK = 1024 * 1024;

/** The command breaks the plugin directory rules. The message is Vault's. */
export class PluginPathError extends Error {
  readonly missing: boolean;
  constructor(message: string, missing = false) {
    super(message);
    this.missing = missing;
  }
}

/** Resolves `command` inside `pluginDirectory`; returns the command as stored (relative) and the real path. */
export async function resolveCommand(
  pluginDirectory: string,
  command: string,
): Promise<{ relative: string; real: string }> {
  const joined = join(pluginDirectory, command);
  let real: string;
  try {
    real = await realpath(joined);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file or directory" : (code ?? "error").toLowerCase();
    throw new PluginPathError(
      `error while validating the command path: lstat ${joined}: ${reason}`,
      code === "ENOENT",
    );
  }
  const dir = await realpath(pluginDirectory).catch(() => pluginDirectory);
  if (dirname(real) !== dir)
    throw new PluginPathError("cannot execute files outside of configured plugin directory");
  return { relative: relative(pluginDirectory, joined), real };
}

/** SHA-256 of a file as lowercase hex, streamed. */
export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(path, { highWaterMark: HASH_CHUNK })
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}

export class PluginRunError extends Error {}

/**
 * What Vault checks before it runs an external plugin: the command still resolves inside the plugin
 * directory, the binary exists, and its SHA-256 is the catalog's. Returns the binary's hex SHA-256.
 * `hashes` caches results for one operation, so a reload hashes each binary once however many mounts use it.
 */
export async function verifyBinary(
  pluginDirectory: string,
  command: string,
  expectedSha256: string,
  hashes: Map<string, Promise<string>> = new Map(),
): Promise<string> {
  let real: string;
  try {
    real = (await resolveCommand(pluginDirectory, command)).real;
  } catch (err) {
    if (!(err instanceof PluginPathError)) throw err;
    if (err.missing)
      throw new PluginRunError(`fork/exec ${join(pluginDirectory, command)}: no such file or directory`);
    throw new PluginRunError(err.message);
  }
  let pending = hashes.get(real);
  if (!pending) {
    pending = sha256File(real);
    hashes.set(real, pending);
  }
  const actual = await pending.catch((err: NodeJS.ErrnoException) => {
    throw new PluginRunError(
      `fork/exec ${real}: ${err.code === "EACCES" ? "permission denied" : err.message}`,
    );
  });
  if (actual !== expectedSha256.toLowerCase()) throw new PluginRunError("checksums did not match");
  return actual;
}
