// Runs the real `bao` CLI against one server, in a HOME of the test's own, with retries off (the CLI
// retries 5xx), and records every command line run.
import { execFile } from "node:child_process";

export interface BaoTarget {
  bin: string;
  address: string;
  token: string;
  /** A HOME of the test's own (the CLI reads and may write ~/.vault-token there). */
  home: string;
}

export interface BaoExit {
  code: number;
  stdout: string;
  stderr: string;
}

/** One command and how it exited. */
export interface BaoCommand extends BaoExit {
  args: string[];
}

export interface BaoRunner {
  /** Runs `bao args…`; resolves with its stdout when it exits 0, rejects with its output otherwise. */
  ok(...args: string[]): Promise<string>;
  /** Runs `bao args…` and resolves with how it exited, whatever the code. */
  exit(...args: string[]): Promise<BaoExit>;
  /** Every command line run, in order. */
  ran: string[];
  /** Every command run with its output, in order. */
  outputs: BaoCommand[];
}

export function baoRunner(target: BaoTarget): BaoRunner {
  const ran: string[] = [];
  const outputs: BaoCommand[] = [];
  const exit = (...args: string[]) =>
    new Promise<BaoExit>((resolve, reject) => {
      ran.push(`bao ${args.join(" ")}`);
      execFile(
        target.bin,
        args,
        {
          timeout: 60_000,
          env: {
            PATH: process.env.PATH ?? "",
            HOME: target.home,
            BAO_ADDR: target.address,
            BAO_TOKEN: target.token,
            BAO_MAX_RETRIES: "0",
          },
        },
        (err, stdout, stderr) => {
          const code = (err as { code?: unknown } | null)?.code;
          if (err && typeof code !== "number") {
            reject(new Error(`bao ${args.join(" ")}: ${err.message}`));
            return;
          }
          const r = { code: err ? (code as number) : 0, stdout, stderr };
          outputs.push({ args, ...r });
          resolve(r);
        },
      );
    });
  const ok = async (...args: string[]) => {
    const r = await exit(...args);
    if (r.code !== 0) throw new Error(`bao ${args.join(" ")} (exit ${r.code}): ${r.stderr || r.stdout}`);
    return r.stdout;
  };
  return { ok, exit, ran, outputs };
}
