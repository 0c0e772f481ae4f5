// Where the key that seals secrets at rest comes from (adapters/storage/sealing.ts). Never from inside the
// data directory, so that a copy of the data (a backup, a stolen disk image) does not open its secrets:
//   SYSPLUGINS_ENCRYPTION_KEY          the key(s) in the environment, base64 of 32 bytes, comma-separated
//   --encryption-key-file FILE         (SYSPLUGINS_ENCRYPTION_KEY_FILE) one key per line, mode 0600, ours
//   neither, on the embedded store     <data-dir>.key beside the data directory, made while the
//                                      directory holds nothing sealed (new, or from before sealing)
// The first key seals; the others (older keys, kept through a rotation) only open what they sealed. A
// cluster's nodes share one key, so a cluster node must be given one.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { open, readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { CREATE_EXCLUSIVE, readPrivateFile } from "./adapters/storage/durable/private-files.js";
import { type Keyring, keyringOf } from "./adapters/storage/sealing.js";
import type { Config } from "./config.js";

export class KeyError extends Error {}

function parseKeys(text: string, from: string): Buffer[] {
  const keys = text
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => Buffer.from(l, "base64"));
  if (keys.length === 0) throw new KeyError(`${from} holds no key`);
  if (keys.some((k) => k.length !== 32)) {
    throw new KeyError(`${from}: each key is 32 bytes in base64 (openssl rand -base64 32)`);
  }
  return keys;
}

const inside = (dir: string, file: string) => {
  const r = relative(resolve(dir), resolve(file));
  return r === "" || (!r.startsWith("..") && !r.startsWith("/"));
};

/** Whether any file of the data directory holds a sealed value. */
async function holdsSealed(dataDir: string): Promise<boolean> {
  if (!existsSync(dataDir)) return false;
  for (const f of await readdir(dataDir)) {
    if (f !== "store.json" && !/^journal\.\d+$/.test(f)) continue;
    if ((await readFile(join(dataDir, f), "latin1")).includes("sealed:v1:")) return true;
  }
  return false;
}

export type KeySettings = Pick<Config, "dataDir" | "storageUrl" | "encryptionKeyFile" | "encryptionKey">;

export async function loadKeyring(config: KeySettings): Promise<Keyring> {
  if (config.encryptionKey) return keyringOf(parseKeys(config.encryptionKey, "SYSPLUGINS_ENCRYPTION_KEY"));
  const file = config.encryptionKeyFile;
  if (file) {
    if (!config.storageUrl && inside(config.dataDir, file)) {
      throw new KeyError(`the encryption key file ${file} is inside the data directory: keep it elsewhere`);
    }
    return keyringOf(parseKeys(await readPrivateFile(file), file));
  }
  if (config.storageUrl) {
    throw new KeyError(
      "a cluster node needs the cluster's encryption key: --encryption-key-file FILE or SYSPLUGINS_ENCRYPTION_KEY (the same on every node)",
    );
  }
  const beside = `${resolve(config.dataDir)}.key`;
  if (existsSync(beside)) return keyringOf(parseKeys(await readPrivateFile(beside), beside));
  // A new key for a directory that holds nothing sealed yet (new, or written before sealing existed).
  if (await holdsSealed(config.dataDir)) {
    // Secrets sealed before cannot be opened, and no new one can be stored: the rest is served.
    return keyringOf(
      [],
      `no encryption key: ${beside} is missing (give --encryption-key-file or SYSPLUGINS_ENCRYPTION_KEY)`,
    );
  }
  const key = randomBytes(32);
  const handle = await open(beside, CREATE_EXCLUSIVE, 0o600);
  try {
    await handle.writeFile(`${key.toString("base64")}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return keyringOf([key]);
}
