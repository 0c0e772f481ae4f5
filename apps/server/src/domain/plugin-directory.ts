// The plugin directory rule, as Vault applies it at registration and before it runs a plugin: a command
// must resolve, symlinks followed, to a file directly inside the plugin directory.
import { realpath } from "node:fs/promises";
import { dirname, join, relative } from "node:path";

/** The command breaks the plugin directory rule. The message is Vault's. */
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
