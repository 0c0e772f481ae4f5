export {
  createClient,
  type EnableRequest,
  type MountInfo,
  type PluginType,
  type RegisterRequest,
  type ReloadBackendRequest,
  type ReloadScope,
  type SysPluginsClient,
  type TuneRequest,
  type VaultResult,
} from "./client.js";
export { isNotFound, VaultResponseError } from "./errors.js";
export type { ClientOptions } from "./options.js";
