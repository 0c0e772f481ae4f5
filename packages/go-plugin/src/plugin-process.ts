// One plugin process from start to kill, as go-plugin's Client runs it: exec with the handshake
// environment, read the handshake line within the start timeout, dial the plugin's socket with mutual
// TLS, open the broker and stdio streams, ask whether it multiplexes; on kill, the controller's
// Shutdown and, after a grace, SIGKILL of the process group.
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { setupBackend } from "./backend-client.js";
import { HostBroker } from "./broker.js";
import { generateHostCertificate } from "./cert.js";
import { multiplexMetadata, type ProcessContext, versionCall } from "./context.js";
import { DATABASE_SHUTDOWN, openDatabase } from "./database-client.js";
import { launchFor, setprivExecFailure } from "./death-signal.js";
import { unrecognizedMessage } from "./diagnose.js";
import { DEFAULT_PROTOCOL_VERSIONS, pluginEnvironment } from "./env.js";
import { GRPC_UNIMPLEMENTED, goErrnoText, PluginRpcError, PluginStartError } from "./errors.js";
import { execFailure } from "./exec-check.js";
import { checkHandshake, type Handshake } from "./handshake.js";
import { logStderrLine } from "./hclog.js";
import { LineSplitter } from "./lines.js";
import { protos } from "./protos.js";
import { CHANNEL_OPTIONS, unary } from "./rpc.js";
import type {
  BackendClient,
  BackendOptions,
  DatabaseClient,
  HostLogger,
  HostStorage,
  PluginProcess,
  StartOptions,
} from "./types.js";

/** go-plugin's PluginLogBufferSize and bufio.Scanner's token limit: 64 KiB per line held. */
const LINE_LIMIT = 64 * 1024;
/** What is kept of stderr before the handshake, to recognise the launcher's own exec failure. */
const EARLY_STDERR_LIMIT = 4096;
/** How long a process whose stdout closed without a handshake line may take to exit before we read its status. */
const EXIT_AFTER_EOF_MS = 1_000;

type ExitStatus = { code: number | null; signal: string | null };

/** Process groups of live plugins, killed if the host exits normally (setpriv covers SIGKILL). */
const liveGroups = new Set<number>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const pid of liveGroups) killGroup(pid);
  });
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // ESRCH: the group is gone already
  }
}

const emptyStorage: HostStorage = {
  list: async () => [],
  get: async () => undefined,
  put: async () => {},
  delete: async () => {},
};

interface FirstLine {
  kind: "line" | "eof" | "too-long" | "timeout" | "aborted" | "spawn-error";
  line?: string;
  error?: NodeJS.ErrnoException;
}

