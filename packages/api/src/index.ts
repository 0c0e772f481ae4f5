export { contract } from "./generated/contract.js";
export type { components, operations, paths } from "./generated/schema.js";
export type { JsonSchema, OpenApiDocument } from "./openapi-document.js";

import type { ValidateFunction } from "ajv";
import { requestBodyValidators as generated } from "./generated/validators.js";

/** AJV's standalone validator of each operation's request body, by operationId (generated from the contract). */
export const requestBodyValidators = generated as unknown as Record<string, ValidateFunction>;

import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

/** Vault's response envelope around an operation's `data`. */
export type VaultResponse<T> = Schemas["Envelope"] & { data: T };
/** Vault's error body. */
export type VaultErrorBody = Schemas["ErrorResponse"];
export type PluginType = Schemas["PluginType"];
export type PluginDetails = Schemas["PluginDetails"];
export type CatalogListEntry = Schemas["CatalogListEntry"];
export type MountInfo = Schemas["MountInfo"];
export type Pin = Schemas["Pin"];
export type RegisterRequest = Schemas["RegisterRequest"];
export type EnableRequest = Schemas["EnableRequest"];
export type TuneRequest = Schemas["TuneRequest"];
export type ReloadBackendRequest = Schemas["ReloadBackendRequest"];
export type ReloadScope = Schemas["ReloadScope"];
