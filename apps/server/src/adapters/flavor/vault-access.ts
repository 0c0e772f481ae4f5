// Vault's tokens and policies. Root-protected paths of the system backend from vault/logical_system.go
// (PathsSpecial.Root, the list with plugins/runtimes/catalog/*, seal and step-down) and of the token store
// from vault/token_store.go (revoke-orphan/*, accessors*); capabilities from vault/policy.go: subscribe
// from 1.16, recover from 1.20, no scan; the order of answers from vault/acl.go Capabilities. The default
// policy is OpenBao's text with Vault's control-group block (both descend from Vault's policy_store.go);
// it is not checked against a Vault 1.20 server. Service tokens: "hvs." and 24 base62 characters — real
// Vault 1.10+ issues longer server-side-consistent tokens ("hvs.CAES…", the random part and a signed
// counter, base64), which clients treat as opaque.
import type { Capability } from "../../domain/policy/policy.js";
import type { AccessRules } from "../../ports/flavor.js";
import { openbaoDefaultPolicy } from "./openbao-access.js";

const systemRootPaths = [
  "auth/*",
  "remount",
  "audit",
  "audit/*",
  "raw",
  "raw/*",
  "replication/primary/secondary-token",
  "replication/performance/primary/secondary-token",
  "replication/dr/primary/secondary-token",
  "replication/reindex",
  "replication/dr/reindex",
  "replication/performance/reindex",
  "rotate",
  "config/cors",
  "config/auditing/*",
  "config/ui/headers/*",
  "plugins/catalog/*",
  "plugins/runtimes/catalog/*",
  "revoke-prefix/*",
  "revoke-force/*",
  "leases/revoke-prefix/*",
  "leases/revoke-force/*",
  "leases/lookup/*",
  "storage/raft/snapshot-auto/config/*",
  "leases",
  "internal/inspect/*",
  "seal",
  "step-down",
];

const controlGroup = `# Allow checking the status of a Control Group request if the user has the
# accessor
path "sys/control-group/request" {
    capabilities = ["update"]
}

# Allow a token to make requests to the Authorization Endpoint for OIDC providers.`;

const atLeast = (version: string, major: number, minor: number) => {
  const [a = 0, b = 0] = version.split(".").map(Number);
  return a > major || (a === major && b >= minor);
};

export function vaultAccess(version: string): AccessRules {
  const extra: Capability[] = [
    ...(atLeast(version, 1, 16) ? (["subscribe"] as const) : []),
    ...(atLeast(version, 1, 20) ? (["recover"] as const) : []),
  ];
  return {
    tokenPrefix: "hvs.",
    policy: {
      capabilities: ["deny", "create", "read", "update", "delete", "list", "sudo", "patch", ...extra],
      answerOrder: ["sudo", "read", "list", "update", "delete", "create", "patch", ...extra],
    },
    defaultPolicy: openbaoDefaultPolicy.replace(
      "# Allow a token to make requests to the Authorization Endpoint for OIDC providers.",
      controlGroup,
    ),
    sudoPaths: [
      ...systemRootPaths.map((p) => `sys/${p}`),
      "auth/token/revoke-orphan/*",
      "auth/token/accessors*",
    ],
    rootToken: { display_name: "root", path: "auth/token/root" },
  };
}
