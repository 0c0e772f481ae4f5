// Client options, defaulting from the environment Vault users already have.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseBool } from "@sysplugins/go-semantics";
import { Agent } from "undici";
import { parseDurationSecond } from "./duration.js";

/** Environment variables as `process.env` holds them (declared here so consumers need no @types/node). */
export type Environment = Record<string, string | undefined>;

/** Per call: an AbortSignal, and a timeout in milliseconds that replaces the client's (0: none). */
export interface CallOptions {
  signal?: AbortSignal;
  timeout?: number;
}

export interface ClientOptions {
  /** Server address, e.g. https://vault.example.com:8200. Default: $VAULT_ADDR, else http://127.0.0.1:8200. */
  address?: string;
  /** Default: $VAULT_TOKEN, else the token in $HOME/.vault-token (where `vault login` and dev servers put it). */
  token?: string;
  /** Enterprise namespace, sent as X-Vault-Namespace. Default: $VAULT_NAMESPACE. */
  namespace?: string;
  /** A PEM file of CA certificates to trust for TLS. Default: $VAULT_CACERT. */
  caCert?: string;
  /** Do not verify the server's TLS certificate. Default: $VAULT_SKIP_VERIFY (any true value of Go's ParseBool). */
  skipVerify?: boolean;
  /** Milliseconds a call may take before it fails with a VaultConnectionError (0: no limit). Default:
   *  $VAULT_CLIENT_TIMEOUT as Vault reads it (seconds, or a Go duration such as "90s"), else 60 s. */
  timeout?: number;
  /** Aborts every call of this client. */
  signal?: AbortSignal;
  /** A fetch to use instead of the global one (tests, custom transports). It receives a Request. */
  fetch?: (input: Request, init?: Record<string, unknown>) => Promise<Response>;
  /** Where the defaults are read from. Default: process.env. */
  env?: Environment;
}

export interface ResolvedOptions {
  address: string;
  token: string | undefined;
  namespace: string | undefined;
  /** Extra fetch init (an undici dispatcher) when TLS settings ask for one. */
  requestInitExt: Record<string, unknown> | undefined;
  fetch: ((input: Request, init?: Record<string, unknown>) => Promise<Response>) | undefined;
  timeout: number;
  signal: AbortSignal | undefined;
}

/** Vault's clients default to 60 seconds. */
export const defaultTimeout = 60_000;

function timeoutFrom(options: ClientOptions, env: Environment): number {
  if (options.timeout !== undefined) {
    if (!(options.timeout >= 0)) throw new TypeError(`timeout must be a number of milliseconds >= 0`);
    return options.timeout;
  }
  const text = env.VAULT_CLIENT_TIMEOUT;
  if (!text) return defaultTimeout;
  const ms = parseDurationSecond(text);
  if (ms === undefined || ms < 0) throw new TypeError(`could not parse "VAULT_CLIENT_TIMEOUT"`);
  return ms;
}

/** The token file Vault's CLI keeps (its default token helper); undefined when there is none. */
export function tokenFromFile(env: Environment): string | undefined {
  if (!env.HOME) return undefined;
  try {
    return readFileSync(join(env.HOME, ".vault-token"), "utf8").trim() || undefined;
  } catch (err) {
    if ((err as { code?: string }).code === "ENOENT") return undefined;
    throw err;
  }
}

/** An address must be an http:// or https:// URL; fetch's own "Failed to parse URL" says too little. */
function checkAddress(address: string): string {
  let protocol: string | undefined;
  try {
    protocol = new URL(address).protocol;
  } catch {}
  if (protocol === "http:" || protocol === "https:") return address;
  // "127.0.0.1:8200" and "localhost:8200" lack a scheme; "ftp://host" has another one.
  const suggestion = `http://${address.replace(/^[a-z][\w+.-]*:\/\//i, "")}`;
  throw new TypeError(
    `the address ${JSON.stringify(address)} is not an http:// or https:// URL: did you mean ${suggestion}?`,
  );
}

export function resolveOptions(options: ClientOptions = {}): ResolvedOptions {
  const env: Environment = options.env ?? process.env;
  const address = checkAddress(
    (options.address || env.VAULT_ADDR || "http://127.0.0.1:8200").replace(/\/+$/, ""),
  );
  const caCert = options.caCert ?? (env.VAULT_CACERT || undefined);
  const skipVerify = options.skipVerify ?? parseBool(env.VAULT_SKIP_VERIFY ?? "") === true;
  let requestInitExt: Record<string, unknown> | undefined;
  if (caCert || skipVerify) {
    const ca = caCert ? readFileSync(caCert) : undefined;
    requestInitExt = { dispatcher: new Agent({ connect: { ca, rejectUnauthorized: !skipVerify } }) };
  }
  return {
    address,
    token: options.token ?? (env.VAULT_TOKEN || tokenFromFile(env)),
    namespace: options.namespace ?? (env.VAULT_NAMESPACE || undefined),
    requestInitExt,
    fetch: options.fetch,
    timeout: timeoutFrom(options, env),
    signal: options.signal,
  };
}
