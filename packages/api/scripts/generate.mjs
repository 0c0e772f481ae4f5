#!/usr/bin/env node
// Generates src/generated/ from the contract (openapi/openapi.yaml):
//   schema.ts   - the types, by openapi-typescript
//   contract.ts - the contract itself as data, for validators compiled at start-up
// With --check, writes nothing and fails when the committed files differ from what it would write.
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const contractPath = join(root, "..", "..", "openapi", "openapi.yaml");
const outDir = join(root, "src", "generated");
const fixCommand = "pnpm --filter @sysplugins/api generate";

const banner = (what) =>
  [
    "// This file is generated: do not edit it by hand.",
    `// It holds ${what} of openapi/openapi.yaml. Regenerate with: ${fixCommand}`,
    "",
  ].join("\n");

const document = parse(await readFile(contractPath, "utf8"));

const types = astToString(await openapiTS(document, { alphabetize: false, exportType: false }));
const files = {
  "schema.ts": `${banner("the types (openapi-typescript)")}${types}`,
  "contract.ts": `${banner("the contract, as data")}import type { OpenApiDocument } from "../openapi-document.js";\n\nexport const contract: OpenApiDocument = ${JSON.stringify(document, null, 2)};\n`,
};

const check = process.argv.includes("--check");
const stale = [];
for (const [name, content] of Object.entries(files)) {
  const path = join(outDir, name);
  if (check) {
    const current = await readFile(path, "utf8").catch(() => "");
    if (current !== content) stale.push(relative(process.cwd(), path));
  } else {
    await writeFile(path, content);
  }
}
if (stale.length > 0) {
  console.error(`Generated files are out of date with the contract: ${stale.join(", ")}`);
  console.error(`Run \`${fixCommand}\` and commit the result.`);
  process.exit(1);
}
if (check) console.log("generated files are up to date with openapi/openapi.yaml");
