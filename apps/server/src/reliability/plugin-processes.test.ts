// The server's plugin processes never outlive it, however it stops: SIGTERM, SIGINT, and kill -9 (which
// a real Vault does not survive cleanly: its go-plugin processes keep running). Each plugin runs in its
// own process group, tied to the server's death by the parent-death signal.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildPlugins, findGo, type PluginBinary } from "@sysplugins/plugins";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRefusal, type Program, startProgram } from "../testing/program.js";

const go = findGo();
if (!go && process.env.CI) throw new Error("CI must run the plugin process tests: go is not installed");
if (!go) console.warn("skipping the plugin process tests: go is not installed (it builds the test plugins)");

const TOKEN = "plugin-processes-token";
let root: string;
let secret: PluginBinary;

async function alive(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  return stat !== "" && !/^\d+ \(.*\) Z /.test(stat);
}

/** Waits, bounded in time, until no process of `pids` is alive; returns those still alive. */
async function outlived(pids: number[], ms = 15_000): Promise<number[]> {
  const until = Date.now() + ms;
  for (;;) {
    const left: number[] = [];
    for (const pid of pids) if (await alive(pid)) left.push(pid);
    if (left.length === 0 || Date.now() > until) return left;
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function call(p: Program, method: string, path: string, body?: unknown) {
  const res = await fetch(`${p.url}/v1/${path}`, {
    method,
    headers: { "X-Vault-Token": TOKEN },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

/** A server with `mounts` mounts of the plugin and one of another: the pids of the plugin processes. */
async function serverWithPlugins(dir: string): Promise<{ p: Program; pids: number[] }> {
  const started = await startProgram([
    ...["--data-dir", join(dir, "data"), "--plugin-directory", join(root, "plugins")],
    ...["--root-token", TOKEN, "--plugin-runtime", "process", "--dev-no-store-token"],
  ]);
  if (isRefusal(started)) throw new Error(`the server did not start: ${started.output}`);
  const p = started;
  const reg = await call(p, "POST", "sys/plugins/catalog/secret/procs", {
    sha256: secret.sha256,
    command: secret.command,
    version: secret.version,
  });
  expect(reg.status).toBe(204);
  const pids = new Set<number>();
  for (const path of ["a", "b", "c"]) {
    expect((await call(p, "POST", `sys/mounts/${path}`, { type: "procs" })).status).toBe(204);
    pids.add((await call(p, "GET", `${path}/info`)).json.data.pid);
  }
  return { p, pids: [...pids] };
}

describe.skipIf(!go)("plugin processes do not outlive the server", () => {
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "sysplugins-plugin-procs-"));
    const built = await buildPlugins(join(root, "plugins"));
    secret = built.find((b) => b.name === "sysplugins-secret" && b.version === "v1.0.0") as PluginBinary;
  }, 300_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it.each(["SIGTERM", "SIGINT", "SIGKILL"] as const)(
    "%s",
    async (signal) => {
      const { p, pids } = await serverWithPlugins(await mkdtemp(join(root, "run-")));
      expect(pids.length).toBeGreaterThan(0);
      for (const pid of pids) expect(await alive(pid)).toBe(true);
      p.child.kill(signal);
      await p.exited;
      expect(await outlived(pids)).toEqual([]);
    },
    120_000,
  );
});
