#!/usr/bin/env node
// Generates src/generated/ from the contract (openapi/openapi.yaml):
//   schema.ts   - the types, by openapi-typescript
//   contract.ts - the contract itself as data
//   validators.ts - AJV's standalone code validating each operation's request body, compiled here rather
//                   than at every start of the server (AJV options: Vault's weak typing, see below)
// With --check, writes nothing and fails when the committed files differ from what it would write.
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
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

/**
 * One validator per operationId that takes a JSON body. Vault's weak typing is AJV's coercion ("true" ->
 * true, "x" -> ["x"], 1 -> "1"); every error is kept, with its data and schema (verbose), so that the
 * server can answer the one Vault checks first, in Vault's words (x-vault-errors).
 */
function validatorsCode(document) {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    coerceTypes: "array",
    verbose: true,
    validateFormats: false,
    code: { source: true, esm: true, lines: true },
  });
  ajv.addSchema(document, "contract");
  const resolve = (node) => {
    while (node?.$ref)
      node = node.$ref
        .replace(/^#\//, "")
        .split("/")
        .reduce((n, k) => n[k], document);
    return node;
  };
  const names = {};
  const refs = {};
  for (const item of Object.values(document.paths)) {
    for (const method of ["get", "put", "post", "delete", "patch"]) {
      const op = item[method];
      if (!op?.requestBody) continue;
      const schema = resolve(op.requestBody).content["application/json"].schema;
      // One function per schema: operations sharing a body schema share its validator.
      const ref = schema.$ref ? `contract${schema.$ref}` : `#${op.operationId}`;
      if (!schema.$ref) ajv.addSchema(schema, ref);
      const name = `validate${ref.split("/").pop().replace(/\W/g, "_")}`;
      refs[name] = ref;
      names[op.operationId] = name;
    }
  }
  const runtime = 'require("ajv/dist/runtime/ucs2length")';
  const code = standaloneCode(ajv, refs)
    .replace(/^"use strict";/, "")
    .replaceAll(runtime, "ucs2length");
  if (code.includes("require("))
    throw new Error("AJV's standalone code needs a runtime module this script does not import");
  const table = Object.entries(names).map(([op, name]) => `  ${JSON.stringify(op)}: ${name},`);
  return [
    "// @ts-nocheck",
    'import ucs2lengthModule from "ajv/dist/runtime/ucs2length.js";',
    "// Node gives the CommonJS exports object, bundlers its default export.",
    "const ucs2length = { default: ucs2lengthModule.default ?? ucs2lengthModule };",
    code,
    "",
    "/** The request-body validator of each operationId that takes a body. */",
    `export const requestBodyValidators = {\n${table.join("\n")}\n};`,
    "",
  ].join("\n");
}

const types = astToString(await openapiTS(document, { alphabetize: false, exportType: false }));
const files = {
  "schema.ts": `${banner("the types (openapi-typescript)")}${types}`,
  "validators.ts": `${banner("AJV's standalone request-body validators")}${validatorsCode(document)}`,
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
