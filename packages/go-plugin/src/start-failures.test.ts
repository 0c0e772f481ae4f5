import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goArch } from "./diagnose.js";
import { PluginStartError } from "./errors.js";
import { startPlugin } from "./plugin-process.js";
import { plugin, skipReason } from "./test-support/binaries.js";
import { RecordingLogger } from "./test-support/logger.js";
import { survivors } from "./test-support/proc.js";
import type { StartOptions } from "./types.js";

// Texts as go-plugin words them; measured on OpenBao 2.7.2 (bao server -dev, secrets enable of each
// script) unless a case says otherwise.
const NOTES =
  "This usually means\n" +
  "  the plugin was not compiled for this architecture,\n" +
  "  the plugin is missing dynamic-link libraries necessary to run,\n" +
  "  the plugin is not executable by this process due to file permissions, or\n" +
  "  the plugin failed to negotiate the initial go-plugin protocol handshake\n" +
  "\nAdditional notes about plugin:\n";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sysplugins-go-plugin-scripts-"));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function script(name: string, body: string, mode = 0o755): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, body);
  await chmod(file, mode);
  return file;
}

async function startError(options: Partial<StartOptions> & { command: string }): Promise<PluginStartError> {
  const error = await startPlugin({ kind: "backend", ...options }).then(
    async (p) => {
      await p.kill();
      throw new Error("the plugin started");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PluginStartError);
  // Nothing it started is left running.
  expect(await survivors(options.command)).toEqual([]);
  return error as PluginStartError;
}

function notesFor(file: string): RegExp {
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    `\\n  Path: ${escaped}\\n  Mode: -rwxr-xr-x\\n  Owner: \\d+ \\[[^\\]]*\\] \\(current: \\d+ \\[[^\\]]*\\]\\)\\n  Group: \\d+ \\[[^\\]]*\\] \\(current: \\d+ \\[[^\\]]*\\]\\)\\n$`,
  );
}

describe("a process that is not a plugin", () => {
  it("quotes the first line it printed", async () => {
    const file = await script("not-a-plugin.sh", '#!/bin/sh\necho "hello from a script"\necho second line\n');
    const error = await startError({ command: file });
    expect(error.reason).toBe("unrecognized");
    expect(
      error.message.startsWith(`Unrecognized remote plugin message: hello from a script\n${NOTES}`),
    ).toBe(true);
    expect(error.message).toMatch(notesFor(file));
  });

  it("says it read no line when the process printed nothing", async () => {
    const file = await script("silent.sh", "#!/bin/sh\nexit 3\n");
    const error = await startError({ command: file });
    expect(
      error.message.startsWith(
        `Unrecognized remote plugin message: \nFailed to read any lines from plugin's stdout\n${NOTES}`,
      ),
    ).toBe(true);
    expect(error.message).toMatch(notesFor(file));
  });

  it("takes a line of fewer than four fields as unrecognized", async () => {
    const file = await script("three.sh", '#!/bin/sh\necho "a|b|c"\n');
    const error = await startError({ command: file });
    expect(error.message.startsWith(`Unrecognized remote plugin message: a|b|c\n${NOTES}`)).toBe(true);
  });
});

describe("output a plugin host must bound", () => {
  it("a first line longer than go-plugin's 64 KiB scanner counts as no line (measured on OpenBao 2.7.2)", async () => {
    const file = await script(
      "long-line.sh",
      '#!/bin/sh\nhead -c 70000 /dev/zero | tr "\\0" "a"\necho\nsleep 30\n',
    );
    const error = await startError({ command: file });
    expect(error.message).toMatch(
      /^Unrecognized remote plugin message: \nFailed to read any lines from plugin's stdout\n/,
    );
  });

  it("megabytes on stderr without a newline reach the logger in 64 KiB pieces", async () => {
    const file = await script(
      "noisy.sh",
      '#!/bin/sh\nhead -c 3000000 /dev/zero | tr "\\0" "b" >&2\necho >&2\necho "hello after noise"\n',
    );
    const logger = new RecordingLogger();
    const error = await startError({ command: file, logger });
    expect(error.message).toMatch(/^Unrecognized remote plugin message: hello after noise\n/);
    const pieces = logger.records.filter((r) => r.message.startsWith("bbbb"));
    expect(pieces.reduce((n, r) => n + r.message.length, 0)).toBe(3_000_000);
    expect(Math.max(...pieces.map((r) => r.message.length))).toBe(64 * 1024);
    expect(new Set(pieces.map((r) => r.level))).toEqual(new Set(["debug"]));
  });
});

