// For the end-to-end tests: the built `sysplugins` command, run as a user runs it.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

export const bin = fileURLToPath(new URL("../dist/main.js", import.meta.url));

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with only PATH and `env` in its environment. */
export function runCli(env: Record<string, string>, ...args: string[]): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { PATH: process.env.PATH, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The NDJSON lines of a -format=json upgrade, parsed. */
// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON
export const ndjson = (stdout: string): any[] =>
  stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
