// Help as Vault's CLI prints it: usage, what the command does, examples, then every flag with its default.
import type { Command, FlagSpec } from "./context.js";

/** Flags every command takes. */
export const commonFlags: FlagSpec[] = [
  {
    name: "address",
    value: "URL",
    default: "$VAULT_ADDR, else http://127.0.0.1:8200",
    help: "The address of the Vault server.",
  },
  {
    name: "format",
    value: "FORMAT",
    default: "$VAULT_FORMAT, else table",
    help: "Print the output in the given format: table, or json (one JSON document; NDJSON for upgrade and downgrade).",
    choices: ["table", "json"],
  },
];

function wrap(text: string, indent: string, width = 80): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

function flagHelp(f: FlagSpec): string[] {
  const head = `  -${f.name}${f.value ? `=<${f.value}>` : ""}`;
  const def =
    f.default !== undefined
      ? ` The default is ${f.default}.`
      : !f.value
        ? " The default is false."
        : /\(required\)/.test(f.help)
          ? ""
          : " The default is none.";
  return [head, ...wrap(`${f.help}${def}`, "      "), ""];
}

export function commandHelp(name: string, c: Command): string {
  return [
    `Usage: ${c.usage}`,
    "",
    ...wrap(c.summary, "  "),
    "",
    ...(c.examples.length ? [`  Example${c.examples.length > 1 ? "s" : ""}:`, ""] : []),
    ...c.examples.map((e) => `      $ ${e}`),
    ...(c.examples.length ? [""] : []),
    ...(c.flags.length ? [`Command Options (${name}):`, "", ...c.flags.flatMap(flagHelp)] : []),
    ...(c.offline ? [] : ["HTTP Options:", "", ...commonFlags.flatMap(flagHelp)]),
    "Environment: VAULT_ADDR, VAULT_TOKEN (else ~/.vault-token), VAULT_NAMESPACE, VAULT_CACERT, VAULT_SKIP_VERIFY, VAULT_FORMAT,",
    "VAULT_CLIENT_TIMEOUT. Exit status: 0 success, 1 failure, 2 usage error (or drift found, for drift).",
  ].join("\n");
}

export function overview(commands: Record<string, Command>): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  return [
    "Usage: sysplugins <command> [flags] [args]",
    "",
    "  Vault's plugin commands, plus guided upgrades and drift checks, for Vault, OpenBao and sysplugins'",
    "  own server.",
    "",
    "Commands:",
    ...Object.entries(commands).map(
      ([name, c]) => `    ${name.padEnd(width)}    ${c.summary.split(". ")[0]}`,
    ),
    "",
    "Run `sysplugins help <command>` (or `sysplugins <command> -h`) for a command's flags and examples.",
  ].join("\n");
}
