// Requests under a mount whose plugin answers them (vault/router.go route, request_handling.go): the mount
// is the longest prefix of the path in its table (auth/ paths in the auth table), an update becomes a
// create when the plugin's existence check says the target does not exist, and a LIST path ends in "/".
// What runs on the mount answers; when nothing there answers requests the caller goes on to the server's
// own routes (the database engine, or unsupported path).
import type { MountRecord } from "../../domain/records.js";
import type { MountAnswer, MountRequest, PluginRuntime } from "../../ports/runtime.js";
import type { Storage } from "../../ports/storage.js";
import { findMount, mountRef } from "./paths.js";

/** A request as the HTTP edge read it, before the mount is known. */
export interface IncomingMountRequest extends Omit<MountRequest, "path" | "operation"> {
  operation: "read" | "list" | "update" | "delete";
}

export interface MountedAnswer extends MountAnswer {
  /** The mount's type, for the envelope's mount_type. */
  mountType: string;
  operation: MountRequest["operation"];
}

/**
 * Whether `path` (relative to the mount) matches one of the plugin's special paths: exact, a prefix where
 * the pattern ends in "*", "+" standing for one segment (logical.Paths, Vault 1.11+).
 */
export function matchesSpecialPath(patterns: readonly string[], path: string): boolean {
  return patterns.some((pattern) => {
    const prefix = pattern.endsWith("*");
    const want = (prefix ? pattern.slice(0, -1) : pattern).split("/");
    const got = path.split("/");
    if (prefix ? got.length < want.length : got.length !== want.length) return false;
    return want.every((segment, i) => {
      const actual = got[i] ?? "";
      if (segment === "+") return actual !== "" || i === want.length - 1;
      // The last segment of a prefix pattern matches the start of the path's segment.
      return prefix && i === want.length - 1 ? actual.startsWith(segment) : actual === segment;
    });
  });
}

export function createMountRequests({ storage, runtime }: { storage: Storage; runtime: PluginRuntime }) {
  /** The mount `path` (no leading /v1/) falls under, sys/ included, and the rest of the path. */
  async function find(path: string): Promise<{ mount: MountRecord; rest: string } | undefined> {
    const auth = path.startsWith("auth/");
    const inTable = auth ? path.slice("auth/".length) : path;
    const mounts = await storage.transact((tx) => tx.mounts.list(auth ? "auth" : "secret"));
    // A request to the mount's own path ("kv" for "kv/") reaches it too.
    const mount = findMount(mounts, inTable.endsWith("/") ? inTable : `${inTable}/`, true);
    if (!mount) return undefined;
    return { mount, rest: inTable.slice(mount.path.length) };
  }

  /** The same for a plugin's request: the system backend's own paths are the server's. */
  const resolve = async (path: string) => (path.startsWith("sys/") ? undefined : find(path));

  return {
    /** Whether any mount routes `path` (vault/router.go: else "no handler for route"). */
    routed: async (path: string): Promise<boolean> => (await find(path)) !== undefined,

    /** Whether a request without a token may reach `path`: one of its plugin's unauthenticated paths. */
    async unauthenticated(path: string): Promise<boolean> {
      const found = await resolve(path);
      if (!found) return false;
      return matchesSpecialPath(runtime.unauthenticatedPaths(mountRef(found.mount)), found.rest);
    },

    /** The plugin's answer, or undefined when nothing on that path answers requests. */
    async handle(
      path: string,
      incoming: IncomingMountRequest,
      signal?: AbortSignal,
    ): Promise<MountedAnswer | undefined> {
      const found = await resolve(path);
      if (!found) return undefined;
      const ref = mountRef(found.mount);
      let rest = found.rest;
      if (incoming.operation === "list" && !rest.endsWith("/") && rest !== "") rest += "/";
      let operation: MountRequest["operation"] = incoming.operation;
      if (operation === "update") {
        const exists = await runtime.exists(ref, { ...incoming, operation, path: rest }, signal);
        if (exists?.checkFound && !exists.exists) operation = "create";
      }
      const answer = await runtime.request(ref, { ...incoming, operation, path: rest }, signal);
      return answer && { ...answer, mountType: found.mount.type, operation };
    },
  };
}

export type MountRequests = ReturnType<typeof createMountRequests>;
