// Flags as Vault's CLI (Go's flag package) takes them: -name=value, -name value, --name, and bare
// booleans (-detailed). Flags may come before or after the positional arguments.
import { parseBool } from "@sysplugins/go-semantics";

export interface Parsed {
  positional: string[];
  flags: Map<string, string[]>;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], booleans: ReadonlySet<string>): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    const m = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/s.exec(arg);
    if (!m) {
      positional.push(arg);
      continue;
    }
    const name = m[1] as string;
    let value = m[2];
    if (value === undefined) {
      if (booleans.has(name)) value = "true";
      else {
        value = argv[++i];
        if (value === undefined) throw new UsageError(`flag -${name} needs a value`);
      }
    }
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { positional, flags };
}

export class Flags {
  private readonly used = new Set<string>();
  constructor(private readonly parsed: Parsed) {}

  string(name: string): string | undefined {
    this.used.add(name);
    return this.parsed.flags.get(name)?.at(-1);
  }

  list(name: string): string[] {
    this.used.add(name);
    return (this.parsed.flags.get(name) ?? []).flatMap((v) => v.split(",")).filter(Boolean);
  }

  /** Every value given for a repeatable flag, as given. */
  all(name: string): string[] {
    this.used.add(name);
    return this.parsed.flags.get(name) ?? [];
  }

  bool(name: string): boolean {
    this.used.add(name);
    const v = this.parsed.flags.get(name)?.at(-1);
    return v !== undefined && parseBool(v) === true;
  }

  /** Call after reading every flag a command takes: an unknown flag is a usage error. */
  rejectUnknown(): void {
    const unknown = [...this.parsed.flags.keys()].filter((k) => !this.used.has(k));
    if (unknown.length > 0) throw new UsageError(`unknown flag -${unknown[0]}`);
  }
}
