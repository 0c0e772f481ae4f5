// A real, small filesystem for disk-full tests: a tmpfs mounted on a temporary directory (root only),
// which a filler file fills to the last page and frees again. Unmounted by close().
import { execFile } from "node:child_process";
import { mkdtemp, open, rm, stat, truncate } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const PAGE = 4096;

export interface SmallDisk {
  /** The mount point. */
  dir: string;
  /** Fills the filesystem, leaving `leaveBytes` (rounded up to whole pages) free. */
  fill(leaveBytes?: number): Promise<void>;
  /** Removes the filler: space returns. */
  free(): Promise<void>;
  close(): Promise<void>;
}

/** Mounts a tmpfs of `bytes`; returns why not when the machine refuses (not root, no CAP_SYS_ADMIN). */
export async function mountSmallDisk(bytes = 2 * 1024 * 1024): Promise<SmallDisk | string> {
  const dir = await mkdtemp(join(tmpdir(), "sysplugins-disk-"));
  try {
    await run("mount", ["-t", "tmpfs", "-o", `size=${bytes},mode=0700`, "tmpfs", dir]);
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    return `cannot mount a tmpfs: ${(err as Error).message.trim()}`;
  }
  const filler = join(dir, "filler");
  return {
    dir,
    async fill(leaveBytes = 0) {
      const handle = await open(filler, "a");
      const chunk = Buffer.alloc(64 * 1024);
      try {
        for (;;) await handle.write(chunk);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "ENOSPC") throw err;
      } finally {
        await handle.close();
      }
      if (leaveBytes > 0) {
        const { size } = await stat(filler);
        await truncate(filler, Math.max(0, size - Math.ceil(leaveBytes / PAGE) * PAGE));
      }
    },
    free: () => rm(filler, { force: true }),
    async close() {
      await run("umount", ["-l", dir]).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
