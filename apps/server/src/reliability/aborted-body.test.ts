// A client that goes away in the middle of its request body is not the server's error (issue #24, minor):
// the program logged each one at error level with a stack (263 in one run). It is logged at debug level,
// without a stack, and the server goes on answering.

import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRefusal, type Program, startProgram } from "../testing/program.js";

let dir: string;
let program: Program;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sysplugins-aborted-"));
  const started = await startProgram([
    ...["--data-dir", join(dir, "data"), "--plugin-directory", dir],
    ...["--root-token", "root", "--log-level", "debug"],
  ]);
  if (isRefusal(started)) throw new Error(`the server did not start: ${started.output}`);
  program = started;
});
afterAll(async () => {
  await program?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Sends a POST whose body stops after 10 of its 1,000 bytes, then resets the connection. */
function abortedPost(path: string): Promise<void> {
  const { port } = new URL(program.url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), "127.0.0.1", () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: x\r\nX-Vault-Token: root\r\nContent-Length: 1000\r\n\r\n{"type":"k`,
        () => setImmediate(() => socket.resetAndDestroy()),
      );
    });
    socket.on("error", () => {});
    socket.on("close", () => resolve());
  });
}

describe("aborted request bodies", () => {
  it("are logged at debug level, without a stack, and every later request is answered", async () => {
    for (let i = 0; i < 20; i++) await abortedPost(`/v1/sys/mounts/aborted-${i}`);
    // The request log's line for each aborted request is written once its handling has ended.
    const deadline = Date.now() + 20_000;
    const logged = () => (program.output().match(/"path":"\/v1\/sys\/mounts\/aborted-\d+"/g) ?? []).length;
    while (logged() < 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(logged()).toBe(20);
    const errors = program
      .output()
      .split("\n")
      .filter((line) => line.includes('"level":"error"'));
    expect(errors).toEqual([]);
    expect(program.output()).not.toMatch(/"stack"|\\n {4}at /);
    const health = await fetch(`${program.url}/v1/sys/health`);
    expect(health.status).toBe(200);
  });
});
