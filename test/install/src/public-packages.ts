// The packages a user installs, by workspace folder.
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../..", import.meta.url));

export const publicPackages = [
  "packages/api",
  "packages/go-semantics",
  "packages/go-plugin",
  "packages/client",
  "apps/server",
  "apps/cli",
  "test/conformance",
] as const;
