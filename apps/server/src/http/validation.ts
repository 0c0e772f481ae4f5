// Request-body validators: AJV's (JSON Schema 2020-12) standalone code, generated from the contract when
// it is built (packages/api/scripts/generate.mjs). Vault's weak typing is AJV's type coercion ("true" -> true, "x" -> ["x"], 1 -> "1"). A failure becomes a 400 in Vault's words: the
// contract's `x-vault-errors` gives the text per keyword; among several failures the one Vault checks
// first wins, which is the order of `properties` in the schema.
import { type JsonSchema, type OpenApiDocument, requestBodyValidators } from "@sysplugins/api";
import { goHexError, parseBool } from "@sysplugins/go-semantics";
import type { ErrorObject, ValidateFunction } from "ajv";
import type { Body } from "./body.js";
import { VaultError } from "./vault-error.js";

export type BodyValidator = (body: Body) => void;

const methods = ["get", "put", "post", "delete", "patch"] as const;

function resolve(contract: OpenApiDocument, value: unknown): Record<string, unknown> {
  let node = value as Record<string, unknown>;
  while (node && typeof node.$ref === "string") {
    const path = (node.$ref as string).replace(/^#\//, "").split("/");
    node = path.reduce<unknown>((n, key) => (n as Record<string, unknown>)[key], contract) as Record<
      string,
      unknown
    >;
  }
  return node;
}

/** JSON of a value for a message; a value nested too deep to serialise is not shown. */
function shown(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return "(nested too deeply to show)";
  }
}

function render(template: string, value: unknown): string {
  const text = typeof value === "string" ? value : shown(value);
  return template.replaceAll("{value}", text).replaceAll("{goHexError}", () => goHexError(text) ?? "");
}

/** The texts for a schema: Vault's (`x-vault-errors`), with the product's own where it differs (`x-openbao-errors`). */
function texts(schema: JsonSchema, product: string): Record<string, string> | undefined {
  const vault = schema["x-vault-errors"] as Record<string, string> | undefined;
  const own = schema[`x-${product}-errors`] as Record<string, string> | undefined;
  return vault || own ? { ...vault, ...own } : undefined;
}

function vaultMessage(error: ErrorObject, product: string): string {
  const parent = (error.parentSchema ?? {}) as JsonSchema;
  const field = error.instancePath.split("/").filter(Boolean).join(".");
  if (error.keyword === "required") {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    const property = ((parent.properties as Record<string, JsonSchema> | undefined)?.[missing] ??
      {}) as JsonSchema;
    const text = texts(property, product)?.required;
    return text ?? `Field validation failed: missing required field "${missing}"`;
  }
  const text = texts(parent, product)?.[error.keyword];
  if (text) return render(text, error.data);
  if (
    error.keyword === "type" &&
    product === "openbao" &&
    (error.params as { type: string }).type === "array"
  ) {
    // OpenBao's mapstructure v2 weakly wraps a lone value in a list, then fails on its element (measured on
    // bao 2.6.1 to 2.7.2: {"args":{"a":1}}).
    const kind =
      error.data !== null && typeof error.data === "object" ? "map[string]interface {}" : typeof error.data;
    return `Field validation failed: error converting input for field "${field}": decoding failed due to the following error(s):\n\n'[0]' expected type 'string', got unconvertible type '${kind}'`;
  }
  if (error.keyword === "type") {
    return `Field validation failed: error converting input ${shown(error.data)} for field "${field}": expected ${(error.params as { type: string }).type}`;
  }
  return `Field validation failed: field "${field}" ${error.message ?? "is invalid"}`;
}

/** mapstructure's weak decoding reads a string as a boolean with Go's strconv.ParseBool; AJV knows only "true"/"false". */
function parseBools(contract: OpenApiDocument, schemaNode: unknown, data: unknown): void {
  const schema = resolve(contract, schemaNode);
  if (!schema || typeof data !== "object" || data === null || Array.isArray(data)) return;
  for (const part of (schema.allOf as unknown[] | undefined) ?? []) parseBools(contract, part, data);
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const record = data as Record<string, unknown>;
  for (const [key, sub] of Object.entries(properties)) {
    const value = record[key];
    const resolved = resolve(contract, sub);
    const read = resolved?.type === "boolean" && typeof value === "string" ? parseBool(value) : undefined;
    if (read !== undefined) record[key] = read;
    else if (typeof value === "object") parseBools(contract, resolved, value);
  }
}

/**
 * One validator per operationId that takes a JSON body, over AJV's standalone code that the contract's
 * build generated (`requestBodyValidators` of @sysplugins/api): nothing is compiled at start-up. An
 * operation whose validator was not generated (a stale build) stops the server at boot.
 */
export function bodyValidators(
  contract: OpenApiDocument,
  compiled: Record<string, ValidateFunction> = requestBodyValidators,
  /** Whose texts: `x-vault-errors`, overridden by `x-<product>-errors` where that product differs. */
  product = "vault",
  /** Per operationId, body fields this release does not read: dropped before validation, never refused. */
  unread: Readonly<Record<string, readonly string[]>> = {},
): Map<string, BodyValidator> {
  const validators = new Map<string, BodyValidator>();
  for (const item of Object.values(contract.paths)) {
    for (const method of methods) {
      const op = item[method] as { operationId: string; requestBody?: unknown } | undefined;
      if (!op?.requestBody) continue;
      const content = resolve(contract, op.requestBody).content as Record<string, { schema: unknown }>;
      const schemaRef = content["application/json"]?.schema as { $ref?: string };
      const root = resolve(contract, schemaRef);
      const order = Object.keys((root.properties as object | undefined) ?? {});
      const rank = (e: ErrorObject) => {
        const name =
          e.keyword === "required" && e.instancePath === ""
            ? (e.params as { missingProperty: string }).missingProperty
            : (e.instancePath.split("/")[1] ?? "");
        const i = order.indexOf(name);
        return i === -1 ? order.length : i;
      };
      const validate = compiled[op.operationId];
      if (!validate) throw new Error(`no generated validator for ${op.operationId}: rebuild @sysplugins/api`);
      const dropped = unread[op.operationId] ?? [];
      validators.set(op.operationId, (body) => {
        for (const field of dropped) delete (body as Record<string, unknown>)[field];
        parseBools(contract, schemaRef, body);
        if (validate(body)) return;
        const first = [...(validate.errors ?? [])].sort((a, b) => rank(a) - rank(b))[0];
        throw VaultError.badRequest(first ? vaultMessage(first, product) : "Field validation failed");
      });
    }
  }
  return validators;
}
