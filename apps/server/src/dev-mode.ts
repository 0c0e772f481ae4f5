// Habits of `vault server -dev` that a user relies on: the root token lasts as long as the data (so open
// shells keep working after a restart), it is written to ~/.vault-token for the CLIs, and listening
// beyond loopback without TLS is said out loud.

import { mkdir, open, rename } from "node:fs/promises";
import { isIP } from "node:net";
import { join } from "node:path";
import {
  CREATE_EXCLUSIVE,
  checkPrivateDir,
  clearTemporary,
  readPrivateFile,
} from "./adapters/storage/durable/private-files.js";
import type { Config } from "./config.js";

const tokenFile = "root-token.json";

async function writePrivate(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await clearTemporary(temporary);
  const handle = await open(temporary, CREATE_EXCLUSIVE, 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
}

/**
 * A configured token wins. Otherwise the token kept in the data directory, and when there is none, the
 * generated one, which is kept from then on.
 */
export async function keepRootToken(config: Config): Promise<Config> {
  if (!config.rootTokenGenerated) return config;
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  await checkPrivateDir(config.dataDir);
  const file = join(config.dataDir, tokenFile);
  try {
    const kept = JSON.parse(await readPrivateFile(file)) as { token?: unknown; creation_time?: unknown };
    if (typeof kept.token === "string" && kept.token && typeof kept.creation_time === "number") {
      return { ...config, rootToken: kept.token, rootTokenCreated: kept.creation_time };
    }
    throw new Error(`${file} does not hold a token; remove it to generate a new one`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  await writePrivate(
    file,
    `${JSON.stringify({ token: config.rootToken, creation_time: config.rootTokenCreated })}\n`,
  );
  return config;
}

/** ~/.vault-token, which Vault's CLI, its Go client and ours read when VAULT_TOKEN is unset. */
export async function storeTokenFile(token: string, home: string): Promise<string> {
  const file = join(home, ".vault-token");
  await writePrivate(file, token);
  return file;
}

function isLoopback(host: string): boolean {
  if (host === "localhost") return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  return host === "::1";
}

/** A warning when tokens would cross a network in clear text. */
export function listenWarning(config: Pick<Config, "host" | "tlsCertFile">): string | undefined {
  if (config.tlsCertFile || isLoopback(config.host)) return undefined;
  return (
    `WARNING: listening on ${config.host} without TLS: the root token and every request cross the ` +
    "network in clear text. Listen on 127.0.0.1, or give --tls-cert-file and --tls-key-file."
  );
}
