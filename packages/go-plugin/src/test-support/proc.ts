import { readdirSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

/** Whether a process is running (a zombie, already dead and waiting to be reaped, counts as gone). */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state !== "Z" && state !== "X";
  } catch {
    return false;
  }
}

/** Running processes whose command line mentions `fragment`, as "PID STATE CMDLINE". */
export function processesMentioning(fragment: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cmdline = readFileSync(`/proc/${name}/cmdline`, "utf8");
      if (cmdline.includes(fragment) && isRunning(Number(name))) {
        const stat = readFileSync(`/proc/${name}/stat`, "utf8");
        out.push(
          `${name} ${stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3)} ${cmdline.replace(/\0/g, " ")}`,
        );
      }
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** Waits (bounded in time and count) until the process is gone; true if it went. */
export async function waitGone(pid: number, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (let i = 0; i < 1000 && Date.now() < deadline; i++) {
    if (!isRunning(pid)) return true;
    await sleep(20);
  }
  return !isRunning(pid);
}

/**
 * Processes mentioning `fragment` that are still running after a bounded wait: members of a killed
 * process group other than its leader (e.g. a shell's forked child) finish dying asynchronously.
 */
export async function survivors(fragment: string, timeoutMs = 10_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let found = processesMentioning(fragment);
  for (let i = 0; i < 1000 && found.length > 0 && Date.now() < deadline; i++) {
    await sleep(20);
    found = processesMentioning(fragment);
  }
  return found;
}
