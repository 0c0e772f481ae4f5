// The public shapes of the host: what a caller passes to start a plugin and what it gets back.

/** Which handshake (magic cookie) and app protocol versions the host offers. */
export type PluginKind = "backend" | "database";

export type LogLevel = "trace" | "debug" | "info" | "warn" | "error";

/** Where the plugin's stderr lines and the host's own notes go. */
export interface HostLogger {
  log(level: LogLevel, message: string, fields?: Record<string, unknown>): void;
}

/**
 * Where the host process's own environment goes in the plugin's (both products pass theirs):
 * - "under": first, so the catalog entry's env and the SDK variables override it (Vault, which sets
 *   go-plugin's SkipHostEnv and layers os.Environ() first);
 * - "over": after the catalog entry's env and the SDK variables, before go-plugin's own (OpenBao, whose
 *   go-plugin client appends os.Environ());
 * - "none": not passed at all.
 */
export type ParentEnvPosition = "under" | "over" | "none";

/** The wording of go-plugin's client errors, which changed case between releases. */
export type GoPluginWording = "1.6" | "1.8";

export interface StartOptions {
  /** Absolute path of the binary (the caller verified it). */
  command: string;
  args?: readonly string[];
  /** The catalog entry's "K=V" strings (secrets: never logged). */
  env?: readonly string[];
  /** Which cookie and protocol versions to offer. */
  kind: PluginKind;
  /** Variables the server sets per product (e.g. VAULT_VERSION, BAO_VERSION), after the catalog env. */
  hostEnv?: Record<string, string>;
  /** The host process's environment and where it goes; default "under" with process.env. */
  parentEnv?: ParentEnvPosition;
  /** The environment "under"/"over" pass; default process.env. */
  parentEnvValues?: Record<string, string | undefined>;
  /** App protocol versions offered (PLUGIN_PROTOCOL_VERSIONS); default [5] for backends, [5, 6] for databases. */
  protocolVersions?: readonly number[];
  /** go-plugin's StartTimeout: how long to wait for the handshake line; default 60_000. */
  startTimeoutMs?: number;
  /** Grace after GRPCController.Shutdown before the process group is killed; default 2_000 (go-plugin's). */
  killGraceMs?: number;
  /** The plugin's stderr JSON lines at their @level (hclog), plain lines at debug. */
  logger?: HostLogger;
  /**
   * Start the plugin through `setpriv --pdeathsig KILL` (Linux, util-linux) so it dies with the host even
   * when the host is SIGKILLed; default true. false starts it as Vault does, outliving such a host.
   */
  tieToHost?: boolean;
  /**
   * The curve of the host's per-process key: "P-521" (go-plugin's, the default) or "P-256". The plugin
   * trusts whichever certificate it is handed; P-256 roughly halves the cost of each mutual-TLS handshake
   * (one per process and one per backend instance's broker connection). Nothing a user sees changes.
   */
  hostKeyCurve?: "P-521" | "P-256";
  /** Error texts as go-plugin "1.8" (OpenBao 2.7, measured) or "1.6" (Vault's SDK) words them. */
  wording?: GoPluginWording;
  signal?: AbortSignal;
}

export interface PluginProcess {
  readonly pid: number;
  /** The app protocol the plugin chose. */
  readonly protocolVersion: number;
  /** MultiplexingSupport said yes (Unimplemented counts as no). */
  readonly multiplexed: boolean;
  readonly exited: Promise<{ code: number | null; signal: string | null }>;
  isAlive(): boolean;
  /**
   * The plugin's self-reported version (logical.PluginVersion), "" if none or Unimplemented. For a
   * backend plugin this sets up a throwaway instance first, as Vault's catalog does at registration.
   */
  version(): Promise<string>;
  /** Kind "backend": sets up one backend instance (one per mount; the multiplex id is inside). */
  backend(opts: BackendOptions): Promise<BackendClient>;
  /** Kind "database": one connection's instance. */
  database(opts?: { id?: string }): Promise<DatabaseClient>;
  /** Broker and GRPCController.Shutdown, then SIGKILL of the whole process group after a short grace. */
  kill(): Promise<void>;
}

export interface StorageEntry {
  key: string;
  value: Uint8Array;
  sealWrap?: boolean;
}

/** The plugin's storage, implemented by the caller (the server over its storage port). */
export interface HostStorage {
  list(prefix: string): Promise<string[]>;
  get(key: string): Promise<StorageEntry | undefined>;
  put(entry: StorageEntry): Promise<void>;
  delete(key: string): Promise<void>;
}

/** What the host's SystemView answers the plugin. */
export interface SystemViewValues {
  defaultLeaseTtlSeconds: number;
  maxLeaseTtlSeconds: number;
  localMount: boolean;
  mlockEnabled?: boolean;
  tainted?: boolean;
  cachingDisabled?: boolean;
  /** consts.ReplicationState bits; 0 for a server without replication. */
  replicationState?: number;
  pluginEnv?: { vaultVersion: string; vaultVersionPrerelease?: string; vaultVersionMetadata?: string };
  clusterInfo?: { clusterName?: string; clusterId?: string };
}

