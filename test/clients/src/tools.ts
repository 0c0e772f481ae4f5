// Finding the real tools the tests drive. In CI (CI=true) a missing tool is a failure; elsewhere the
// test is skipped with the printed reason.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

export const run = promisify(execFile);

/** undefined when `command args` runs; otherwise why not. */
export async function missing(command: string, args: string[], hint: string): Promise<string | undefined> {
  try {
    await run(command, args, { timeout: 60_000 });
    return undefined;
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    return `${command} ${e.code === "ENOENT" ? "is not installed" : `failed: ${e.stderr?.trim() || e.message}`} (${hint})`;
  }
}

/** Throws in CI, prints the reason elsewhere; returns whether the test can run. */
export function requireInCi(what: string, reason: string | undefined): boolean {
  if (!reason) return true;
  if (process.env.CI) throw new Error(`CI must run ${what}: ${reason}`);
  console.warn(`skipping ${what}: ${reason}`);
  return false;
}
