// The one place settings are read. Each comes from a flag, else an environment variable, else a default:
//
//   flag                 environment variable              default
//   --listen HOST:PORT   SYSPLUGINS_LISTEN                 127.0.0.1:8200
//   --data-dir DIR       SYSPLUGINS_DATA_DIR               ./data
//   --plugin-directory   SYSPLUGINS_PLUGIN_DIRECTORY       ./plugins
//   --root-token TOKEN   SYSPLUGINS_ROOT_TOKEN             generated at start and printed
//                        (or VAULT_DEV_ROOT_TOKEN_ID, as `vault server -dev` reads it)
//   --log-level LEVEL    SYSPLUGINS_LOG_LEVEL              info (debug, info, warn, error, silent)
//   --vault-version V    SYSPLUGINS_VAULT_VERSION          the flavour's (the product version emulated)
//   --flavor NAME        SYSPLUGINS_FLAVOR                 vault (the product emulated, adapters/flavor/)
//   --tls-cert-file FILE SYSPLUGINS_TLS_CERT_FILE          none: plain HTTP (PEM, with --tls-key-file)
//   --tls-key-file FILE  SYSPLUGINS_TLS_KEY_FILE           none
//   --dev-no-store-token SYSPLUGINS_DEV_NO_STORE_TOKEN     false: the token is written to ~/.vault-token
//   --http-read-header-timeout D  SYSPLUGINS_HTTP_READ_HEADER_TIMEOUT  10s (Vault's listener settings,
//   --http-read-timeout D         SYSPLUGINS_HTTP_READ_TIMEOUT         30s  Go durations or seconds)
//   --http-idle-timeout D         SYSPLUGINS_HTTP_IDLE_TIMEOUT         5m
//   --storage URL        SYSPLUGINS_STORAGE                the embedded JSON store in --data-dir; or
//                                                          postgres://… for a cluster of nodes on PostgreSQL
//   --node-id ID         SYSPLUGINS_NODE_ID                the host name (each node of a cluster needs its own)
//   --encryption-key-file F   SYSPLUGINS_ENCRYPTION_KEY_FILE   <data-dir>.key (the key sealing secrets at rest;
//                             or SYSPLUGINS_ENCRYPTION_KEY     see encryption-key.ts; a cluster needs one)
//   --cluster-heartbeat D     SYSPLUGINS_CLUSTER_HEARTBEAT     1s (how often a cluster node says it is alive)
//   --cluster-down-after D    SYSPLUGINS_CLUSTER_DOWN_AFTER    5s (no heartbeat for this long: reported down)
//   --plugin-runtime R   SYSPLUGINS_PLUGIN_RUNTIME         process: plugins run as processes, as Vault runs
//                                                          them; checksum: binaries are only verified
//   --plugin-start-timeout D  SYSPLUGINS_PLUGIN_START_TIMEOUT  1m (go-plugin's wait for a plugin's handshake)
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { resolve } from "node:path";
import type { ConnectionTimeouts } from "./http/connections.js";
import { type LogLevel, logLevels } from "./logger.js";

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  pluginDirectory: string;
  rootToken: string;
  /** True when no token was configured and one was generated. */
  rootTokenGenerated: boolean;
  /** Unix seconds when the root token was made. */
  rootTokenCreated: number;
  /** Write the root token to ~/.vault-token, as `vault server -dev` does. */
  storeToken: boolean;
  /** PEM files: both given means HTTPS. */
  tlsCertFile?: string;
  tlsKeyFile?: string;
  logLevel: LogLevel;
  /** The product version emulated; undefined for the flavour's default. */
  vaultVersion: string | undefined;
  /** The product emulated: a key of adapters/flavor/index.ts (checked by main.ts); undefined: the default. */
  flavor: string | undefined;
  /** Vault's default max_request_size. */
  maxRequestSize: number;
  /** The node name reload status reports. */
  nodeId: string;
  timeouts: ConnectionTimeouts;
  /** A PostgreSQL URL shared by the nodes of a cluster; undefined for the embedded store in dataDir. */
  /** A cluster node's heartbeat period and the silence after which the others report it down. */
  cluster: { heartbeatMs: number; downAfterMs: number };
  /** The key file sealing secrets at rest (encryption-key.ts). */
  encryptionKeyFile?: string;
  /** The key(s) themselves, from SYSPLUGINS_ENCRYPTION_KEY. */
  encryptionKey?: string;
  storageUrl: string | undefined;
  /** Which plugin runtime adapter runs external plugins (ports/runtime.ts). */
  pluginRuntime: "process" | "checksum";
  /** How long a plugin may take to print its handshake line, in ms. */
  pluginStartTimeoutMs: number;
}

