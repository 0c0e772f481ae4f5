// What a dev-mode server with one root token answers besides the plugin API, so that real clients and CLIs
// get past their start-up checks (`vault status`, `vault login`, hvac's is_authenticated(), version
// probes): seal and HA status, the UI's mount listing and the OpenAPI document. Shapes from Vault's api
// package (SealStatusResponse, LeaderResponse) and `bao server -dev`. Tokens and capabilities are
// handlers/access.ts.
import type { OpenApiDocument } from "@sysplugins/api";
import type { MountTable } from "../domain/records.js";
import { handler } from "../http/contract-types.js";
import type { Route } from "../http/route.js";
import { VaultError } from "../http/vault-error.js";
import type { ClusterIdentity, Leader } from "../ports/cluster.js";
import { sanitizePath } from "../services/mounts/paths.js";
import type { Services } from "../services/services.js";

/** Paths answered without a token: the seal, init and HA status, the UI's mount list, the document. */
const publicPaths = new Set([
  "/v1/sys/seal-status",
  "/v1/sys/init",
  "/v1/sys/leader",
  "/v1/sys/internal/ui/mounts",
  "/v1/sys/internal/specs/openapi",
]);
export const isPublicDevPath = (path: string) => publicPaths.has(path.replace(/\/$/, ""));

export interface DevSurfaceDeps {
  /** The product version sys/health reports. */
  version: string;
  /** The product's own seal-status fields (flavour). */
  sealStatus: Record<string, unknown>;
  /** seal-status's storage_type, as Vault names its backends: "file" (the embedded store), "postgresql". */
  storageType: string;
  /** The cluster's id and name (the same on every node, kept with the data). */
  identity: () => Promise<ClusterIdentity>;
  /** What sys/leader says: a single node, or this node of a cluster. */
  leader: () => Leader;
  mounts: Services["mounts"];
  contract: OpenApiDocument;
}

/** The mount whose path is the longest prefix of `path` in one table, with its path. */
async function mountAt(mounts: Services["mounts"], table: MountTable, path: string) {
  const wanted = sanitizePath(path);
  const all = await mounts.list(table);
  const match = Object.keys(all)
    .filter((p) => wanted.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  const found = match === undefined ? undefined : all[match];
  return found && { ...found, path: match as string };
}

export function devSurfaceRoutes(deps: DevSurfaceDeps): Route[] {
  const { version, mounts } = deps;
  return [
    {
      pattern: /^\/v1\/sys\/seal-status\/?$/,
      params: [],
      ops: {
        read: handler("seal-status", async () => ({
          raw: true,
          data: {
            type: "shamir" as const,
            initialized: true,
            sealed: false,
            t: 1,
            n: 1,
            progress: 0,
            nonce: "",
            version,
            ...deps.sealStatus,
            migration: false,
            ...(await deps.identity()),
            recovery_seal: false,
            storage_type: deps.storageType,
          },
        })),
      },
    },
    {
      pattern: /^\/v1\/sys\/init\/?$/,
      params: [],
      ops: {
        read: handler("read-initialization-status", () => ({ raw: true, data: { initialized: true } })),
      },
    },
    {
      pattern: /^\/v1\/sys\/leader\/?$/,
      params: [],
      ops: { read: handler("leader-status", () => ({ raw: true, data: deps.leader() })) },
    },
    {
      pattern: /^\/v1\/sys\/internal\/ui\/mounts\/?$/,
      params: [],
      ops: {
        // Without the root token only mounts tuned `listing_visibility: unauth` would show, and the
        // server never lists those: an unauthenticated caller sees none.
        read: handler("internal-ui-list-enabled-visible-mounts", async ({ authenticated }) => ({
          data: authenticated
            ? { secret: await mounts.list("secret"), auth: await mounts.list("auth") }
            : { secret: {}, auth: {} },
        })),
      },
    },
    {
      pattern: /^\/v1\/sys\/internal\/ui\/mounts\/(.+)$/,
      params: ["path"],
      ops: {
        read: handler("internal-ui-read-mount-information", async ({ path: { path } }) => {
          const found = path.startsWith("auth/")
            ? await mountAt(mounts, "auth", path.slice("auth/".length))
            : await mountAt(mounts, "secret", path);
          if (!found) {
            throw VaultError.status(403, [
              `preflight capability check returned 403, please ensure client's policies grant access to path "${sanitizePath(path)}"`,
            ]);
          }
          return { data: found };
        }),
      },
    },
    {
      pattern: /^\/v1\/sys\/internal\/specs\/openapi\/?$/,
      params: [],
      ops: {
        // As Vault does, a caller without a token learns the document's shape but no paths.
        read: handler("internal-generate-open-api-document", ({ authenticated }) => ({
          raw: true,
          data: authenticated ? deps.contract : { ...deps.contract, paths: {} },
        })),
      },
    },
  ];
}
