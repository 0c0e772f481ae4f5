// One process per data directory, with a lock the kernel releases when its holder dies: a second server is
// refused while the first runs, a server killed with SIGKILL leaves nothing that stops the next one, and a
// LOCK file naming a live process that holds no lock (a restarted container's PID 1 finds "process 1",
// itself) does not stop it either.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRefusal, type Program, startProgram } from "../testing/program.js";

let root: string;
let args: string[];
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sysplugins-lock-"));
  await mkdir(join(root, "plugins"));
  args = ["--data-dir", join(root, "data"), "--plugin-directory", join(root, "plugins")];
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function started(): Promise<Program> {
  const p = await startProgram(args);
  if (isRefusal(p)) throw new Error(`refused: ${p.output}`);
  return p;
}

describe("the data directory lock", () => {
  it("refuses a second server while the first runs, and is free again after kill -9", async () => {
    const first = await started();
    const second = await startProgram(args);
    if (!isRefusal(second)) {
      await second.stop();
      throw new Error("a second server started on the same data directory");
    }
    expect(second.code).toBe(1);
    expect(second.output).toContain(join(root, "data"));
    first.child.kill("SIGKILL");
    await first.exited;
    const third = await started();
    expect(await third.stop(), `${third.child.signalCode}: ${third.output()}`).toBe(0);
  });

  it.each([
    ["process 1", "1"],
    ["a live process that holds no lock", String(process.pid)],
  ])("is not stopped by a LOCK file naming %s", async (_, pid) => {
    await writeFile(join(root, "data", "LOCK"), pid);
    const p = await started();
    expect(await p.stop(), `${p.child.signalCode}: ${p.output()}`).toBe(0);
  });
});
