import { createMemoryStorage } from "./memory.js";
import { exerciseStorage } from "./storage-suite.js";

exerciseStorage("memory", async () => ({ storage: createMemoryStorage() }), {
  persists: "the memory adapter keeps nothing past its process",
  failingWrites: "the memory adapter writes to nothing that can fail",
  visibleBeforeDurable: "the memory adapter is never durable, so nothing waits to become so",
});
