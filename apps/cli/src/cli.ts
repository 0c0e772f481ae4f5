// sysplugins: Vault's plugin commands, plus guided upgrades and drift checks, for Vault, OpenBao and
// sysplugins' own server. Reads VAULT_ADDR, VAULT_TOKEN, VAULT_NAMESPACE, VAULT_CACERT, VAULT_SKIP_VERIFY,
// VAULT_FORMAT and VAULT_CLIENT_TIMEOUT; without VAULT_TOKEN, the token in ~/.vault-token.
import {
  createClient,
  isConnectionError,
  isPermissionDenied,
  isVaultResponseError,
  type SysPluginsClient,
  tokenFromFile,
} from "@sysplugins/client";
import { Flags, parseArgs, UsageError } from "./args.js";
import { commands } from "./commands/index.js";
import { cliVersion, lookup } from "./commands/version.js";
import type { Context } from "./context.js";
import { commandHelp, overview } from "./help.js";

export type Environment = Record<string, string | undefined>;

const DEFAULT_ADDRESS_USED =
  "VAULT_ADDR is empty, so the default http://127.0.0.1:8200 was used: export VAULT_ADDR='https://your-vault:8200' or pass -address.";

export async function run(
  argv: string[],
  env: Environment,
  out: (text: string) => void = console.log,
  err: (text: string) => void = console.error,
): Promise<number> {
  const [first] = argv;
  if (!first || first === "-h" || first === "--help" || first === "-help") {
    out(overview(commands));
    return first ? 0 : 2;
  }
  if (first === "--version" || first === "-version" || first === "-v") {
    out(`sysplugins v${cliVersion()}`);
    return 0;
  }
  const { name, command, rest } = lookup(commands, argv);
  if (!command) {
    const group = Object.keys(commands).filter((n) => n.startsWith(`${first} `));
    err(
      group.length > 0
        ? `Usage: sysplugins ${first} <subcommand>: one of ${group.map((g) => g.split(" ")[1]).join(", ")}`
        : `Unknown command ${JSON.stringify(first)}\n\n${overview(commands)}`,
    );
    return 2;
  }
  let addressFlag: string | undefined;
  const address = () => addressFlag || env.VAULT_ADDR || "";
  let flags: Flags;
  try {
    const booleans = command.flags.filter((f) => !f.value).map((f) => f.name);
    const parsed = parseArgs(rest, new Set([...booleans, "h", "help"]));
    flags = new Flags(parsed);
    addressFlag = flags.string("address");
    if (flags.bool("h") || flags.bool("help")) {
      out(commandHelp(name, command));
      return 0;
    }
    const format = flags.string("format") ?? env.VAULT_FORMAT ?? "table";
    if (format !== "table" && format !== "json")
      throw new UsageError(`-format must be table or json, got ${JSON.stringify(format)}`);
    const given = address();
    let client: SysPluginsClient | undefined;
    const ctx: Context = {
      get client() {
        client ??= createClient({ env, ...(given ? { address: given } : {}) });
        return client;
      },
      clientAt: (at: string) => createClient({ env, address: at }),
      flags,
      positional: parsed.positional,
      output: { json: format === "json", out, err },
    };
    return await command.run(ctx);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`${e.message}\n\nUsage: ${command.usage} (sysplugins help ${name} for every flag)`);
      return 2;
    }
    if (isConnectionError(e)) {
      const hint = env.VAULT_ADDR
        ? "Is the server running there, and is VAULT_ADDR (or -address) right?"
        : DEFAULT_ADDRESS_USED;
      err(
        `Error: cannot connect to ${e.address}: ${e.message.replace(/^.*cannot reach [^:]+:\/\/[^:]+(:\d+)?: /, "")}\n${hint}`,
      );
      return 1;
    }
    // A server answered, but at the default address: say so, it may not be the one meant.
    const defaulted = !env.VAULT_ADDR && !addressFlag ? `\n${DEFAULT_ADDRESS_USED}` : "";
    if (isPermissionDenied(e)) {
      const why = env.VAULT_TOKEN
        ? "the token in VAULT_TOKEN is refused (expired, revoked, or without this capability)"
        : tokenFromFile(env)
          ? "the token in ~/.vault-token is refused (expired, revoked, or without this capability)"
          : "VAULT_TOKEN is not set and there is no ~/.vault-token";
      err(`Error: ${e.message}\n${why}.${defaulted}`);
      return 1;
    }
    if (isVaultResponseError(e)) {
      err(`Error: ${e.message}${defaulted}`);
      return 1;
    }
    err(`Error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
