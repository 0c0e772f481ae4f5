// No single request may stall the server. A 1 MB version, on every path that reads one, answers 400 while
// a second client's health check answers: both within the test's timeout, with no timing measured. (The
// program runs in a child process, so a server that hangs fails the test instead of hanging the runner.)
// Node's default 16 KiB header limit is raised to Go's 1 MiB for the query-string path.
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRefusal, type Program, startProgram } from "../testing/program.js";

const token = "long-input-token";
let root: string;
let p: Program;
let sha: string;

async function call(method: string, path: string, body?: unknown): Promise<number> {
  const r = await fetch(`${p.url}/v1/${path}`, {
    method,
    headers: { "X-Vault-Token": token, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  await r.arrayBuffer();
  return r.status;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sysplugins-long-"));
  await mkdir(join(root, "plugins"));
  const content = "#!/bin/sh\n";
  await writeFile(join(root, "plugins", "long"), content, { mode: 0o755 });
  sha = createHash("sha256").update(content).digest("hex");
  const started = await startProgram(
    ["--data-dir", join(root, "data"), "--plugin-directory", join(root, "plugins")],
    { SYSPLUGINS_ROOT_TOKEN: token, NODE_OPTIONS: "--max-http-header-size=2097152" },
  );
  if (isRefusal(started)) throw new Error(started.output);
  p = started;
  expect(
    await call("POST", "sys/plugins/catalog/secret/long", { sha256: sha, command: "long", version: "1.0.0" }),
  ).toBe(204);
  expect(await call("POST", "sys/mounts/long", { type: "long", config: { plugin_version: "1.0.0" } })).toBe(
    204,
  );
});
afterAll(async () => {
  p?.child.kill("SIGKILL");
  await p?.exited;
  await rm(root, { recursive: true, force: true });
});

// The shapes that made the old patterns backtrack: a long run that a prerelease or a plain version could
// each have started, then one character that fails the whole.
const long = {
  prerelease: `1.0.0-1${"1".repeat(1024 * 1024)}!`,
  alphabetic: `1.0.0-a${"a".repeat(1024 * 1024)}!`,
  lenient: `1${"a".repeat(1024 * 1024)}!`,
};

describe("a 1 MB version", () => {
  it.each([
    [
      "registration body",
      (v: string) =>
        call("POST", "sys/plugins/catalog/secret/long", { sha256: sha, command: "long", version: v }),
    ],
    [
      "?version= on a read",
      (v: string) => call("GET", `sys/plugins/catalog/secret/long?version=${encodeURIComponent(v)}`),
    ],
    [
      "?version= on a delete",
      (v: string) => call("DELETE", `sys/plugins/catalog/secret/long?version=${encodeURIComponent(v)}`),
    ],
    ["pin body", (v: string) => call("POST", "sys/plugins/pins/secret/long", { version: v })],
    [
      "mount config.plugin_version",
      (v: string) => call("POST", "sys/mounts/other", { type: "long", config: { plugin_version: v } }),
    ],
    ["tune plugin_version", (v: string) => call("POST", "sys/mounts/long/tune", { plugin_version: v })],
  ])("in the %s answers 400 while another client's health check answers", async (_, send) => {
    for (const value of Object.values(long)) {
      const health = fetch(`${p.url}/v1/sys/health`).then(async (r) => {
        await r.arrayBuffer();
        return r.status;
      });
      const [status, healthStatus] = await Promise.all([send(value), health]);
      expect(status).toBe(400);
      expect(healthStatus).toBe(200);
    }
  });
});
