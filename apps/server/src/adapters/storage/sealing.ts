// Authenticated encryption of the secrets the stores hold, as Vault keeps everything behind its barrier:
// AES-256-GCM (Node's crypto), a fresh 96-bit nonce per value, and the value's place in the store (table,
// key, field) as additional data, so a ciphertext moved to another record does not open either. A sealed
// value is a string: "sealed:v1:<key id>:<base64url of nonce | ciphertext | tag>", the key id being the
// first 4 bytes of the key's SHA-256 (which key sealed it; rotation keeps older keys to open values).
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { DomainError } from "../../domain/errors.js";

const PREFIX = "sealed:v1:";

export interface Keyring {
  /** The key new values are sealed with; undefined when the server has none (secrets are refused). */
  current?: Buffer;
  /** Every key, by id: the current one and older ones kept to open values sealed before a rotation. */
  byId: Map<string, Buffer>;
  /** Why there is no current key, for the refusal. */
  missing?: string;
}

export const keyId = (key: Buffer) => createHash("sha256").update(key).digest("hex").slice(0, 8);

export function keyringOf(keys: readonly Buffer[], missing?: string): Keyring {
  for (const k of keys) if (k.length !== 32) throw new Error("an encryption key is 32 bytes (AES-256)");
  return {
    ...(keys[0] ? { current: keys[0] } : {}),
    byId: new Map(keys.map((k) => [keyId(k), k])),
    ...(missing ? { missing } : {}),
  };
}

export const isSealed = (v: unknown): v is string => typeof v === "string" && v.startsWith(PREFIX);

/** `where` names the value in errors; `place` binds the ciphertext to its place in the store. */
export function seal(keyring: Keyring, plain: string, place: string, where: string): string {
  const key = keyring.current;
  if (!key)
    throw new DomainError(
      "operation_failed",
      `cannot store ${where}: ${keyring.missing ?? "no encryption key"}`,
    );
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  cipher.setAAD(Buffer.from(place));
  const body = Buffer.concat([nonce, cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `${PREFIX}${keyId(key)}:${body.toString("base64url")}`;
}

export function unseal(keyring: Keyring, sealed: string, place: string, where: string): string {
  const rest = sealed.slice(PREFIX.length);
  const id = rest.slice(0, 8);
  const key = keyring.byId.get(id);
  if (!key) {
    throw new DomainError(
      "operation_failed",
      `cannot read ${where}: it is sealed with a key this server does not have (key id ${id})${keyring.missing ? `; ${keyring.missing}` : ""}`,
    );
  }
  const body = Buffer.from(rest.slice(9), "base64url");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, body.subarray(0, 12));
    decipher.setAAD(Buffer.from(place));
    decipher.setAuthTag(body.subarray(body.length - 16));
    return Buffer.concat([decipher.update(body.subarray(12, body.length - 16)), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    throw new DomainError(
      "operation_failed",
      `cannot read ${where}: a sealed value failed authentication (changed on disk?)`,
    );
  }
}
