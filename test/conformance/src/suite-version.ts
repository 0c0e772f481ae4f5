import { readFileSync } from "node:fs";

/** The suite's version: its package's, beside dist/ wherever it is installed. */
export const suiteVersion = (): string =>
  String(JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version);
