// The data directory and the files in it are the server's alone. As PostgreSQL checks its data directory
// (src/backend/utils/init/miscinit.c checkDataDir): it must be owned by the server's user and neither
// writable by the group nor open to others (0700 or 0750). Files are created exclusively and never through
// a symlink, so no one can make the server write elsewhere; a file the server reads as a secret must be
// its own and private.
import { constants } from "node:fs";
import { open, rm, stat } from "node:fs/promises";

/** Refuses a data directory that another user owns, or that the group may write or others may enter. */
export async function checkPrivateDir(dir: string): Promise<void> {
  const st = await stat(dir);
  const uid = process.getuid?.();
  if (uid !== undefined && st.uid !== uid) {
    throw new Error(
      `data directory "${dir}" has wrong ownership\nThe server must be started by the user that owns the data directory.`,
    );
  }
  if ((st.mode & 0o027) !== 0) {
    throw new Error(
      `data directory "${dir}" has invalid permissions\nPermissions should be u=rwx (0700) or u=rwx,g=rx (0750).`,
    );
  }
}

/** Flags for a new file: created here, never an existing one, never through a symlink. */
export const CREATE_EXCLUSIVE =
  constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
/** Flags to open or create a file of the server's for reading and writing, never through a symlink. */
export const OPEN_OWN = constants.O_RDWR | constants.O_CREAT | constants.O_NOFOLLOW;

/** Removes what a crash (or anyone) left at a temporary name: a symlink is removed, not followed. */
export const clearTemporary = (file: string) => rm(file, { force: true });

/** Reads a file the server keeps a secret in: its own, readable by no one else, not a symlink. */
export async function readPrivateFile(file: string): Promise<string> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const st = await handle.stat();
    const uid = process.getuid?.();
    if (uid !== undefined && st.uid !== uid) {
      throw new Error(
        `${file} is not owned by this server's user (uid ${uid}, the file's is ${st.uid}): remove it`,
      );
    }
    if ((st.mode & 0o077) !== 0) {
      throw new Error(
        `${file} can be read or written by others (mode ${(st.mode & 0o777).toString(8)}): make it 0600 or remove it`,
      );
    }
    return await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
}
