import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { failingFiles } from "../../../testing/failing-files.js";
import { exerciseStorage } from "../storage-suite.js";
import { openDurableStorage } from "./durable-storage.js";

exerciseStorage(
  "durable (lowdb + journal)",
  async () => {
    const dir = await mkdtemp(join(tmpdir(), "sysplugins-storage-"));
    const files = failingFiles();
    return {
      storage: await openDurableStorage(dir, { openFile: files.open }),
      reopen: () => openDurableStorage(dir),
      cleanup: () => rm(dir, { recursive: true, force: true }),
      failWrites(failing) {
        files.failing = failing;
      },
    };
  },
  { persists: true, failingWrites: true, visibleBeforeDurable: true },
);
