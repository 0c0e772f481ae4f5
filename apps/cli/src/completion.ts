// Shell completion scripts, generated from the same command table that parses the flags and prints help.
import type { Command } from "./context.js";
import { commonFlags } from "./help.js";

/** "secrets" -> "enable disable tune list", for each group of subcommands. */
function groupsOf(commands: Record<string, Command>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const n of Object.keys(commands)) {
    const [group, sub] = n.split(" ");
    if (group && sub) groups.set(group, [...(groups.get(group) ?? []), sub]);
  }
  return groups;
}

const words = (xs: string[]) => xs.map((x) => x.replace(/[^\w./:=,-]/g, "")).join(" ");

function flagWords(c: Command): string[] {
  return [...c.flags, ...(c.offline ? [] : commonFlags)].map((f) => `-${f.name}${f.value ? "=" : ""}`);
}

export function bash(commands: Record<string, Command>): string {
  const names = Object.keys(commands);
  const groups = groupsOf(commands);
  const top = [...new Set(names.map((n) => n.split(" ")[0] as string))];
  const cases = names.map((n) => {
    const c = commands[n] as Command;
    const choices = [...c.flags, ...(c.offline ? [] : commonFlags)]
      .filter((f) => f.choices)
      .map(
        (f) =>
          `      -${f.name}=*) COMPREPLY=($(compgen -P "-${f.name}=" -W "${words(f.choices ?? [])}" -- "\${cur#*=}")); return;;`,
      );
    const positional = words(c.positionals?.flat() ?? []);
    return [
      `    "${n}")`,
      '      case "$cur" in',
      ...choices,
      `      -*) COMPREPLY=($(compgen -W "${words(flagWords(c))}" -- "$cur")); compopt -o nospace 2>/dev/null; return;;`,
      "      esac",
      `      COMPREPLY=($(compgen -W "${positional}" -- "$cur")); return;;`,
    ].join("\n");
  });
  return `# bash completion for sysplugins: eval "$(sysplugins completion bash)"
_sysplugins() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" cmd="\${COMP_WORDS[1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${words(top)}" -- "$cur")); return
  fi
  local subs=""
  case "$cmd" in
${[...groups].map(([g, subs]) => `    ${g}) subs="${words(subs)}";;`).join("\n")}
  esac
  if [ -n "$subs" ]; then
    if [ "$COMP_CWORD" -eq 2 ]; then
      COMPREPLY=($(compgen -W "$subs" -- "$cur")); return
    fi
    cmd="$cmd \${COMP_WORDS[2]}"
  fi
  case "$cmd" in
${cases.join("\n")}
  esac
}
complete -F _sysplugins sysplugins
`;
}

export function zsh(commands: Record<string, Command>): string {
  const names = Object.keys(commands);
  const top = [...new Set(names.map((n) => n.split(" ")[0] as string))];
  const cases = names.map((n) => {
    const c = commands[n] as Command;
    const specs = [...c.flags, ...(c.offline ? [] : commonFlags)].map((f) => {
      const help = f.help.replace(/[[\]':]/g, "").split(". ")[0];
      const action = f.choices ? `:${f.name}:(${words(f.choices)})` : f.value ? `:${f.value}:` : "";
      return `'-${f.name}${f.value ? "=" : ""}[${help}]${action}'`;
    });
    const positional = words(c.positionals?.flat() ?? []);
    return `    "${n}") _arguments -s ${specs.join(" ")} '*:argument:(${positional})';;`;
  });
  return `#compdef sysplugins
# zsh completion for sysplugins: sysplugins completion zsh > "\${fpath[1]}/_sysplugins"
_sysplugins() {
  local cmd
  if (( CURRENT == 2 )); then
    compadd -- ${words(top)}; return
  fi
  cmd="\${words[2]}"
  local subs=""
  case "$cmd" in
${[...groupsOf(commands)].map(([g, subs]) => `    ${g}) subs="${words(subs)}";;`).join("\n")}
  esac
  if [[ -n "$subs" ]]; then
    if (( CURRENT == 3 )); then
      compadd -- \${=subs}; return
    fi
    cmd="$cmd \${words[3]}"; shift words; (( CURRENT-- ))
  fi
  shift words; (( CURRENT-- ))
  case "$cmd" in
${cases.join("\n")}
  esac
}
compdef _sysplugins sysplugins
`;
}
