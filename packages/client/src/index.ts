export {
  type CatalogList,
  type CatalogListEntry,
  createClient,
  type EnableRequest,
  type Health,
  type Keys,
  type MountInfo,
  type Pin,
  type PinList,
  type PluginDetails,
  type PluginType,
  type RegisterRequest,
  type ReloadAnswer,
  type ReloadBackendRequest,
  type ReloadScope,
  type ReloadStatus,
  type SysPluginsClient,
  type TuneInfo,
  type TuneRequest,
  type VaultResult,
} from "./client.js";
export { parseDurationSecond } from "./duration.js";
export {
  isConnectionError,
  isNotFound,
  isPermissionDenied,
  isUnsupported,
  isVaultResponseError,
  VaultConnectionError,
  VaultResponseError,
} from "./errors.js";
export { type CallOptions, type ClientOptions, type Environment, tokenFromFile } from "./options.js";
