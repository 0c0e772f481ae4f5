// createClient: the raw openapi-fetch client typed by the contract, and thin wrappers for the common jobs.
import type {
  components,
  EnableRequest,
  MountInfo,
  PluginType,
  paths,
  RegisterRequest,
  ReloadBackendRequest,
  ReloadScope,
  TuneRequest,
} from "@sysplugins/api";
import createFetchClient, { type Client } from "openapi-fetch";
import { VaultResponseError } from "./errors.js";
import { type ClientOptions, resolveOptions } from "./options.js";

type Schemas = components["schemas"];

export type {
  EnableRequest,
  MountInfo,
  PluginType,
  RegisterRequest,
  ReloadBackendRequest,
  ReloadScope,
  TuneRequest,
} from "@sysplugins/api";

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

export function createClient(options: ClientOptions = {}) {
  const resolved = resolveOptions(options);
  const headers: Record<string, string> = {};
  if (resolved.token) headers["X-Vault-Token"] = resolved.token;
  if (resolved.namespace) headers["X-Vault-Namespace"] = resolved.namespace;
  // Each response remembers its request, so that an error can say which request failed.
  const requests = new WeakMap<Response, Request>();
  const send = resolved.fetch ?? ((request: Request, init?: Record<string, unknown>) => fetch(request, init));
  const raw: Client<paths> = createFetchClient<paths>({
    baseUrl: `${resolved.address}/v1`,
    headers,
    fetch: async (request: Request) => {
      const response = await send(request, resolved.requestInitExt);
      requests.set(response, request);
      return response;
    },
  });

  const call = <T>(outcome: Promise<FetchOutcome>) => settle<T>(requests, outcome);

  const mountApi = (table: "mounts" | "auth") => ({
    list: () => call<Record<string, MountInfo>>(raw.GET(`/sys/${table}`)),
    read: (path: string) => call<MountInfo>(raw.GET(`/sys/${table}/{path}`, { params: { path: { path } } })),
    enable: (path: string, body: EnableRequest) =>
      call<undefined>(raw.POST(`/sys/${table}/{path}`, { params: { path: { path } }, body })),
    disable: (path: string) =>
      call<undefined>(raw.DELETE(`/sys/${table}/{path}`, { params: { path: { path } } })),
    readTune: (path: string) =>
      call<Schemas["TuneInfo"]>(raw.GET(`/sys/${table}/{path}/tune`, { params: { path: { path } } })),
    tune: (path: string, body: TuneRequest) =>
      call<undefined>(raw.POST(`/sys/${table}/{path}/tune`, { params: { path: { path } }, body })),
  });

  return {
    /** The openapi-fetch client, typed by the contract, for anything the wrappers do not cover. */
    raw,
    address: resolved.address,

    /** GET sys/health (not enveloped: the body is the data). */
    async health(): Promise<Schemas["Health"]> {
      const { data, response } = await raw.GET("/sys/health");
      if (!data)
        throw new VaultResponseError(response.status, [], "GET", `${resolved.address}/v1/sys/health`);
      return data;
    },

    catalog: {
      /** Every plugin: names per type and the `detailed` entries. */
      list: () => call<Schemas["CatalogList"]>(raw.GET("/sys/plugins/catalog")),
      /** The names of one type (GET ?list=true, which passes through any proxy). */
      names: (type: PluginType) =>
        call<Schemas["Keys"]>(
          raw.GET("/sys/plugins/catalog/{type}", { params: { path: { type }, query: { list: "true" } } }),
        ),
      /** One entry; `version` picks a registered version. */
      read: (type: PluginType, name: string, version?: string) =>
        call<Schemas["PluginDetails"]>(
          raw.GET("/sys/plugins/catalog/{type}/{name}", {
            params: { path: { type, name }, query: version ? { version } : {} },
          }),
        ),
      /** The registered versions of a plugin, oldest first, from the detailed list. */
      async versions(type: PluginType, name: string): Promise<Schemas["CatalogListEntry"][]> {
        const { data } = await call<Schemas["CatalogList"]>(raw.GET("/sys/plugins/catalog"));
        return data.detailed.filter((d) => d.type === type && d.name === name);
      },
      register: (type: PluginType, name: string, body: RegisterRequest) =>
        call<undefined>(
          raw.POST("/sys/plugins/catalog/{type}/{name}", { params: { path: { type, name } }, body }),
        ),
      remove: (type: PluginType, name: string, version?: string) =>
        call<undefined>(
          raw.DELETE("/sys/plugins/catalog/{type}/{name}", {
            params: { path: { type, name }, query: version ? { version } : {} },
          }),
        ),
    },

    pins: {
      list: () => call<{ pinned_versions: Schemas["Pin"][] }>(raw.GET("/sys/plugins/pins")),
      read: (type: PluginType, name: string) =>
        call<Schemas["Pin"]>(
          raw.GET("/sys/plugins/pins/{type}/{name}", { params: { path: { type, name } } }),
        ),
      pin: (type: PluginType, name: string, version: string) =>
        call<null>(
          raw.POST("/sys/plugins/pins/{type}/{name}", {
            params: { path: { type, name } },
            body: { version },
          }),
        ),
      unpin: (type: PluginType, name: string) =>
        call<null>(raw.DELETE("/sys/plugins/pins/{type}/{name}", { params: { path: { type, name } } })),
    },

    reload: {
      /** Reload by plugin name or by mount paths; `scope: "global"` answers 202. */
      backend: (body: ReloadBackendRequest) =>
        call<{ reload_id: string }>(raw.POST("/sys/plugins/reload/backend", { body })),
      /** Reload every mount of one plugin (Vault 1.16+); `type` "unknown" means every type. */
      plugin: (type: PluginType | "unknown", name: string, scope?: ReloadScope) =>
        call<{ reload_id: string }>(
          raw.POST("/sys/plugins/reload/{type}/{name}", {
            params: { path: { type, name } },
            body: scope ? { scope } : {},
          }),
        ),
      status: (reloadId: string) =>
        call<{ reload_id: string; results: Record<string, { timestamp: string; error: string }> }>(
          raw.GET("/sys/plugins/reload/backend/status", { params: { query: { reload_id: reloadId } } }),
        ),
    },

    mounts: mountApi("mounts"),
    auth: mountApi("auth"),
  };
}

export type SysPluginsClient = ReturnType<typeof createClient>;
