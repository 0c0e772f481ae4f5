import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

/** SHA-256 of a file as lowercase hex, streamed in 1 MiB chunks: a large binary is never held in memory. */
export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(path, { highWaterMark: 1024 * 1024 })
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}
