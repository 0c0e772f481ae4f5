// Token and accessor text, and the hash a token is stored by.
import { createHash, randomInt } from "node:crypto";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** base62.Random(24), as the token store makes token ids and accessors (TokenLength). */
export function base62(length = 24): string {
  let out = "";
  for (let i = 0; i < length; i++) out += BASE62[randomInt(62)];
  return out;
}

/** What a token is stored and found by: never the token itself. */
export const hashToken = (token: string): string => createHash("sha256").update(token, "utf8").digest("hex");
