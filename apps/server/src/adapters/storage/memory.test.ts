import { createMemoryStorage } from "./memory.js";
import { exerciseStorage } from "./storage-suite.js";

exerciseStorage("memory", async () => ({ storage: createMemoryStorage() }));
