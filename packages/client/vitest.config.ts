import { defineConfig } from "vitest/config";

// The end-to-end tests start a real server; on a loaded 2-core machine 5 s (vitest's default) is too short.
export default defineConfig({
  test: { include: ["src/**/*.test.ts"], testTimeout: 30_000, hookTimeout: 30_000 },
});
