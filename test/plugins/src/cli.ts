#!/usr/bin/env node
// pnpm build:plugins DIR: builds the test plugins into DIR, one line per binary on stdout.
import { buildPlugins, formatLine } from "./build.js";

const dir = process.argv[2];
if (!dir || dir === "--help" || dir === "-h") {
  process.stderr.write(
    "usage: pnpm build:plugins DIR\n" +
      "Builds the test plugins (Go, OpenBao SDK) into DIR and prints NAME VERSION SHA256 FILE per binary.\n",
  );
  process.exit(dir ? 0 : 2);
}
try {
  for (const binary of await buildPlugins(dir)) process.stdout.write(`${formatLine(binary)}\n`);
} catch (error) {
  process.stderr.write(`build:plugins: ${(error as Error).message}\n`);
  process.exit(1);
}
