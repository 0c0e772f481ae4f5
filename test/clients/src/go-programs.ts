// Builds the Go programs under go/ (modules from the Go module proxy, pinned by go.sum) and runs them.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugins } from "./plugins.js";
import { run } from "./tools.js";

const goDir = fileURLToPath(new URL("../go", import.meta.url));
export const programs = ["vault-api", "openbao-api"] as const;
export type Program = (typeof programs)[number];

/** Builds every program into a temporary directory; returns the directory. */
export async function buildPrograms(): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), "sysplugins-go-"));
  await run("go", ["build", "-mod=readonly", "-o", `${out}/`, "./cmd/..."], {
    cwd: goDir,
    timeout: 600_000,
    env: { ...process.env, GOFLAGS: "-buildvcs=false" },
  });
  return out;
}

export interface Outcome {
  code: number;
  output: string;
  passed: number;
  failed: number;
  notApplicable: number;
}

/** Runs one program with only the environment given (plus PATH): its library reads what it reads. */
export async function runProgram(
  bin: string,
  plugins: Plugins,
  flavor: "vault" | "openbao",
  env: Record<string, string>,
  /** The token's policy when it is not root. */
  policy = "",
): Promise<Outcome> {
  const dir = await mkdtemp(join(tmpdir(), "sysplugins-plugins-"));
  const file = join(dir, "plugins.json");
  await writeFile(file, JSON.stringify(plugins));
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
    (resolve) => {
      execFile(
        bin,
        ["-plugins", file, "-flavor", flavor, ...(policy ? ["-policy", policy] : [])],
        { env: { PATH: process.env.PATH ?? "", ...env }, timeout: 120_000 },
        (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
      );
    },
  );
  await rm(dir, { recursive: true, force: true });
  const m = /(\d+) passed, (\d+) failed, (\d+) not applicable/.exec(stdout);
  return {
    code,
    output: `${stdout}${stderr}`,
    passed: Number(m?.[1] ?? 0),
    failed: Number(m?.[2] ?? -1),
    notApplicable: Number(m?.[3] ?? 0),
  };
}
