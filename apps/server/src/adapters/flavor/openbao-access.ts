// OpenBao 2.7's tokens and policies. The default policy is the text `bao server -dev` 2.7.2 answers on
// GET sys/policies/acl/default (measured); root-protected paths from internal/vault/logical_system.go
// (PathsSpecial.Root) and internal/vault/token_store.go at main@df6ce2ce; capabilities from
// internal/vault/policy/policy.go (OpenBao adds scan, has no subscribe or recover); service tokens are "s."
// plus 24 base62 characters (measured: OpenBao issues no server-side-consistent tokens by default).
import type { AccessRules } from "../../ports/flavor.js";

export const openbaoDefaultPolicy = `
# Allow tokens to look up their own properties
path "auth/token/lookup-self" {
    capabilities = ["read"]
}

# Allow tokens to renew themselves
path "auth/token/renew-self" {
    capabilities = ["update"]
}

# Allow tokens to revoke themselves
path "auth/token/revoke-self" {
    capabilities = ["update"]
}

# Allow a token to look up its own capabilities on a path
path "sys/capabilities-self" {
    capabilities = ["update"]
}

# Allow a token to look up its own entity by id or name
path "identity/entity/id/{{identity.entity.id}}" {
  capabilities = ["read"]
}
path "identity/entity/name/{{identity.entity.name}}" {
  capabilities = ["read"]
}


# Allow a token to look up its resultant ACL from all policies. This is useful
# for UIs. It is an internal path because the format may change at any time
# based on how the internal ACL features and capabilities change.
path "sys/internal/ui/resultant-acl" {
    capabilities = ["read"]
}

# Allow a token to renew a lease via lease_id in the request body; old path for
# old clients, new path for newer
path "sys/leases/renew" {
    capabilities = ["update"]
}

# Allow looking up lease properties. This requires knowing the lease ID ahead
# of time and does not divulge any sensitive information.
path "sys/leases/lookup" {
    capabilities = ["update"]
}

# Allow a token to manage its own cubbyhole
path "cubbyhole/*" {
    capabilities = ["create", "read", "update", "delete", "list"]
}

# Allow a token to wrap arbitrary values in a response-wrapping token
path "sys/wrapping/wrap" {
    capabilities = ["update"]
}

# Allow a token to look up the creation time and TTL of a given
# response-wrapping token
path "sys/wrapping/lookup" {
    capabilities = ["update"]
}

# Allow a token to unwrap a response-wrapping token. This is a convenience to
# avoid client token swapping since this is also part of the response wrapping
# policy.
path "sys/wrapping/unwrap" {
    capabilities = ["update"]
}

# Allow general purpose tools
path "sys/tools/hash" {
    capabilities = ["update"]
}
path "sys/tools/hash/*" {
    capabilities = ["update"]
}

# Allow a token to make requests to the Authorization Endpoint for OIDC providers.
path "identity/oidc/provider/+/authorize" {
    capabilities = ["read", "update"]
}
`;

/** The system backend's root paths, under sys/ (PathsSpecial.Root). */
const systemRootPaths = [
  "auth/*",
  "remount",
  "audit",
  "audit/*",
  "raw",
  "raw/*",
  "rotate",
  "rotate/keyring",
  "rotate/root",
  "config/cors",
  "config/auditing/*",
  "config/ui/headers/*",
  "plugins/catalog/*",
  "revoke-prefix/*",
  "revoke-force/*",
  "leases/revoke-prefix/*",
  "leases/revoke-force/*",
  "leases/lookup/*",
  "leases",
  "internal/inspect/*",
];

export const openbaoAccess: AccessRules = {
  tokenPrefix: "s.",
  policy: {
    capabilities: ["deny", "create", "read", "update", "delete", "list", "sudo", "patch", "scan"],
    answerOrder: ["sudo", "read", "list", "update", "delete", "create", "patch", "scan"],
  },
  defaultPolicy: openbaoDefaultPolicy,
  sudoPaths: [
    ...systemRootPaths.map((p) => `sys/${p}`),
    // The token store's own (token_store.go PathsSpecial.Root).
    "auth/token/revoke-orphan/*",
    "auth/token/accessors*",
  ],
  // bao server -dev 2.7.2 (measured): the dev root token is made through the token store's create path.
  rootToken: { display_name: "token", path: "auth/token/create" },
};
