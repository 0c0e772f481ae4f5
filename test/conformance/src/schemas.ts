// Response bodies checked against the contract's schemas, compiled once with AJV (JSON Schema 2020-12).
import { contract } from "@sysplugins/api";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { fail } from "./expect.js";

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema(contract as object, "contract");
const compiled = new Map<string, ValidateFunction>();

/** Fails unless `body` matches components.schemas[name] in openapi/openapi.yaml. */
export function matchesSchema(body: unknown, name: string, what: string): void {
  let validate = compiled.get(name);
  if (!validate) {
    validate = ajv.compile({ $ref: `contract#/components/schemas/${name}` });
    compiled.set(name, validate);
  }
  if (!validate(body)) {
    const first = validate.errors?.[0];
    fail(
      `${what}: the body does not match the contract's ${name}: ${first?.instancePath || "(root)"} ${first?.message ?? ""}`,
    );
  }
}