export class ConfigError extends Error {}

const flags = {
  "--listen": "SYSPLUGINS_LISTEN",
  "--data-dir": "SYSPLUGINS_DATA_DIR",
  "--plugin-directory": "SYSPLUGINS_PLUGIN_DIRECTORY",
  "--root-token": "SYSPLUGINS_ROOT_TOKEN",
  "--log-level": "SYSPLUGINS_LOG_LEVEL",
  "--vault-version": "SYSPLUGINS_VAULT_VERSION",
  "--http-read-header-timeout": "SYSPLUGINS_HTTP_READ_HEADER_TIMEOUT",
  "--http-read-timeout": "SYSPLUGINS_HTTP_READ_TIMEOUT",
  "--http-idle-timeout": "SYSPLUGINS_HTTP_IDLE_TIMEOUT",
  "--flavor": "SYSPLUGINS_FLAVOR",
  "--tls-cert-file": "SYSPLUGINS_TLS_CERT_FILE",
  "--tls-key-file": "SYSPLUGINS_TLS_KEY_FILE",
  "--dev-no-store-token": "SYSPLUGINS_DEV_NO_STORE_TOKEN",
  "--storage": "SYSPLUGINS_STORAGE",
  "--cluster-heartbeat": "SYSPLUGINS_CLUSTER_HEARTBEAT",
  "--encryption-key-file": "SYSPLUGINS_ENCRYPTION_KEY_FILE",
  "--cluster-down-after": "SYSPLUGINS_CLUSTER_DOWN_AFTER",
  "--node-id": "SYSPLUGINS_NODE_ID",
  "--plugin-runtime": "SYSPLUGINS_PLUGIN_RUNTIME",
  "--plugin-start-timeout": "SYSPLUGINS_PLUGIN_START_TIMEOUT",
} as const;
/** Flags that take no value (`--flag` means true; `--flag=false` is allowed). */
const switches: readonly string[] = ["--dev-no-store-token"];
type Flag = keyof typeof flags;

const usage = `usage: sysplugins-server [${Object.keys(flags)
  .map((f) => `${f} VALUE`)
  .join("] [")}]`;

function parseArgs(argv: readonly string[]): Partial<Record<Flag, string>> {
  const out: Partial<Record<Flag, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--help" || arg === "-h") throw new ConfigError(usage);
    const [name, inline] = arg.includes("=")
      ? (arg.split(/=(.*)/s, 2) as [string, string])
      : [arg, undefined];
    if (!(name in flags)) throw new ConfigError(`unknown argument ${JSON.stringify(arg)}\n${usage}`);
    const value = inline ?? (switches.includes(name) ? "true" : argv[++i]);
    if (value === undefined) throw new ConfigError(`${name} needs a value\n${usage}`);
    out[name as Flag] = value;
  }
  return out;
}

