// Preconditions, checked before any check runs: the address answers, the token is accepted. Each
// failure is one line a person can act on. What it learns (server version, flavour) heads the reports.
import { createSend, type Send, type Target } from "./http.js";

export class PreconditionError extends Error {}

export interface ServerInfo {
  address: string;
  /** From sys/health; "" when the server did not say. */
  version: string;
  /** "vault" or "openbao", from the suffix of the catalog's builtin versions (and sys/health). */
  flavour: "vault" | "openbao" | "unknown";
  /** How the token was checked. */
  token: "lookup-self" | "first read";
}

function cause(err: unknown): string {
  let e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown[] } | undefined;
  for (let i = 0; i < 4 && e; i++) {
    if (typeof e.code === "string" && !e.code.startsWith("UND_ERR_"))
      return `${e.code} ${e.message ?? ""}`.trim();
    e = (e.cause ?? e.errors?.[0]) as typeof e;
  }
  return err instanceof Error ? err.message : String(err);
}

export async function preflight(target: Target, send: Send = createSend(target)): Promise<ServerInfo> {
  const health = await send("GET", "sys/health").catch((err: unknown) => {
    throw new PreconditionError(
      `cannot reach ${target.address}: ${cause(err)}. Is VAULT_ADDR right and the server running?`,
    );
  });
  const version = typeof health.json?.version === "string" ? health.json.version : "";
  if (health.json?.sealed === true)
    throw new PreconditionError(`${target.address} is sealed: unseal it first`);

  const refused = (how: string) =>
    new PreconditionError(
      `your token is refused by ${target.address} (403 on ${how}): set VAULT_TOKEN to a valid token with access to sys/plugins and sys/mounts`,
    );
  let token: ServerInfo["token"] = "lookup-self";
  const self = await send("GET", "auth/token/lookup-self");
  if (self.status === 403) throw refused("auth/token/lookup-self");
  if (self.status !== 200) {
    // A server without the token backend (404, 405) cannot check it there: the first read does.
    token = "first read";
  }
  const catalog = await send("GET", "sys/plugins/catalog");
  if (catalog.status === 403) throw refused("GET sys/plugins/catalog");
  const detailed: unknown = catalog.json?.data?.detailed;
  const builtins = (Array.isArray(detailed) ? detailed : [])
    .map((d: { version?: unknown }) => d?.version)
    .filter((v): v is string => typeof v === "string");
  const flavour = builtins.some((v) => v.endsWith("+builtin.bao"))
    ? "openbao"
    : builtins.some((v) => v.endsWith("+builtin.vault"))
      ? "vault"
      : "unknown";
  return { address: target.address, version, flavour, token };
}
