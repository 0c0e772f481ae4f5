// sysplugins: Vault's plugin commands, plus guided upgrades and drift checks, for Vault, OpenBao and
// sysplugins' own server. Reads VAULT_ADDR, VAULT_TOKEN, VAULT_NAMESPACE, VAULT_CACERT, VAULT_SKIP_VERIFY.
import { createClient, VaultResponseError } from "@sysplugins/client";
import { Flags, parseArgs, UsageError } from "./args.js";
import { deregister, info, list, register } from "./commands/catalog.js";
import { drift, mounts } from "./commands/mounts.js";
import { pin, pins, unpin } from "./commands/pins.js";
import { reload, reloadStatus } from "./commands/reload.js";
import { versionMove } from "./commands/upgrade.js";
import type { Command } from "./context.js";

const commands: Record<string, Command> = {
  register,
  list,
  info,
  deregister,
  pin,
  unpin,
  pins,
  reload,
  "reload-status": reloadStatus,
  mounts,
  upgrade: versionMove("upgrade"),
  downgrade: versionMove("downgrade"),
  drift,
};

function help(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  return [
    "Usage: sysplugins COMMAND [flags] [args]",
    "",
    "Commands:",
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    "",
    "Flags for every command: -address=URL (default $VAULT_ADDR), -format=table|json",
    "Environment: VAULT_ADDR, VAULT_TOKEN, VAULT_NAMESPACE, VAULT_CACERT, VAULT_SKIP_VERIFY",
    "Exit status: 0 success, 1 failure, 2 drift found (drift) or a usage error.",
  ].join("\n");
}

export async function run(
  argv: string[],
  env: NodeJS.ProcessEnv,
  out = console.log,
  err = console.error,
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "-h" || name === "--help") {
    out(help());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    err(`Unknown command ${JSON.stringify(name)}\n\n${help()}`);
    return 2;
  }
  try {
    const parsed = parseArgs(rest, new Set([...(command.booleans ?? []), "h", "help"]));
    const flags = new Flags(parsed);
    if (flags.bool("h") || flags.bool("help")) {
      out(`Usage: ${command.usage}\n\n${command.summary}`);
      return 0;
    }
    const format = flags.string("format") ?? env.VAULT_FORMAT ?? "table";
    if (format !== "table" && format !== "json")
      throw new UsageError(`-format must be table or json, got ${JSON.stringify(format)}`);
    const address = flags.string("address");
    const client = createClient({ env, ...(address ? { address } : {}) });
    return await command.run({
      client,
      flags,
      positional: parsed.positional,
      output: { json: format === "json", out, err },
    });
  } catch (e) {
    if (e instanceof UsageError) {
      err(`${e.message}\n\nUsage: ${command.usage}`);
      return 2;
    }
    if (e instanceof VaultResponseError) {
      err(`Error: ${e.message}`);
      return 1;
    }
    err(`Error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