export function loadConfig(argv: readonly string[], env: NodeJS.ProcessEnv): Config {
  const args = parseArgs(argv);
  const get = (flag: Flag): string | undefined => args[flag] ?? (env[flags[flag]] || undefined);

  const listen = get("--listen") ?? "127.0.0.1:8200";
  const m = /^(.*):(\d+)$/.exec(listen);
  const port = Number(m?.[2]);
  if (!m?.[1] || port > 65535)
    throw new ConfigError(`--listen wants HOST:PORT, got ${JSON.stringify(listen)}`);

  const logLevel = (get("--log-level") ?? "info") as LogLevel;
  if (!logLevels.includes(logLevel)) {
    throw new ConfigError(
      `--log-level must be one of ${logLevels.join(", ")}, got ${JSON.stringify(logLevel)}`,
    );
  }

  const vaultVersion = get("--vault-version");
  if (vaultVersion !== undefined && !/^\d+\.\d+\.\d+$/.test(vaultVersion)) {
    throw new ConfigError(`--vault-version wants MAJOR.MINOR.PATCH, got ${JSON.stringify(vaultVersion)}`);
  }

  const duration = (flag: Flag, fallback: string): number => {
    const text = get(flag) ?? fallback;
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text);
    if (!m)
      throw new ConfigError(`${flag} wants a duration such as 10s, 500ms or 5m, got ${JSON.stringify(text)}`);
    return Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? "s") as "s"];
  };
  const timeouts = {
    readHeaderMs: duration("--http-read-header-timeout", "10s"),
    readMs: duration("--http-read-timeout", "30s"),
    idleMs: duration("--http-idle-timeout", "5m"),
  };
  const storageUrl = get("--storage");
  if (storageUrl !== undefined && !/^postgres(ql)?:\/\//.test(storageUrl)) {
    throw new ConfigError("--storage wants a postgres:// URL (leave it out for the embedded store)");
  }
  const cluster = {
    heartbeatMs: duration("--cluster-heartbeat", "1s"),
    downAfterMs: duration("--cluster-down-after", "5s"),
  };
  if (cluster.heartbeatMs < 10 || cluster.downAfterMs < 2 * cluster.heartbeatMs) {
    throw new ConfigError(
      "--cluster-down-after wants at least twice --cluster-heartbeat, which wants at least 10ms",
    );
  }
  const nodeId = get("--node-id") ?? hostname();
  if (!/^[\w.:-]{1,128}$/.test(nodeId)) {
    throw new ConfigError(
      `--node-id wants letters, digits, '_', '-', '.' or ':', got ${JSON.stringify(nodeId)}`,
    );
  }

  const pluginRuntime = get("--plugin-runtime") ?? "process";
  if (pluginRuntime !== "process" && pluginRuntime !== "checksum") {
    throw new ConfigError(
      `--plugin-runtime must be process or checksum, got ${JSON.stringify(pluginRuntime)}`,
    );
  }

  const tlsCertFile = get("--tls-cert-file");
  const tlsKeyFile = get("--tls-key-file");
  if (!tlsCertFile !== !tlsKeyFile) throw new ConfigError("--tls-cert-file and --tls-key-file go together");
  const noStore = get("--dev-no-store-token") ?? "false";
  if (!["true", "false", "1", "0"].includes(noStore)) {
    throw new ConfigError(`--dev-no-store-token is true or false, got ${JSON.stringify(noStore)}`);
  }

  const configured = get("--root-token") ?? (env.VAULT_DEV_ROOT_TOKEN_ID || undefined);
  return {
    host: m[1].replace(/^\[(.*)\]$/, "$1"),
    port,
    dataDir: resolve(get("--data-dir") ?? "data"),
    pluginDirectory: resolve(get("--plugin-directory") ?? "plugins"),
    rootToken: configured ?? `hvs.${randomBytes(18).toString("base64url")}`,
    rootTokenGenerated: configured === undefined,
    rootTokenCreated: Math.floor(Date.now() / 1000),
    storeToken: noStore === "false" || noStore === "0",
    ...(tlsCertFile && tlsKeyFile
      ? { tlsCertFile: resolve(tlsCertFile), tlsKeyFile: resolve(tlsKeyFile) }
      : {}),
    logLevel,
    vaultVersion,
    flavor: get("--flavor"),
    maxRequestSize: 32 * 1024 * 1024,
    timeouts,
    nodeId,
    storageUrl,
    cluster,
    ...(get("--encryption-key-file")
      ? { encryptionKeyFile: resolve(get("--encryption-key-file") as string) }
      : {}),
    // Never a flag: a command line is readable by every local user.
    ...(env.SYSPLUGINS_ENCRYPTION_KEY ? { encryptionKey: env.SYSPLUGINS_ENCRYPTION_KEY } : {}),
    pluginRuntime,
    pluginStartTimeoutMs: duration("--plugin-start-timeout", "1m"),
  };
}
