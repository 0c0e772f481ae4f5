// What execve would answer for the command, checked before it runs: the plugin is started through a
// wrapper (setpriv) whose exec of it would otherwise hide Go's "fork/exec PATH: ERRNO" — and whose
// execvp runs a file without "#!" under /bin/sh, where Go's exec fails with "exec format error".
import { constants } from "node:fs";
import { access, open, stat } from "node:fs/promises";
import { goErrnoText } from "./errors.js";

async function errnoOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? "EACCES";
  }
}

async function head(path: string): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(256);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Go's error text for an exec of `command` that cannot succeed; undefined when it can. */
export async function execFailure(command: string): Promise<string | undefined> {
  const fail = (code: string) => `fork/exec ${command}: ${goErrnoText(code, code)}`;
  const missing = await errnoOf(access(command, constants.X_OK));
  if (missing) return fail(missing);
  const info = await stat(command);
  if (!info.isFile()) return fail("EACCES");
  let bytes: Buffer;
  try {
    bytes = await head(command);
  } catch (error) {
    return fail((error as NodeJS.ErrnoException).code ?? "EACCES");
  }
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x7f454c46) return undefined;
  if (bytes.length >= 2 && bytes.toString("latin1", 0, 2) === "#!") {
    const firstLine = bytes.toString("latin1", 2).split("\n")[0] ?? "";
    const interpreter = firstLine.trim().split(/[ \t]+/)[0] ?? "";
    if (interpreter === "") return fail("ENOEXEC");
    const problem = await errnoOf(access(interpreter, constants.X_OK));
    return problem ? fail(problem) : undefined;
  }
  return fail("ENOEXEC");
}
