// logical.Request/Response to and from their pb messages, as the SDK's translation does it: data as
// JSON text, durations as int64 nanoseconds, internal data as JSON text, timestamps as seconds+nanos.
import type {
  LeaseOptions,
  PluginAlias,
  PluginAuth,
  PluginRequest,
  PluginResponse,
  PluginSecret,
  ProtoError,
  ResponseWrapInfo,
} from "./types.js";

type Pb = Record<string, unknown>;

const NS_PER_SECOND = 1_000_000_000n;

/** Seconds (possibly fractional) to int64 nanoseconds as the text protobufjs takes. */
export function secondsToNanos(seconds: number | undefined): string {
  if (!seconds || !Number.isFinite(seconds)) return "0";
  const whole = Math.trunc(seconds);
  return (BigInt(whole) * NS_PER_SECOND + BigInt(Math.round((seconds - whole) * 1e9))).toString();
}

export function nanosToSeconds(nanos: unknown): number {
  if (nanos === null || nanos === undefined || nanos === "") return 0;
  const n = BigInt(String(nanos));
  return Number(n / NS_PER_SECOND) + Number(n % NS_PER_SECOND) / 1e9;
}

/** Go's zero time.Time (0001-01-01T00:00:00Z), which the SDK sends for an unset issue time. */
const GO_ZERO_SECONDS = -62135596800n;

function timestampToText(ts: unknown): string | undefined {
  if (!ts || typeof ts !== "object") return undefined;
  const { seconds, nanos } = ts as { seconds?: unknown; nanos?: number };
  const s = BigInt(String(seconds ?? "0"));
  if (s === GO_ZERO_SECONDS && !nanos) return undefined;
  const ms = Number(s) * 1000 + Math.floor((nanos ?? 0) / 1e6);
  return new Date(ms).toISOString();
}

function textToTimestamp(text: string | undefined): Pb {
  if (!text) return { seconds: GO_ZERO_SECONDS.toString(), nanos: 0 };
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return { seconds: GO_ZERO_SECONDS.toString(), nanos: 0 };
  const seconds = Math.floor(ms / 1000);
  return { seconds: String(seconds), nanos: (ms - seconds * 1000) * 1e6 };
}

function jsonObject(text: unknown): Record<string, unknown> {
  if (typeof text !== "string" || text === "") return {};
  const parsed = JSON.parse(text) as unknown;
  return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
}

function leaseFromPb(pb: unknown): LeaseOptions {
  const l = (pb ?? {}) as Pb;
  const out: LeaseOptions = {
    ttlSeconds: nanosToSeconds(l.TTL),
    maxTtlSeconds: nanosToSeconds(l.MaxTTL),
    renewable: Boolean(l.renewable),
    incrementSeconds: nanosToSeconds(l.increment),
  };
  const issued = timestampToText(l.issue_time);
  if (issued) out.issueTime = issued;
  return out;
}

function leaseToPb(lease: LeaseOptions | undefined): Pb {
  return {
    TTL: secondsToNanos(lease?.ttlSeconds),
    renewable: lease?.renewable ?? false,
    increment: secondsToNanos(lease?.incrementSeconds),
    issue_time: textToTimestamp(lease?.issueTime),
    MaxTTL: secondsToNanos(lease?.maxTtlSeconds),
  };
}

function secretFromPb(pb: unknown): PluginSecret | undefined {
  if (!pb) return undefined;
  const s = pb as Pb;
  return {
    leaseOptions: leaseFromPb(s.lease_options),
    internalData: jsonObject(s.internal_data),
    leaseId: String(s.lease_id ?? ""),
  };
}

function secretToPb(secret: PluginSecret | undefined): Pb | null {
  if (!secret) return null;
  return {
    lease_options: leaseToPb(secret.leaseOptions),
    internal_data: JSON.stringify(secret.internalData ?? null),
    lease_id: secret.leaseId,
  };
}

