import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exerciseStorage } from "../storage-suite.js";
import { openDurableStorage } from "./durable-storage.js";

exerciseStorage("durable (lowdb + journal)", async () => {
  const dir = await mkdtemp(join(tmpdir(), "sysplugins-storage-"));
  return {
    storage: await openDurableStorage(dir),
    reopen: () => openDurableStorage(dir),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
});
