import type { SysPluginsClient } from "@sysplugins/client";
import type { Flags } from "./args.js";
import type { Output } from "./output.js";

export interface Context {
  client: SysPluginsClient;
  flags: Flags;
  positional: string[];
  output: Output;
}

/** A command: returns the exit status. */
export type Command = {
  usage: string;
  summary: string;
  booleans?: string[];
  run(ctx: Context): Promise<number>;
};
