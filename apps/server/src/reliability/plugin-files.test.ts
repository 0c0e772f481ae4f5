// Plugin files that are not what they seem. A file without the exec bit fails to start as Vault fails
// (`fork/exec <plugin directory>/<command>: permission denied`, 400 on enable); a FIFO or a device in the
// plugin directory is refused before it is opened, so no mount can take the threads the store needs; and
// a long checksum stops when the client that asked for it goes away. The program runs as a child process,
// so a server that hangs fails the test instead of hanging the runner.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { chmod, mkdir, mkdtemp, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRefusal, type Program, startProgram } from "../testing/program.js";

/** What Vault and OpenBao answer when an external backend cannot start: both go-plugin attempts failed. */
const backendError = (reason: string) =>
  `invalid backend version: 2 errors occurred:\n\t* ${reason}\n\t* ${reason}\n\n`;

const run = promisify(execFile);
const token = "plugin-files-token";
let root: string;
let pluginDir: string;
let p: Program;

async function call(method: string, path: string, body?: unknown, signal?: AbortSignal) {
  const r = await fetch(`${p.url}/v1/${path}`, {
    method,
    headers: { "X-Vault-Token": token, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  const text = await r.text();
  return { status: r.status, json: text ? JSON.parse(text) : undefined };
}

const register = (name: string, sha256: string) =>
  call("POST", `sys/plugins/catalog/secret/${name}`, { sha256, command: name });

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sysplugins-files-"));
  pluginDir = join(root, "plugins");
  await mkdir(pluginDir);
  const started = await startProgram(["--data-dir", join(root, "data"), "--plugin-directory", pluginDir], {
    SYSPLUGINS_ROOT_TOKEN: token,
  });
  if (isRefusal(started)) throw new Error(started.output);
  p = started;
});
afterAll(async () => {
  p?.child.kill("SIGKILL");
  await p?.exited;
  await rm(root, { recursive: true, force: true });
});

describe("plugin files", () => {
  it("a binary without the exec bit does not start, on enable and on reload", async () => {
    const content = "#!/bin/sh\n";
    const sha = createHash("sha256").update(content).digest("hex");
    await writeFile(join(pluginDir, "noexec"), content, { mode: 0o644 });
    expect((await register("noexec", sha)).status).toBe(204);
    const enable = await call("POST", "sys/mounts/noexec", { type: "noexec" });
    expect(enable.status).toBe(400);
    expect(enable.json.errors).toEqual([
      backendError(`fork/exec ${join(pluginDir, "noexec")}: permission denied`),
    ]);

    await chmod(join(pluginDir, "noexec"), 0o755);
    expect((await call("POST", "sys/mounts/noexec", { type: "noexec" })).status).toBe(204);
    await chmod(join(pluginDir, "noexec"), 0o644);
    const reload = await call("POST", "sys/plugins/reload/backend", { mounts: ["noexec"] });
    expect(reload.status).toBe(500);
    expect(reload.json.errors).toEqual([
      `1 error occurred:\n\t* cannot reload plugin on "noexec/": ${backendError(`fork/exec ${join(pluginDir, "noexec")}: permission denied`)}\n\n`,
    ]);
  });

  it("a FIFO as a command is refused before it is opened, and the store keeps working", async () => {
    await run("mkfifo", [join(pluginDir, "fifo")]);
    expect((await register("fifo", "ab".repeat(32))).status).toBe(204);
    // More mounts than libuv has threads: had any of them opened the FIFO, every disk write would wait.
    const enables = Array.from({ length: 6 }, (_, i) =>
      call("POST", `sys/mounts/fifo${i}`, { type: "fifo" }),
    );
    for (const r of await Promise.all(enables)) {
      expect(r.status).toBe(400);
      expect(r.json.errors).toEqual([
        backendError(`fork/exec ${join(pluginDir, "fifo")}: permission denied`),
      ]);
    }
    const content = "#!/bin/sh\n";
    await writeFile(join(pluginDir, "after-fifo"), content, { mode: 0o755 });
    const sha = createHash("sha256").update(content).digest("hex");
    expect((await register("after-fifo", sha)).status).toBe(204);
  });

  it("a character device as a command is refused before it is read", async (ctx) => {
    try {
      await run("mknod", [join(pluginDir, "zero"), "c", "1", "5"]);
    } catch (err) {
      if (process.env.CI) throw err;
      return ctx.skip(`cannot create a device node: ${(err as Error).message}`);
    }
    await chmod(join(pluginDir, "zero"), 0o755);
    expect((await register("zero", "ab".repeat(32))).status).toBe(204);
    const enable = await call("POST", "sys/mounts/zero", { type: "zero" });
    expect(enable.status).toBe(400);
    expect(enable.json.errors).toEqual([
      backendError(`fork/exec ${join(pluginDir, "zero")}: permission denied`),
    ]);
  });

  it("stops hashing a huge binary when the client goes away", async () => {
    // 64 GiB of holes: a minute of hashing, no disk space.
    await writeFile(join(pluginDir, "huge"), "", { mode: 0o755 });
    await truncate(join(pluginDir, "huge"), 64 * 1024 ** 3);
    expect((await register("huge", "ab".repeat(32))).status).toBe(204);
    const read = async () =>
      Number(/rchar: (\d+)/.exec(await readFile(`/proc/${p.child.pid}/io`, "utf8"))?.[1]);
    const before = await read();
    const abort = new AbortController();
    const enable = call("POST", "sys/mounts/huge", { type: "huge" }, abort.signal).catch(() => undefined);
    // Wait until it reads, then go away.
    while ((await read()) - before < 64 * 1024 * 1024) await new Promise((r) => setTimeout(r, 50));
    abort.abort();
    await enable;
    // It stops: two readings a moment apart agree (the test's timeout bounds the wait).
    let last = await read();
    for (;;) {
      await new Promise((r) => setTimeout(r, 500));
      const now = await read();
      if (now === last) break;
      last = now;
    }
    expect((await call("GET", "sys/mounts/huge")).status).not.toBe(200);
  });
});