function aliasFromPb(pb: unknown): PluginAlias | undefined {
  if (!pb) return undefined;
  const a = pb as Pb;
  return {
    mountType: String(a.mount_type ?? ""),
    mountAccessor: String(a.mount_accessor ?? ""),
    name: String(a.name ?? ""),
    metadata: (a.metadata as Record<string, string>) ?? {},
    id: String(a.ID ?? ""),
    namespaceId: String(a.namespace_id ?? ""),
    customMetadata: (a.custom_metadata as Record<string, string>) ?? {},
    local: Boolean(a.local),
  };
}

function aliasToPb(alias: PluginAlias | undefined): Pb | null {
  if (!alias) return null;
  return {
    mount_type: alias.mountType,
    mount_accessor: alias.mountAccessor,
    name: alias.name,
    metadata: alias.metadata,
    ID: alias.id,
    namespace_id: alias.namespaceId,
    custom_metadata: alias.customMetadata,
    local: alias.local,
  };
}

function authFromPb(pb: unknown): PluginAuth | undefined {
  if (!pb) return undefined;
  const a = pb as Pb;
  const alias = aliasFromPb(a.alias);
  return {
    leaseOptions: leaseFromPb(a.lease_options),
    internalData: jsonObject(a.internal_data),
    displayName: String(a.display_name ?? ""),
    policies: (a.policies as string[]) ?? [],
    metadata: (a.metadata as Record<string, string>) ?? {},
    clientToken: String(a.client_token ?? ""),
    accessor: String(a.accessor ?? ""),
    periodSeconds: nanosToSeconds(a.period),
    numUses: Number(a.num_uses ?? 0),
    entityId: String(a.entity_id ?? ""),
    ...(alias ? { alias } : {}),
    groupAliases: ((a.group_aliases as unknown[]) ?? []).map((g) => aliasFromPb(g) as PluginAlias),
    boundCidrs: (a.bound_cidrs as string[]) ?? [],
    tokenPolicies: (a.token_policies as string[]) ?? [],
    identityPolicies: (a.identity_policies as string[]) ?? [],
    explicitMaxTtlSeconds: nanosToSeconds(a.explicit_max_ttl),
    tokenType: Number(a.token_type ?? 0),
    noDefaultPolicy: Boolean(a.no_default_policy),
  };
}

function authToPb(auth: PluginAuth | undefined): Pb | null {
  if (!auth) return null;
  return {
    lease_options: leaseToPb(auth.leaseOptions),
    internal_data: JSON.stringify(auth.internalData ?? null),
    display_name: auth.displayName,
    policies: auth.policies,
    metadata: auth.metadata,
    client_token: auth.clientToken,
    accessor: auth.accessor,
    period: secondsToNanos(auth.periodSeconds),
    num_uses: String(auth.numUses ?? 0),
    entity_id: auth.entityId,
    alias: aliasToPb(auth.alias),
    group_aliases: (auth.groupAliases ?? []).map(aliasToPb),
    bound_cidrs: auth.boundCidrs,
    token_policies: auth.tokenPolicies,
    identity_policies: auth.identityPolicies,
    explicit_max_ttl: secondsToNanos(auth.explicitMaxTtlSeconds),
    token_type: auth.tokenType,
    no_default_policy: auth.noDefaultPolicy,
  };
}

function headersToPb(headers: Record<string, string[]> | undefined): Pb {
  const out: Pb = {};
  for (const [key, values] of Object.entries(headers ?? {})) out[key] = { header: values };
  return out;
}

function headersFromPb(pb: unknown): Record<string, string[]> | undefined {
  const entries = Object.entries((pb as Record<string, { header?: string[] }>) ?? {});
  if (entries.length === 0) return undefined;
  return Object.fromEntries(entries.map(([k, v]) => [k, v?.header ?? []]));
}

export function requestToPb(req: PluginRequest): Pb {
  return {
    id: req.id,
    ReplicationCluster: req.replicationCluster ?? "",
    operation: req.operation,
    path: req.path,
    data: JSON.stringify(req.data ?? null),
    secret: secretToPb(req.secret),
    auth: authToPb(req.auth),
    headers: headersToPb(req.headers),
    client_token: req.clientToken ?? "",
    client_token_accessor: req.clientTokenAccessor ?? "",
    display_name: req.displayName ?? "",
    mount_point: req.mountPoint,
    mount_type: req.mountType,
    mount_accessor: req.mountAccessor,
    wrap_info: req.wrapInfo
      ? {
          TTL: secondsToNanos(req.wrapInfo.ttlSeconds),
          format: req.wrapInfo.format ?? "",
          seal_wrap: req.wrapInfo.sealWrap ?? false,
        }
      : null,
    client_token_remaining_uses: String(req.clientTokenRemainingUses ?? 0),
    entity_id: req.entityId ?? "",
    policy_override: req.policyOverride ?? false,
    unauthenticated: req.unauthenticated ?? false,
    connection: req.connection
      ? { remote_addr: req.connection.remoteAddr, remote_port: req.connection.remotePort ?? 0 }
      : null,
  };
}

