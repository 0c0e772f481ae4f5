import { defineConfig } from "vitest/config";

// Some tests start the built program as a child process; under a full parallel run on two cores that takes
// seconds, not milliseconds.
export default defineConfig({
  test: { include: ["src/**/*.test.ts"], testTimeout: 30_000, hookTimeout: 30_000 },
});
