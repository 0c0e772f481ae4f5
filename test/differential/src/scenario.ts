// A scenario is a list of HTTP requests; both servers get the same list, in order, from a clean state.
import type { PluginBinary } from "@sysplugins/plugins";

export type Method = "GET" | "POST" | "PUT" | "DELETE" | "LIST";

export interface Step {
  method: Method;
  /** Without /v1/, e.g. "sys/plugins/catalog/secret/x?version=v1.0.0". */
  path: string;
  body?: unknown;
  /** Sent as is (for bodies that are not JSON). */
  rawBody?: string;
  /**
   * "root" (default), "none" (no header), "bogus" (a token no server issued), or "$name": a token an
   * earlier step saved.
   */
  token?: "root" | "none" | "bogus" | `$${string}`;
  /** Values to keep from the answer for later steps: name -> dotted path ("auth.client_token"). */
  save?: Record<string, string>;
  /**
   * Sent again until the answer has this status, at most `attempts` times, `everyMs` apart (a bounded
   * wait on the server's own answer, for what happens with time: a TTL running out).
   */
  until?: { status: number; attempts: number; everyMs: number };
}

/** Saved values go into paths and bodies as ${name}. */
export const saved = (name: string) => `\${${name}}`;

export interface Tools {
  /** Unique to the scenario; every name and mount path it creates starts with it. */
  pre: string;
  /** The binary `pnpm build:plugins` made for a plugin at a version. */
  bin(name: string, version: string): PluginBinary;
}

export interface Scenario {
  id: string;
  group: string;
  title: string;
  steps(t: Tools): Step[];
}

export const get = (path: string, token?: Step["token"]): Step => ({
  method: "GET",
  path,
  ...(token ? { token } : {}),
});
export const list = (path: string): Step => ({ method: "LIST", path });
export const del = (path: string): Step => ({ method: "DELETE", path });
export const put = (path: string, body: unknown, token?: Step["token"]): Step => ({
  method: "PUT",
  path,
  body,
  ...(token ? { token } : {}),
});
export const post = (path: string, body: unknown = {}, token?: Step["token"]): Step => ({
  method: "POST",
  path,
  body,
  ...(token ? { token } : {}),
});

/** Registers `name` at `version` with the binary built for (binary, version); `extra` adds/overrides fields. */
export function register(
  t: Tools,
  type: string,
  name: string,
  binary: string,
  version: string,
  extra: Record<string, unknown> = {},
): Step {
  const b = t.bin(binary, version);
  return post(`sys/plugins/catalog/${type}/${name}`, {
    sha256: b.sha256,
    command: b.command,
    version,
    ...extra,
  });
}

/** Registers with no version: the plugin is told to report none (its env), as an unversioned build would. */
export function registerUnversioned(
  t: Tools,
  type: string,
  name: string,
  binary: string,
  version: string,
): Step {
  const b = t.bin(binary, version);
  return post(`sys/plugins/catalog/${type}/${name}`, {
    sha256: b.sha256,
    command: b.command,
    env: ["SYSPLUGINS_PLUGIN_VERSION="],
  });
}

export const SECRET = "sysplugins-secret";
export const AUTH = "sysplugins-auth";
export const BROKEN = "sysplugins-broken";
export const DATABASE = "sysplugins-database";
