import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Where `go` is: on PATH, or where the official tarball installs it. Undefined when absent. */
export function findGo(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const candidate of ["go", "/usr/local/go/bin/go"]) {
    if (candidate.startsWith("/") && !existsSync(candidate)) continue;
    try {
      execFileSync(candidate, ["version"], { env, stdio: "ignore" });
      return candidate;
    } catch {
      // try the next one
    }
  }
  return undefined;
}
