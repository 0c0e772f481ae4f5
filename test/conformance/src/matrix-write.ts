#!/usr/bin/env node
// pnpm matrix: copies the results the last run saved (test/conformance/reports/*/results.json, each real
// release's test/differential/reports/openbao-*/differential.json, trimmed to its totals and allow-list)
// into docs/matrix/, then writes docs/MATRIX.md from them.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { readMatrixInput, renderMatrix, repoRoot } from "./matrix.js";

const saved = join(repoRoot, "docs", "matrix");
await mkdir(saved, { recursive: true });
const json = async (file: string) => JSON.parse(await readFile(file, "utf8"));
const dirs = async (dir: string) =>
  (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter((d) => d.isDirectory());

const conformance = join(repoRoot, "test", "conformance", "reports");
for (const d of await dirs(conformance)) {
  const results = await json(join(conformance, d.name, "results.json")).catch(() => undefined);
  if (results)
    await writeFile(join(saved, `conformance-${d.name}.json`), `${JSON.stringify(results, null, 2)}\n`);
}
const differential = join(repoRoot, "test", "differential", "reports");
for (const d of (await dirs(differential)).filter((x) => x.name.startsWith("openbao-"))) {
  const run = await json(join(differential, d.name, "differential.json")).catch(() => undefined);
  if (!run) continue;
  const { ours, openbao, totals, allowList } = run;
  await writeFile(
    join(saved, `differential-${d.name}.json`),
    `${JSON.stringify({ ours, openbao, totals, allowList }, null, 2)}\n`,
  );
}
const input = await readMatrixInput(saved);
await writeFile(join(repoRoot, "docs", "MATRIX.md"), renderMatrix(input));
console.log(
  `docs/MATRIX.md: ${input.conformance.length} targets, ${input.differential.length} differential runs`,
);
