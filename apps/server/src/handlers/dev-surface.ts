// What a dev-mode server with one root token answers besides the plugin API, so that real clients and CLIs
// get past their start-up checks (`vault status`, `vault login`, hvac's is_authenticated(), version
// probes): seal and HA status, token lookup, capabilities, the UI's mount listing and the OpenAPI document.
// Shapes from Vault's api package (SealStatusResponse, LeaderResponse, Secret) and `bao server -dev`.
// There is no token store: the root token is the only token, and every other token gets 403.
import { createHash } from "node:crypto";
import type { OpenApiDocument } from "@sysplugins/api";
import { invalid } from "../domain/errors.js";
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
  rootToken: string;
  /** Unix seconds when the root token was made (kept with the data). */
  rootTokenCreated: number;
  /** The cluster's id and name (the same on every node, kept with the data). */
  identity: () => Promise<ClusterIdentity>;
  /** What sys/leader says: a single node, or this node of a cluster. */
  leader: () => Leader;
  mounts: Services["mounts"];
  contract: OpenApiDocument;
}

/** An accessor that names the token without revealing it (Vault's are random; ours is stable). */
export function accessorOf(token: string): string {
  return createHash("sha256").update(`accessor:${token}`).digest("base64url").slice(0, 24);
}

/** TypeCommaStringSlice: `paths` and `path` may each be one comma-separated string (before validation). */
function splitPaths(body: Record<string, unknown>): void {
  for (const key of ["paths", "path"]) {
    const value = body[key];
    if (typeof value === "string") body[key] = value.split(",");
  }
}

function capabilitiesPaths(body: { paths?: string[]; path?: string[] }): string[] {
  const clean = (list: string[] | undefined) => (list ?? []).map((p) => p.trim()).filter(Boolean);
  const paths = clean(body.paths);
  return paths.length ? paths : clean(body.path);
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
  const { version, rootToken, mounts } = deps;
  const token = {
    accessor: accessorOf(rootToken),
    creation_time: deps.rootTokenCreated,
    creation_ttl: 0,
    display_name: "root",
    entity_id: "",
    expire_time: null,
    explicit_max_ttl: 0,
    id: rootToken,
    issue_time: new Date(deps.rootTokenCreated * 1000).toISOString(),
    meta: null,
    num_uses: 0,
    orphan: true,
    path: "auth/token/root",
    policies: ["root"],
    renewable: false,
    ttl: 0,
    type: "service" as const,
  };
  const lookup = (id: "token-look-up-self" | "token-look-up-self2") => handler(id, () => ({ data: token }));
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
      pattern: /^\/v1\/auth\/token\/lookup-self\/?$/,
      params: [],
      ops: { read: lookup("token-look-up-self"), update: lookup("token-look-up-self2") },
    },
    {
      pattern: /^\/v1\/sys\/capabilities-self\/?$/,
      params: [],
      ops: {
        update: handler(
          "query-token-self-capabilities",
          ({ body }) => {
            const paths = capabilitiesPaths(body);
            if (paths.length === 0) throw invalid("paths must be supplied");
            const data: Record<string, string[]> = {};
            for (const p of paths) data[p] = ["root"];
            if (paths.length === 1) data.capabilities = ["root"];
            return { data, dataAtTop: true };
          },
          (body) => splitPaths(body as Record<string, unknown>),
        ),
      },
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
