// The built program (dist/main.js) as a user runs it: it starts, says where it is, stops cleanly on
// SIGTERM, and after kill -9 in the middle of a burst of writes every acknowledged write is still there.
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const token = "crash-test-token";
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sysplugins-main-"));
  await mkdir(join(dir, "plugins"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function start(): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(
    process.execPath,
    [
      main,
      "--listen",
      "127.0.0.1:0",
      "--data-dir",
      join(dir, "data"),
      "--plugin-directory",
      join(dir, "plugins"),
    ],
    {
      env: { ...process.env, HOME: dir, SYSPLUGINS_ROOT_TOKEN: token, SYSPLUGINS_LOG_LEVEL: "info" },
      stdio: "pipe",
    },
  );
  let output = "";
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed: ${output}`)), 10_000);
    const poll = setInterval(() => {
      const m = /export VAULT_ADDR='([^']+)'/.exec(output);
      if (m?.[1]) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(m[1]);
      }
    }, 20);
    child.on("exit", (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  return { child, url, output: () => output };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

describe("the program", () => {
  it("starts, answers health, prints no secret in its log, and stops on SIGTERM", async () => {
    const { child, url, output } = await start();
    const health = await fetch(`${url}/v1/sys/health`);
    expect(health.status).toBe(200);
    await fetch(`${url}/v1/sys/plugins/catalog`, { headers: { "X-Vault-Token": token } });
    const code = exited(child);
    child.kill("SIGTERM");
    expect(await code).toBe(0);
    expect(output()).not.toContain(token);
  });

  it("keeps every acknowledged write through kill -9", async () => {
    const content = "#!/bin/sh\n";
    await writeFile(join(dir, "plugins", "burst"), content, { mode: 0o755 });
    const sha = createHash("sha256").update(content).digest("hex");
    const { child, url } = await start();
    const acknowledged: string[] = [];
    let killed = false;
    // Bounded in count, not in time: however slow the machine, the kill comes after 300 acknowledgements.
    const client = async (c: number) => {
      for (let i = 0; !killed && i < 200; i++) {
        const version = `${c}.${i}.0`;
        try {
          const r = await fetch(`${url}/v1/sys/plugins/catalog/secret/burst`, {
            method: "POST",
            headers: { "X-Vault-Token": token, "Content-Type": "application/json" },
            body: JSON.stringify({ sha256: sha, command: "burst", version }),
          });
          if (r.status === 204) acknowledged.push(`v${version}`);
        } catch {
          return; // the server is gone
        }
        if (acknowledged.length >= 300 && !killed) {
          killed = true;
          child.kill("SIGKILL");
        }
      }
    };
    const code = exited(child);
    await Promise.all(Array.from({ length: 20 }, (_, c) => client(c)));
    if (!killed) child.kill("SIGKILL");
    await code;
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);

    // Every complete journal line parses, and a new process (taking over the dead one's lock) has every
    // acknowledged write.
    const journal = await readFile(join(dir, "data", "journal.0"), "utf8");
    for (const line of journal.slice(0, journal.lastIndexOf("\n")).split("\n").filter(Boolean))
      JSON.parse(line);
    const again = await start();
    const list = await fetch(`${again.url}/v1/sys/plugins/catalog`, { headers: { "X-Vault-Token": token } });
    const detailed = ((await list.json()) as { data: { detailed: { name: string; version: string }[] } }).data
      .detailed;
    const stored = new Set(detailed.filter((d) => d.name === "burst").map((d) => d.version));
    const lost = acknowledged.filter((v) => !stored.has(v));
    expect(lost).toEqual([]);
    const stopped = exited(again.child);
    again.child.kill("SIGTERM");
    await stopped;
  }, 120_000);
});
