// Client options, defaulting from the environment Vault users already have.
import { readFileSync } from "node:fs";
import { Agent } from "undici";

export interface ClientOptions {
  /** Server address, e.g. https://vault.example.com:8200. Default: $VAULT_ADDR, else http://127.0.0.1:8200. */
  address?: string;
  /** Default: $VAULT_TOKEN. */
  token?: string;
  /** Enterprise namespace, sent as X-Vault-Namespace. Default: $VAULT_NAMESPACE. */
  namespace?: string;
  /** A PEM file of CA certificates to trust for TLS. Default: $VAULT_CACERT. */
  caCert?: string;
  /** Do not verify the server's TLS certificate. Default: $VAULT_SKIP_VERIFY (any true value of Go's ParseBool). */
  skipVerify?: boolean;
  /** A fetch to use instead of the global one (tests, custom transports). It receives a Request. */
  fetch?: (input: Request, init?: Record<string, unknown>) => Promise<Response>;
  /** Where the defaults are read from. Default: process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface ResolvedOptions {
  address: string;
  token: string | undefined;
  namespace: string | undefined;
  /** Extra fetch init (an undici dispatcher) when TLS settings ask for one. */
  requestInitExt: Record<string, unknown> | undefined;
  fetch: ((input: Request, init?: Record<string, unknown>) => Promise<Response>) | undefined;
}

const truthy = new Set(["1", "t", "T", "TRUE", "true", "True"]);

export function resolveOptions(options: ClientOptions = {}): ResolvedOptions {
  const env = options.env ?? process.env;
  const address = (options.address ?? env.VAULT_ADDR ?? "http://127.0.0.1:8200").replace(/\/+$/, "");
  const caCert = options.caCert ?? (env.VAULT_CACERT || undefined);
  const skipVerify = options.skipVerify ?? truthy.has(env.VAULT_SKIP_VERIFY ?? "");
  let requestInitExt: Record<string, unknown> | undefined;
  if (caCert || skipVerify) {
    const ca = caCert ? readFileSync(caCert) : undefined;
    requestInitExt = { dispatcher: new Agent({ connect: { ca, rejectUnauthorized: !skipVerify } }) };
  }
  return {
    address,
    token: options.token ?? (env.VAULT_TOKEN || undefined),
    namespace: options.namespace ?? (env.VAULT_NAMESPACE || undefined),
    requestInitExt,
    fetch: options.fetch,
  };
}