function wrapInfoFromPb(pb: unknown): ResponseWrapInfo | undefined {
  if (!pb) return undefined;
  const w = pb as Pb;
  const info: ResponseWrapInfo = {
    ttlSeconds: nanosToSeconds(w.TTL),
    token: String(w.token ?? ""),
    accessor: String(w.accessor ?? ""),
    wrappedAccessor: String(w.wrapped_accessor ?? ""),
    wrappedEntityId: String(w.wrapped_entity_id ?? ""),
    format: String(w.format ?? ""),
    creationPath: String(w.creation_path ?? ""),
    sealWrap: Boolean(w.seal_wrap),
  };
  const created = timestampToText(w.creation_time);
  if (created) info.creationTime = created;
  return info;
}

/** The plugin's pb.Response; undefined where the Go client gets a nil response. */
export function responseFromPb(pb: unknown): PluginResponse | undefined {
  if (!pb) return undefined;
  const r = pb as Pb;
  const out: PluginResponse = {};
  const data = typeof r.data === "string" && r.data !== "" ? (JSON.parse(r.data) as unknown) : null;
  if (data && typeof data === "object") out.data = data as Record<string, unknown>;
  const warnings = (r.warnings as string[]) ?? [];
  if (warnings.length > 0) out.warnings = warnings;
  if (r.redirect) out.redirect = String(r.redirect);
  const auth = authFromPb(r.auth);
  if (auth) out.auth = auth;
  const secret = secretFromPb(r.secret);
  if (secret) out.secret = secret;
  const headers = headersFromPb(r.headers);
  if (headers) out.headers = headers;
  const wrapInfo = wrapInfoFromPb(r.wrap_info);
  if (wrapInfo) out.wrapInfo = wrapInfo;
  if (r.mount_type) out.mountType = String(r.mount_type);
  return out;
}

export function protoErrorFromPb(pb: unknown): ProtoError | undefined {
  if (!pb) return undefined;
  const e = pb as Pb;
  return { type: Number(e.err_type ?? 0), message: String(e.err_msg ?? ""), code: Number(e.err_code ?? 0) };
}

/** google.protobuf.Struct <-> plain objects (as Go's structpb does: numbers are float64). */
export function toStruct(value: Record<string, unknown>): Pb {
  const fields: Pb = {};
  for (const [k, v] of Object.entries(value)) fields[k] = toValue(v);
  return { fields };
}

function toValue(v: unknown): Pb {
  if (v === null || v === undefined) return { nullValue: 0 };
  if (typeof v === "number") return { numberValue: v };
  if (typeof v === "string") return { stringValue: v };
  if (typeof v === "boolean") return { boolValue: v };
  if (Array.isArray(v)) return { listValue: { values: v.map(toValue) } };
  if (typeof v === "object") return { structValue: toStruct(v as Record<string, unknown>) };
  return { stringValue: String(v) };
}

export function fromStruct(pb: unknown): Record<string, unknown> {
  const fields = ((pb as Pb | null)?.fields ?? {}) as Record<string, Pb>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) out[k] = fromValue(v);
  return out;
}

function fromValue(v: Pb | undefined): unknown {
  if (!v) return null;
  switch (v.kind) {
    case "numberValue":
      return v.numberValue;
    case "stringValue":
      return v.stringValue;
    case "boolValue":
      return v.boolValue;
    case "structValue":
      return fromStruct(v.structValue);
    case "listValue":
      return (((v.listValue as Pb)?.values as Pb[]) ?? []).map(fromValue);
    default:
      return null;
  }
}
