import type { SysPluginsClient } from "@sysplugins/client";
import type { Flags } from "./args.js";
import type { Output } from "./output.js";

export interface Context {
  client: SysPluginsClient;
  /** A client for another node of the same cluster: the same token and settings, another address. */
  clientAt(address: string): SysPluginsClient;
  flags: Flags;
  positional: string[];
  output: Output;
}

/** One flag of a command, as its help shows it and completion offers it. */
export interface FlagSpec {
  name: string;
  /** What the value is ("V", "PATH", "A,B"); absent for a boolean flag. */
  value?: string;
  /** Shown as "The default is …"; absent: no default (the flag is optional, or required when help says so). */
  default?: string;
  help: string;
  /** Values completion offers. */
  choices?: string[];
}

/** A command: its help, its flags (which drive parsing, help and completion) and what it does. */
export interface Command {
  /** e.g. "sysplugins upgrade [flags] TYPE NAME" */
  usage: string;
  summary: string;
  flags: FlagSpec[];
  /** Full command lines, shown under "Examples". */
  examples: string[];
  /** What completion offers for each positional argument. */
  positionals?: string[][];
  /** Commands that need no server (help, version, completion). */
  offline?: boolean;
  run(ctx: Context): Promise<number>;
}

export const pluginTypes = ["auth", "database", "secret"];
