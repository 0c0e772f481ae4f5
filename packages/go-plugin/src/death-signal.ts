// Ties a plugin to the host's life on Linux: `setpriv --pdeathsig KILL -- COMMAND ARGS…` (util-linux)
// sets PR_SET_PDEATHSIG and execs the plugin, so a host killed with SIGKILL takes its plugins along
// (Node cannot set a child's parent-death signal itself). Elsewhere, or without setpriv, plugins are
// started directly and only a host that exits normally kills them.
import { accessSync, constants } from "node:fs";

const CANDIDATES = ["/usr/bin/setpriv", "/bin/setpriv", "/usr/sbin/setpriv", "/sbin/setpriv"];

let found: string | null | undefined;

export function findSetpriv(): string | undefined {
  if (found !== undefined) return found ?? undefined;
  found = null;
  if (process.platform === "linux") {
    for (const candidate of CANDIDATES) {
      try {
        accessSync(candidate, constants.X_OK);
        found = candidate;
        break;
      } catch {
        // next
      }
    }
  }
  return found ?? undefined;
}

export interface Launch {
  file: string;
  args: string[];
  /** Whether the plugin dies with the host even on SIGKILL. */
  tiedToHost: boolean;
}

export function launchFor(command: string, args: readonly string[], tie = true): Launch {
  const setpriv = tie ? findSetpriv() : undefined;
  if (!setpriv) return { file: command, args: [...args], tiedToHost: false };
  return { file: setpriv, args: ["--pdeathsig", "KILL", "--", command, ...args], tiedToHost: true };
}

/** setpriv's own words when it could not exec the plugin: "setpriv: failed to execute CMD: Strerror". */
export function setprivExecFailure(stderr: string, command: string): string | undefined {
  const prefix = `setpriv: failed to execute ${command}: `;
  const line = stderr.split("\n").find((l) => l.startsWith(prefix));
  if (!line) return undefined;
  const reason = line.slice(prefix.length).trim();
  return `fork/exec ${command}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
}
