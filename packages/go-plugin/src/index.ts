// @sysplugins/go-plugin: a Node host for HashiCorp go-plugin processes as Vault and OpenBao run them.
export { BACKEND_SHUTDOWN } from "./backend-client.js";
export { DATABASE_SHUTDOWN } from "./database-client.js";
export { DEFAULT_PROTOCOL_VERSIONS, MAGIC_COOKIES } from "./env.js";
export {
  grpcCodeName,
  PluginRpcError,
  PluginShutdownError,
  PluginStartError,
  type StartFailure,
} from "./errors.js";
export { startPlugin } from "./plugin-process.js";
export type {
  BackendClient,
  BackendOptions,
  DatabaseClient,
  GoPluginWording,
  HandleResult,
  HostLogger,
  HostStorage,
  LeaseOptions,
  LogLevel,
  Operation,
  ParentEnvPosition,
  PluginAlias,
  PluginAuth,
  PluginKind,
  PluginProcess,
  PluginRequest,
  PluginResponse,
  PluginSecret,
  ProtoError,
  ResponseWrapInfo,
  SpecialPaths,
  StartOptions,
  StorageEntry,
  SystemViewValues,
} from "./types.js";