export interface BackendOptions {
  /** The mount's backend UUID (SetupArgs.backendUUID). */
  backendUuid: string;
  /** The mount's options (SetupArgs.Config). */
  config: Record<string, string>;
  storage: HostStorage;
  systemView: SystemViewValues;
  /** The multiplex id; default a random UUID, as Vault's catalog makes one per client. */
  id?: string;
}

export type Operation =
  | "create"
  | "read"
  | "update"
  | "patch"
  | "delete"
  | "list"
  | "help"
  | "alias-lookahead"
  | "resolve-role"
  | "header"
  | "renew"
  | "revoke"
  | "rollback";

export interface LeaseOptions {
  ttlSeconds: number;
  maxTtlSeconds: number;
  renewable: boolean;
  incrementSeconds: number;
  /** RFC 3339, when the plugin set one. */
  issueTime?: string;
}

export interface PluginSecret {
  leaseOptions: LeaseOptions;
  internalData: Record<string, unknown>;
  leaseId: string;
}

export interface PluginAlias {
  mountType: string;
  mountAccessor: string;
  name: string;
  metadata: Record<string, string>;
  id: string;
  namespaceId: string;
  customMetadata: Record<string, string>;
  local: boolean;
}

export interface PluginAuth {
  leaseOptions: LeaseOptions;
  internalData: Record<string, unknown>;
  displayName: string;
  policies: string[];
  metadata: Record<string, string>;
  clientToken: string;
  accessor: string;
  periodSeconds: number;
  numUses: number;
  entityId: string;
  alias?: PluginAlias;
  groupAliases: PluginAlias[];
  boundCidrs: string[];
  tokenPolicies: string[];
  identityPolicies: string[];
  explicitMaxTtlSeconds: number;
  /** logical.TokenType: 0 default, 1 service, 2 batch, 3 default-service, 4 default-batch. */
  tokenType: number;
  noDefaultPolicy: boolean;
}

export interface ResponseWrapInfo {
  ttlSeconds: number;
  token: string;
  accessor: string;
  creationTime?: string;
  wrappedAccessor: string;
  wrappedEntityId: string;
  format: string;
  creationPath: string;
  sealWrap: boolean;
}

export interface PluginRequest {
  id: string;
  operation: Operation;
  /** Relative to the mount. */
  path: string;
  data?: Record<string, unknown>;
  headers?: Record<string, string[]>;
  mountPoint: string;
  mountType: string;
  mountAccessor: string;
  clientToken?: string;
  clientTokenAccessor?: string;
  clientTokenRemainingUses?: number;
  displayName?: string;
  entityId?: string;
  policyOverride?: boolean;
  unauthenticated?: boolean;
  replicationCluster?: string;
  connection?: { remoteAddr: string; remotePort?: number };
  wrapInfo?: { ttlSeconds: number; format?: string; sealWrap?: boolean };
  /** For renew/revoke of a lease the plugin issued. */
  secret?: PluginSecret;
  /** For renew of a token the plugin issued. */
  auth?: PluginAuth;
}

export interface PluginResponse {
  data?: Record<string, unknown>;
  warnings?: string[];
  redirect?: string;
  auth?: PluginAuth;
  secret?: PluginSecret;
  headers?: Record<string, string[]>;
  wrapInfo?: ResponseWrapInfo;
  mountType?: string;
}

/** pb.ProtoError as the plugin sent it: err_type (pb.ErrType*), err_msg, err_code. */
export interface ProtoError {
  type: number;
  message: string;
  code: number;
}

export type HandleResult = { response?: PluginResponse; error?: ProtoError };

export interface SpecialPaths {
  root: string[];
  unauthenticated: string[];
  localStorage: string[];
  sealWrapStorage: string[];
  writeForwardedStorage: string[];
  binary: string[];
  limited: string[];
  allowSnapshotRead: string[];
}

export interface BackendClient {
  /** The multiplex id of this instance ("" on a plugin that does not multiplex). */
  readonly id: string;
  /** logical.Backend Initialize, which Vault calls once a mount is set up (Unimplemented: no-op). */
  initialize(): Promise<ProtoError | undefined>;
  type(): Promise<"secret" | "auth" | "unknown">;
  /** This instance's logical.PluginVersion ("" if none or Unimplemented). */
  version(): Promise<string>;
  handleRequest(req: PluginRequest, signal?: AbortSignal): Promise<HandleResult>;
  /** undefined where the Go client answers nil (an error or no paths). */
  specialPaths(): Promise<SpecialPaths | undefined>;
  existenceCheck(req: PluginRequest): Promise<{ checkFound: boolean; exists: boolean; error?: ProtoError }>;
  invalidateKey(key: string): Promise<void>;
  /** The plugin's Cleanup of this instance, then the broker server for it stops. */
  cleanup(): Promise<void>;
}

export interface DatabaseClient {
  readonly id: string;
  type(): Promise<string>;
  version(): Promise<string>;
  initialize(config: Record<string, unknown>, verifyConnection: boolean): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}
