// createClient: the raw openapi-fetch client typed by the contract, and thin wrappers for the common jobs.
import type {
  CatalogListEntry,
  components,
  EnableRequest,
  MountInfo,
  Pin,
  PluginDetails,
  PluginType,
  paths,
  RegisterRequest,
  ReloadBackendRequest,
  ReloadScope,
  TuneRequest,
} from "@sysplugins/api";
import createFetchClient, { type Client } from "openapi-fetch";
import { VaultConnectionError, VaultResponseError } from "./errors.js";
import { type CallOptions, type ClientOptions, resolveOptions } from "./options.js";

type Schemas = components["schemas"];

export type {
  CatalogListEntry,
  EnableRequest,
  MountInfo,
  Pin,
  PluginDetails,
  PluginType,
  RegisterRequest,
  ReloadBackendRequest,
  ReloadScope,
  TuneRequest,
} from "@sysplugins/api";
export type TuneInfo = Schemas["TuneInfo"];
export type Health = Schemas["Health"];
export type CatalogList = Schemas["CatalogList"];
export type Keys = Schemas["Keys"];
export type DatabaseConnection = Schemas["DatabaseConnection"];
export type DatabaseConnectionRequest = Schemas["DatabaseConnectionRequest"];
export interface PinList {
  pinned_versions: Pin[];
}
export interface ReloadAnswer {
  reload_id: string;
}
export interface ReloadStatus {
  reload_id: string;
  /** Per node: when it reloaded, and its error ("" when none). */
  results: Record<string, { timestamp: string; error: string }>;
}

/** What a call answered: its data (undefined for a 204), Vault's warnings, and the request's ID. */
export interface VaultResult<T> {
  data: T;
  warnings: string[];
  requestId: string;
  status: number;
}

interface FetchOutcome {
  data?: unknown;
  error?: unknown;
  response: Response;
}

async function settle<T>(
  requests: WeakMap<Response, Request>,
  call: Promise<FetchOutcome>,
): Promise<VaultResult<T>> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const errors = (error as { errors?: unknown } | undefined)?.errors;
    const request = requests.get(response);
    throw new VaultResponseError(
      response.status,
      Array.isArray(errors) ? errors.map(String) : [],
      request?.method ?? "",
      request?.url ?? response.url,
    );
  }
  const envelope = data as { data?: unknown; warnings?: string[] | null; request_id?: string } | undefined;
  return {
    data: envelope?.data as T,
    warnings: envelope?.warnings ?? [],
    requestId: envelope?.request_id ?? "",
    status: response.status,
  };
}

/**
 * A signal that aborts with a TimeoutError after `ms`. Not AbortSignal.timeout: Node holds that signal
 * weakly (and AbortSignal.any holds its sources weakly), so a garbage collection while the call waits
 * loses it and the call never times out. Here the timer holds the controller until it fires; it is unref'd
 * so that it never keeps a process alive.
 */
function timeoutSignal(ms: number): AbortSignal {
  const controller = new AbortController();
  const timer: unknown = setTimeout(
    () => controller.abort(new DOMException("The operation was aborted due to timeout", "TimeoutError")),
    ms,
  );
  (timer as { unref?: () => void }).unref?.();
  return controller.signal;
}

