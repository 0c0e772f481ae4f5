// version, help and completion: the commands that need no server.
import { readFileSync } from "node:fs";
import { UsageError } from "../args.js";
import { bash, zsh } from "../completion.js";
import type { Command } from "../context.js";
import { commandHelp, overview } from "../help.js";

/** The version in the package's own package.json, which is beside dist/ wherever it is installed. */
export function cliVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  return String(pkg.version);
}

export const version: Command = {
  usage: "sysplugins version",
  summary: "Print the version of sysplugins (also: sysplugins --version).",
  flags: [],
  examples: ["sysplugins version"],
  offline: true,
  async run(ctx) {
    ctx.flags.rejectUnknown();
    ctx.output.out(
      ctx.output.json ? JSON.stringify({ version: cliVersion() }) : `sysplugins v${cliVersion()}`,
    );
    return 0;
  },
};

/** Finds "secrets enable" from ["secrets", "enable", ...]; returns the name and the rest. */
export function lookup(
  commands: Record<string, Command>,
  argv: readonly string[],
): { name: string; command: Command | undefined; rest: string[] } {
  const [first = "", second = "", ...more] = argv;
  const pair = `${first} ${second}`;
  if (commands[pair]) return { name: pair, command: commands[pair], rest: more };
  return { name: first, command: commands[first], rest: argv.slice(1) };
}

export const help = (commands: Record<string, Command>): Command => ({
  usage: "sysplugins help [COMMAND]",
  summary: "Show the commands, or one command's flags, defaults and examples.",
  flags: [],
  examples: ["sysplugins help upgrade", "sysplugins help secrets tune"],
  offline: true,
  async run(ctx) {
    ctx.flags.rejectUnknown();
    if (ctx.positional.length === 0) {
      ctx.output.out(overview(commands));
      return 0;
    }
    const { name, command, rest } = lookup(commands, ctx.positional);
    if (!command || rest.length > 0) {
      const group = Object.keys(commands).filter((n) => n.startsWith(`${ctx.positional[0]} `));
      if (group.length > 0 && ctx.positional.length === 1) {
        ctx.output.out(
          [
            `Subcommands of ${ctx.positional[0]}:`,
            ...group.map((g) => `    ${g}    ${commands[g]?.summary}`),
          ].join("\n"),
        );
        return 0;
      }
      throw new UsageError(`no command ${JSON.stringify(ctx.positional.join(" "))}`);
    }
    ctx.output.out(commandHelp(name, command));
    return 0;
  },
});

export const completion = (commands: Record<string, Command>): Command => ({
  usage: "sysplugins completion SHELL",
  summary: "Print a completion script for bash or zsh, generated from the command table.",
  flags: [],
  examples: [
    'eval "$(sysplugins completion bash)"',
    "sysplugins completion zsh > ~/.zsh/completions/_sysplugins",
  ],
  positionals: [["bash", "zsh"]],
  offline: true,
  async run(ctx) {
    ctx.flags.rejectUnknown();
    const [shell, extra] = ctx.positional;
    if (extra !== undefined || (shell !== "bash" && shell !== "zsh"))
      throw new UsageError(`expected bash or zsh\n${this.usage}`);
    ctx.output.out(shell === "bash" ? bash(commands) : zsh(commands));
    return 0;
  },
});