describe("handshake lines go-plugin refuses", () => {
  const hold = "sleep 30\n";
  it.each([
    {
      name: "an app protocol the host did not offer",
      line: "1|9|unix|/tmp/nowhere|grpc|",
      reason: "api-version",
      message: "incompatible API version with plugin. Plugin version: 9, Client versions: [5]",
    },
    {
      name: "the same, in go-plugin 1.6's words (Vault's SDK)",
      line: "1|9|unix|/tmp/nowhere|grpc|",
      wording: "1.6" as const,
      reason: "api-version",
      message: "Incompatible API version with plugin. Plugin version: 9, Client versions: [5]",
    },
    {
      name: "another core protocol",
      line: "2|5|unix|/tmp/nowhere|grpc|",
      reason: "core-version",
      message:
        "incompatible core API version with plugin. Plugin version: 2, Core version: 1\n\n" +
        "To fix this, the plugin usually only needs to be recompiled.\nPlease report this to the plugin author",
    },
    {
      name: "a core protocol that is no number (source)",
      line: "x|5|unix|/tmp/nowhere|grpc|",
      reason: "core-version",
      message: 'error parsing core protocol version: strconv.Atoi: parsing "x": invalid syntax',
    },
    {
      name: "net/rpc",
      line: "1|5|tcp|127.0.0.1:1|netrpc",
      reason: "protocol",
      message: 'unsupported plugin protocol "netrpc". Supported: [grpc]',
    },
    {
      name: "a socket nobody listens on",
      line: "1|5|unix|/tmp/sysplugins-nowhere-gp|grpc|",
      reason: "connect",
      message:
        'rpc error: code = Unavailable desc = connection error: desc = "transport: error while dialing: dial unix /tmp/sysplugins-nowhere-gp: connect: no such file or directory"',
    },
    {
      name: "an unknown network (source)",
      line: "1|5|pipe|/x|grpc|",
      reason: "address",
      message: "unknown address type: /x",
    },
  ])("$name", async ({ name, line, reason, message, wording }) => {
    const file = await script(`${name.replace(/\W+/g, "-")}.sh`, `#!/bin/sh\necho "${line}"\n${hold}`);
    const error = await startError({ command: file, ...(wording ? { wording } : {}) });
    expect({ reason: error.reason, message: error.message }).toEqual({ reason, message });
  });
});

describe("binaries that cannot be executed", () => {
  it.each([
    {
      name: "a missing interpreter",
      body: "#!/nonexistent/interp\n",
      mode: 0o755,
      errno: "no such file or directory",
    },
    { name: "no execute bit", body: "#!/bin/sh\n", mode: 0o644, errno: "permission denied" },
    { name: "neither #! nor ELF", body: "echo hi\n", mode: 0o755, errno: "exec format error" },
  ])("$name: fork/exec", async ({ name, body, mode, errno }) => {
    const file = await script(name.replace(/\W+/g, "-"), body, mode);
    const error = await startError({ command: file });
    expect({ reason: error.reason, message: error.message }).toEqual({
      reason: "exec",
      message: `fork/exec ${file}: ${errno}`,
    });
  });

  it("a missing file", async () => {
    const file = join(dir, "missing");
    const error = await startError({ command: file });
    expect(error.message).toBe(`fork/exec ${file}: no such file or directory`);
  });
});

describe("a process that never shakes hands", () => {
  it("fails after the start timeout with go-plugin's words and is killed", async () => {
    const file = await script("hang.sh", "#!/bin/sh\nsleep 300\n");
    const error = await startError({ command: file, startTimeoutMs: 1000 });
    expect({ reason: error.reason, message: error.message }).toEqual({
      reason: "timeout",
      message: "timeout while waiting for plugin to start",
    });
  });

  it("can be aborted by the caller", async () => {
    const file = await script("hang-abort.sh", "#!/bin/sh\nsleep 300\n");
    const controller = new AbortController();
    const pending = startError({ command: file, signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    expect((await pending).reason).toBe("aborted");
  });
});

describe.skipIf(skipReason !== undefined)("real plugins that do not start", () => {
  it("sysplugins-broken exits before the handshake", async () => {
    const broken = plugin("sysplugins-broken", "v1.0.2");
    const error = await startError({ command: broken.file });
    expect(
      error.message.startsWith(
        `Unrecognized remote plugin message: \nFailed to read any lines from plugin's stdout\n${NOTES}`,
      ),
    ).toBe(true);
    expect(error.message).toContain(
      `\n  ELF architecture: ${process.arch === "arm64" ? "EM_AARCH64" : "EM_X86_64"} (current architecture: ${goArch()})\n`,
    );
  });

  it("a backend plugin offered the database cookie refuses to serve (OpenBao 2.7.2 words a database connection onto it so)", async () => {
    const secret = plugin("sysplugins-secret");
    const error = await startError({ command: secret.file, kind: "database" });
    expect(
      error.message.startsWith(
        `Unrecognized remote plugin message: \nFailed to read any lines from plugin's stdout\n${NOTES}`,
      ),
    ).toBe(true);
  });

  it("a database plugin offered the backend cookie refuses to serve", async () => {
    const database = plugin("sysplugins-database");
    const error = await startError({ command: database.file, kind: "backend" });
    expect(error.message).toMatch(/^Unrecognized remote plugin message: \nFailed to read any lines/);
  });
});