export function createClient(options: ClientOptions = {}) {
  const resolved = resolveOptions(options);
  const headers: Record<string, string> = {};
  if (resolved.token) headers["X-Vault-Token"] = resolved.token;
  if (resolved.namespace) headers["X-Vault-Namespace"] = resolved.namespace;
  // Each response remembers its request, so that an error can say which request failed.
  const requests = new WeakMap<Response, Request>();
  const send = resolved.fetch ?? ((request: Request, init?: Record<string, unknown>) => fetch(request, init));
  // Every request is bounded by the client's timeout and signal; a wrapper's call may give its own
  // timeout, which then replaces the client's (the wrappers use `inner`, `raw` keeps the client's).
  const transport = (applyTimeout: boolean) => async (request: Request) => {
    const signals = [request.signal];
    if (resolved.signal) signals.push(resolved.signal);
    if (applyTimeout && resolved.timeout > 0) signals.push(timeoutSignal(resolved.timeout));
    let response: Response;
    try {
      response = await send(request, { ...resolved.requestInitExt, signal: AbortSignal.any(signals) });
    } catch (err) {
      throw new VaultConnectionError(resolved.address, request.method, request.url, err);
    }
    requests.set(response, request);
    return response;
  };
  const make = (applyTimeout: boolean): Client<paths> =>
    createFetchClient<paths>({ baseUrl: `${resolved.address}/v1`, headers, fetch: transport(applyTimeout) });
  const raw = make(true);
  const inner = make(false);

  const call = <T>(outcome: Promise<FetchOutcome>) => settle<T>(requests, outcome);
  /** The per-call init: the caller's signal and the call's timeout (else the client's). */
  const init = (o: CallOptions = {}): { signal?: AbortSignal } => {
    const timeout = o.timeout ?? resolved.timeout;
    const signals = [...(o.signal ? [o.signal] : []), ...(timeout > 0 ? [timeoutSignal(timeout)] : [])];
    return signals.length ? { signal: AbortSignal.any(signals) } : {};
  };

  const mountApi = (table: "mounts" | "auth") => ({
    list: (o?: CallOptions) => call<Record<string, MountInfo>>(inner.GET(`/sys/${table}`, init(o))),
    read: (path: string, o?: CallOptions) =>
      call<MountInfo>(inner.GET(`/sys/${table}/{path}`, { params: { path: { path } }, ...init(o) })),
    enable: (path: string, body: EnableRequest, o?: CallOptions) =>
      call<undefined>(inner.POST(`/sys/${table}/{path}`, { params: { path: { path } }, body, ...init(o) })),
    disable: (path: string, o?: CallOptions) =>
      call<undefined>(inner.DELETE(`/sys/${table}/{path}`, { params: { path: { path } }, ...init(o) })),
    readTune: (path: string, o?: CallOptions) =>
      call<TuneInfo>(inner.GET(`/sys/${table}/{path}/tune`, { params: { path: { path } }, ...init(o) })),
    tune: (path: string, body: TuneRequest, o?: CallOptions) =>
      call<undefined>(
        inner.POST(`/sys/${table}/{path}/tune`, { params: { path: { path } }, body, ...init(o) }),
      ),
  });

  return {
    /** The openapi-fetch client, typed by the contract, for anything the wrappers do not cover. It uses
     *  the client's timeout and signal; pass `signal` in a call's options for more. */
    raw,
    address: resolved.address,

    /** GET sys/health (not enveloped: the body is the data). */
    async health(o?: CallOptions): Promise<Health> {
      const { data, response } = await inner.GET("/sys/health", init(o));
      if (!data)
        throw new VaultResponseError(response.status, [], "GET", `${resolved.address}/v1/sys/health`);
      return data;
    },

    catalog: {
      /** Every plugin: names per type and the `detailed` entries. */
      list: (o?: CallOptions) => call<CatalogList>(inner.GET("/sys/plugins/catalog", init(o))),
      /** The names of one type (GET ?list=true, which passes through any proxy). */
      names: (type: PluginType, o?: CallOptions) =>
        call<Keys>(
          inner.GET("/sys/plugins/catalog/{type}", {
            params: { path: { type }, query: { list: "true" } },
            ...init(o),
          }),
        ),
      /** One entry; `version` picks a registered version. */
      read: (type: PluginType, name: string, version?: string, o?: CallOptions) =>
        call<PluginDetails>(
          inner.GET("/sys/plugins/catalog/{type}/{name}", {
            params: { path: { type, name }, query: version ? { version } : {} },
            ...init(o),
          }),
        ),
      /** The registered versions of a plugin, oldest first, from the detailed list. */
      async versions(type: PluginType, name: string, o?: CallOptions): Promise<CatalogListEntry[]> {
        const { data } = await call<CatalogList>(inner.GET("/sys/plugins/catalog", init(o)));
        return data.detailed.filter((d) => d.type === type && d.name === name);
      },
      register: (type: PluginType, name: string, body: RegisterRequest, o?: CallOptions) =>
        call<undefined>(
          inner.POST("/sys/plugins/catalog/{type}/{name}", {
            params: { path: { type, name } },
            body,
            ...init(o),
          }),
        ),
      remove: (type: PluginType, name: string, version?: string, o?: CallOptions) =>
        call<undefined>(
          inner.DELETE("/sys/plugins/catalog/{type}/{name}", {
            params: { path: { type, name }, query: version ? { version } : {} },
            ...init(o),
          }),
        ),
    },

    pins: {
      list: (o?: CallOptions) => call<PinList>(inner.GET("/sys/plugins/pins", init(o))),
      read: (type: PluginType, name: string, o?: CallOptions) =>
        call<Pin>(
          inner.GET("/sys/plugins/pins/{type}/{name}", { params: { path: { type, name } }, ...init(o) }),
        ),
      pin: (type: PluginType, name: string, version: string, o?: CallOptions) =>
        call<null>(
          inner.POST("/sys/plugins/pins/{type}/{name}", {
            params: { path: { type, name } },
            body: { version },
            ...init(o),
          }),
        ),
      unpin: (type: PluginType, name: string, o?: CallOptions) =>
        call<null>(
          inner.DELETE("/sys/plugins/pins/{type}/{name}", { params: { path: { type, name } }, ...init(o) }),
        ),
    },

    reload: {
      /** Reload by plugin name or by mount paths; `scope: "global"` answers 202. */
      backend: (body: ReloadBackendRequest, o?: CallOptions) =>
        call<ReloadAnswer>(inner.POST("/sys/plugins/reload/backend", { body, ...init(o) })),
      /** Reload every mount of one plugin (Vault 1.16+); `type` "unknown" means every type. */
      plugin: (type: PluginType | "unknown", name: string, scope?: ReloadScope, o?: CallOptions) =>
        call<ReloadAnswer>(
          inner.POST("/sys/plugins/reload/{type}/{name}", {
            params: { path: { type, name } },
            body: scope ? { scope } : {},
            ...init(o),
          }),
        ),
      status: (reloadId: string, o?: CallOptions) =>
        call<ReloadStatus>(
          inner.GET("/sys/plugins/reload/backend/status", {
            params: { query: { reload_id: reloadId } },
            ...init(o),
          }),
        ),
    },

    mounts: mountApi("mounts"),
    auth: mountApi("auth"),

    /** Connections of a database secrets engine mounted at `mount` ("database"). */
    database: {
      /** The connection names (LIST <mount>/config); 404 when there are none. */
      list: (mount: string, o?: CallOptions) =>
        call<Keys>(
          inner.GET("/{database_mount}/config", {
            params: { path: { database_mount: mount }, query: { list: "true" } },
            ...init(o),
          }),
        ),
      read: (mount: string, name: string, o?: CallOptions) =>
        call<DatabaseConnection>(
          inner.GET("/{database_mount}/config/{name}", {
            params: { path: { database_mount: mount, name } },
            ...init(o),
          }),
        ),
      /** Create or update; on update, omitted parameters keep their values. */
      write: (mount: string, name: string, body: DatabaseConnectionRequest, o?: CallOptions) =>
        call<undefined>(
          inner.POST("/{database_mount}/config/{name}", {
            params: { path: { database_mount: mount, name } },
            body,
            ...init(o),
          }),
        ),
      remove: (mount: string, name: string, o?: CallOptions) =>
        call<undefined>(
          inner.DELETE("/{database_mount}/config/{name}", {
            params: { path: { database_mount: mount, name } },
            ...init(o),
          }),
        ),
      /** Restart one connection with the version it should run now (OpenBao has no reload/:plugin_name). */
      reset: (mount: string, name: string, o?: CallOptions) =>
        call<undefined>(
          inner.POST("/{database_mount}/reset/{name}", {
            params: { path: { database_mount: mount, name } },
            ...init(o),
          }),
        ),
      /** Restart every connection of the mount that uses a plugin (Vault 1.16+). */
      reload: (mount: string, plugin: string, o?: CallOptions) =>
        call<{ connections: string[]; count: number }>(
          inner.POST("/{database_mount}/reload/{plugin_name}", {
            params: { path: { database_mount: mount, plugin_name: plugin } },
            ...init(o),
          }),
        ),
    },
  };
}

export type SysPluginsClient = ReturnType<typeof createClient>;