export async function startPlugin(opts: StartOptions): Promise<PluginProcess> {
  const logger = opts.logger;
  const versions = opts.protocolVersions ?? DEFAULT_PROTOCOL_VERSIONS[opts.kind];
  const wording = opts.wording ?? "1.8";
  const timeoutMs = opts.startTimeoutMs ?? 60_000;
  const graceMs = opts.killGraceMs ?? 2_000;
  const signal = opts.signal;
  const aborted = () => new PluginStartError("plugin start aborted", "aborted");
  if (signal?.aborted) throw aborted();

  const execProblem = await execFailure(opts.command);
  if (execProblem) throw new PluginStartError(execProblem, "exec");

  const cert = generateHostCertificate(new Date(), opts.hostKeyCurve ?? "P-521");
  const env = pluginEnvironment({
    kind: opts.kind,
    ...(opts.env ? { catalogEnv: opts.env } : {}),
    ...(opts.hostEnv ? { hostEnv: opts.hostEnv } : {}),
    ...(opts.parentEnv ? { parentEnv: opts.parentEnv } : {}),
    ...(opts.parentEnvValues ? { parentEnvValues: opts.parentEnvValues } : {}),
    protocolVersions: versions,
    clientCertPem: cert.certPem,
  });
  const socketDir = await mkdtemp(join(tmpdir(), "sysplugins-plugin-"));
  const launch = launchFor(opts.command, opts.args ?? [], opts.tieToHost ?? true);
  if (!launch.tiedToHost && opts.tieToHost !== false) {
    logger?.log("debug", "setpriv not found: the plugin will outlive a host killed with SIGKILL", {
      path: opts.command,
    });
  }
  logger?.log("debug", "starting plugin", { path: opts.command, args: opts.args ?? [] });

  const child: ChildProcess = spawn(launch.file, launch.args, {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env,
  });
  let exitStatus: ExitStatus | undefined;
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once("exit", (code, sig) => {
      exitStatus = { code, signal: sig };
      resolve(exitStatus);
    });
    child.once("error", () => {
      if (child.pid === undefined) {
        exitStatus = { code: null, signal: null };
        resolve(exitStatus);
      }
    });
  });
  const pid = child.pid;
  if (pid !== undefined) {
    liveGroups.add(pid);
    installExitHook();
  }
  const base = { plugin: opts.command, pid };

  // stderr: into the logger, line by line, bounded; the first bytes kept to read a launcher failure.
  let earlyStderr = "";
  const stderrLines = new LineSplitter(LINE_LIMIT, ({ text, partial, continuation }) => {
    if (earlyStderr.length < EARLY_STDERR_LIMIT) earlyStderr += `${text.slice(0, EARLY_STDERR_LIMIT)}\n`;
    if (logger) logStderrLine(logger, text, partial, continuation, base);
  });
  child.stderr?.on("data", (data: Buffer) => stderrLines.push(data));
  child.stderr?.on("end", () => stderrLines.end());

  // stdout: the first line is the handshake; what follows is read and dropped, as go-plugin does.
  const first = await new Promise<FirstLine>((resolve) => {
    let settled = false;
    const settle = (value: FirstLine) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      resolve(value);
    };
    const stdoutLines = new LineSplitter(LINE_LIMIT, ({ text, partial }) => {
      // A first line longer than bufio.Scanner's limit stops go-plugin's scanner: no line read.
      settle(partial ? { kind: "too-long" } : { kind: "line", line: text });
    });
    child.stdout?.on("data", (data: Buffer) => {
      if (!settled) stdoutLines.push(data);
    });
    child.stdout?.on("end", () => {
      if (!settled) stdoutLines.end();
      settle({ kind: "eof" });
    });
    child.once("error", (error: NodeJS.ErrnoException) => settle({ kind: "spawn-error", error }));
    const timer = setTimeout(() => settle({ kind: "timeout" }), timeoutMs);
    const onAbort = () => settle({ kind: "aborted" });
    signal?.addEventListener("abort", onAbort, { once: true });
  });

  const fail = async (error: Error): Promise<never> => {
    if (pid !== undefined) killGroup(pid);
    await exited;
    if (pid !== undefined) liveGroups.delete(pid);
    await rm(socketDir, { recursive: true, force: true });
    throw error;
  };

  if (first.kind === "spawn-error") {
    const code = first.error?.code;
    await fail(
      new PluginStartError(`fork/exec ${launch.file}: ${goErrnoText(code, code ?? "unknown error")}`, "exec"),
    );
  }
  if (first.kind === "aborted") await fail(aborted());
  if (first.kind === "timeout")
    await fail(new PluginStartError("timeout while waiting for plugin to start", "timeout"));
  if (first.kind === "too-long") {
    await fail(new PluginStartError(await unrecognizedMessage("", false, opts.command), "unrecognized"));
  }
  if (first.kind === "eof") {
    // The launcher (setpriv) reports an exec failure on stderr and exits 126/127: Go's fork/exec text.
    if (launch.tiedToHost) {
      await Promise.race([exited, new Promise((r) => setTimeout(r, EXIT_AFTER_EOF_MS))]);
      const code = exitStatus?.code;
      const execText =
        code === 126 || code === 127 ? setprivExecFailure(earlyStderr, opts.command) : undefined;
      if (execText) await fail(new PluginStartError(execText, "exec"));
    }
    await fail(new PluginStartError(await unrecognizedMessage("", false, opts.command), "unrecognized"));
  }

  const check = checkHandshake(first.line ?? "", versions, wording);
  if (!check.ok) {
    if (check.reason === "unrecognized") {
      await fail(
        new PluginStartError(await unrecognizedMessage(check.line, true, opts.command), "unrecognized"),
      );
    } else {
      await fail(new PluginStartError(check.message, check.reason));
    }
  }
  const handshake = (check as { handshake: Handshake }).handshake;
  logger?.log("debug", "using plugin", { ...base, version: handshake.appVersion });

  if (handshake.network === "unix") {
    const problem = await dialProblem(handshake.address);
    if (problem) {
      await fail(
        new PluginStartError(
          `rpc error: code = Unavailable desc = connection error: desc = "transport: error while dialing: dial unix ${handshake.address}: connect: ${problem}"`,
          "connect",
        ),
      );
    }
  }

  if (!handshake.serverCertPem) {
    await fail(
      new PluginStartError(
        'rpc error: code = Unavailable desc = connection error: desc = "transport: authentication handshake failed: tls: failed to verify certificate: x509: certificate signed by unknown authority"',
        "cert",
      ),
    );
  }
  const p = protos();
  const target = handshake.network === "unix" ? `unix://${handshake.address}` : handshake.address;
  const credentials = grpc.credentials.createSsl(
    Buffer.from(handshake.serverCertPem ?? ""),
    Buffer.from(cert.keyPem),
    Buffer.from(cert.certPem),
  );
  const channel = new grpc.Channel(target, credentials, CHANNEL_OPTIONS);
  const clientOf = (ctor: grpc.ServiceClientConstructor | undefined) => {
    if (!ctor) throw new Error("service definition missing");
    return new ctor(target, credentials, { channelOverride: channel });
  };
  const clients = {
    backend: clientOf(p.pb.Backend),
    version: clientOf(p.logical.PluginVersion),
    database: clientOf(p.database.Database),
    multiplexing: clientOf(p.multiplexing.PluginMultiplexing),
    controller: clientOf(p.plugin.GRPCController),
    broker: clientOf(p.plugin.GRPCBroker),
    stdio: clientOf(p.plugin.GRPCStdio),
  };
  const broker = new HostBroker(
    clients.broker,
    { hostCertPem: cert.certPem, hostKeyPem: cert.keyPem, pluginCertPem: handshake.serverCertPem ?? "" },
    socketDir,
    logger,
  );
  const stdio = followStdio(clients.stdio, logger, base);

  let done = false;
  const closeTransport = () => {
    broker.close();
    stdio.cancel();
    channel.close();
  };
  void exited.then(() => {
    done = true;
    if (pid !== undefined) {
      killGroup(pid); // anything the plugin left in its group
      liveGroups.delete(pid);
    }
    closeTransport();
    void rm(socketDir, { recursive: true, force: true });
    logger?.log(exitStatus?.code === 0 ? "info" : "error", "plugin process exited", {
      ...base,
      code: exitStatus?.code,
      signal: exitStatus?.signal,
    });
  });

  let multiplexed = false;
  try {
    const reply = await unary<{ supported?: boolean }>(clients.multiplexing, "MultiplexingSupport", {});
    multiplexed = Boolean(reply.supported);
  } catch (error) {
    if (!(error instanceof PluginRpcError && error.code === GRPC_UNIMPLEMENTED)) {
      closeTransport();
      await fail(new PluginStartError((error as Error).message, "connect"));
    }
  }

  const ctx: ProcessContext = {
    protos: p,
    clients,
    broker,
    multiplexed,
    ...(logger ? { logger } : {}),
    isDone: () => done,
  };

  let singleInstance: BackendClient | undefined;
  let killing: Promise<void> | undefined;

  const kill = async () => {
    if (!killing) {
      killing = (async () => {
        if (exitStatus) return;
        done = true;
        broker.close();
        let timer: NodeJS.Timeout | undefined;
        const grace = new Promise<void>((r) => {
          timer = setTimeout(r, graceMs);
        });
        // The controller's Shutdown stops the plugin's server (its answer may not arrive), then the
        // transport closes; the process has the grace to leave on its own.
        const shutdown = unary(clients.controller, "Shutdown", {}).catch(() => undefined);
        await Promise.race([shutdown, grace]);
        closeTransport();
        await Promise.race([exited, grace]);
        clearTimeout(timer);
        if (!exitStatus) logger?.log("warn", "plugin failed to exit gracefully", base);
        if (pid !== undefined) killGroup(pid);
      })();
    }
    await killing;
    await exited;
    await rm(socketDir, { recursive: true, force: true });
  };

  const processHandle: PluginProcess = {
    pid: pid ?? -1,
    protocolVersion: handshake.appVersion,
    multiplexed,
    exited,
    isAlive: () => !exitStatus && !done,
    async version() {
      if (opts.kind === "database") {
        const db = openDatabase(ctx);
        const version = await versionCall(ctx, multiplexMetadata(multiplexed, db.id), DATABASE_SHUTDOWN);
        if (multiplexed) await db.close().catch(() => {});
        return version;
      }
      if (!multiplexed && singleInstance) return singleInstance.version();
      // As Vault's catalog asks at registration: a backend set up with nothing, its version, cleanup.
      const probe = await setupBackend(ctx, {
        backendUuid: "",
        config: {},
        storage: emptyStorage,
        systemView: { defaultLeaseTtlSeconds: 0, maxLeaseTtlSeconds: 0, localMount: false },
        id: randomUUID(),
      });
      try {
        return await probe.version();
      } finally {
        await probe.cleanup();
      }
    },
    async backend(options: BackendOptions) {
      if (opts.kind !== "backend") throw new Error("backend() on a process started as a database plugin");
      if (!multiplexed && singleInstance) {
        throw new Error("this plugin does not multiplex: one backend per process");
      }
      const client = await setupBackend(ctx, options);
      if (!multiplexed) {
        singleInstance = client;
        const cleanup = client.cleanup.bind(client);
        client.cleanup = async () => {
          await cleanup();
          if (singleInstance === client) singleInstance = undefined;
        };
      }
      return client;
    },
    async database(options?: { id?: string }): Promise<DatabaseClient> {
      if (opts.kind !== "database") throw new Error("database() on a process started as a backend plugin");
      return openDatabase(ctx, options?.id);
    },
    kill,
  };
  return processHandle;
}

/** Whether a unix socket accepts a connection; Go's errno text when it does not. */
function dialProblem(path: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = connect({ path });
    socket.once("connect", () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => {
      socket.destroy();
      resolve(goErrnoText(error.code, error.message));
    });
  });
}

/** go-plugin's GRPCStdio stream: what the plugin writes to its stdout/stderr after the handshake. */
function followStdio(
  client: grpc.Client,
  logger: HostLogger | undefined,
  base: Record<string, unknown>,
): { cancel(): void } {
  const start = (client as unknown as { StreamStdio: (req: unknown) => grpc.ClientReadableStream<unknown> })
    .StreamStdio;
  const stream = start.call(client, {});
  stream.on("data", (chunk: { channel?: number; data?: Buffer }) => {
    const text = (chunk.data ?? Buffer.alloc(0)).subarray(0, LINE_LIMIT).toString("utf8").trimEnd();
    if (text && logger)
      logger.log("debug", text, { ...base, channel: chunk.channel === 2 ? "stderr" : "stdout" });
  });
  stream.on("error", () => {
    // Unimplemented on old plugins, cancelled at kill: nothing to report
  });
  return { cancel: () => stream.cancel() };
}
