// The command table: it parses flags, prints help and generates shell completion.
import type { Command } from "../context.js";
import { deregister, info, list, register } from "./catalog.js";
import { mountTableCommands } from "./mount-tables.js";
import { drift, mounts } from "./mounts.js";
import { pin, pins, unpin } from "./pins.js";
import { preflight } from "./preflight.js";
import { reload, reloadStatus } from "./reload.js";
import { apply, exportState, plan } from "./state.js";
import { versionMove } from "./upgrade.js";
import { completion, help, version } from "./version.js";

export const commands: Record<string, Command> = {
  register,
  list,
  info,
  deregister,
  pin,
  unpin,
  pins,
  reload,
  "reload-status": reloadStatus,
  ...mountTableCommands("secrets"),
  ...mountTableCommands("auth"),
  mounts,
  upgrade: versionMove("upgrade"),
  downgrade: versionMove("downgrade"),
  drift,
  plan,
  apply,
  export: exportState,
  preflight,
  version,
};
commands.help = help(commands);
commands.completion = completion(commands);
