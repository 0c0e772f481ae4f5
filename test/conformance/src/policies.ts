// The policies the README gives for running the suite without a root token: one for a full run, one for a
// read-only audit (SYSPLUGINS_CONFORMANCE_READ_ONLY=true). Every mount a run makes starts with
// "sysplugins-conf-".
export const fullRunPolicy = `path "sys/plugins/catalog" { capabilities = ["read"] }
path "sys/plugins/catalog/*" { capabilities = ["read", "update", "delete", "list", "sudo"] }
path "sys/plugins/pins" { capabilities = ["read"] }
path "sys/plugins/pins/*" { capabilities = ["read", "update", "delete"] }
path "sys/plugins/reload/*" { capabilities = ["read", "update"] }
path "sys/mounts" { capabilities = ["read"] }
path "sys/mounts/*" { capabilities = ["read", "update", "delete"] }
path "sys/auth" { capabilities = ["read"] }
path "sys/auth/*" { capabilities = ["read", "update", "delete", "sudo"] }
path "sys/ha-status" { capabilities = ["read"] }
path "sysplugins-conf-*" { capabilities = ["read", "update", "delete", "list"] }
# The suite's check of an unknown route: without a grant, a request to any path is refused first.
path "sys/plugins/sysplugins-conf-*" { capabilities = ["read"] }
`;

export const auditPolicy = `path "sys/plugins/catalog" { capabilities = ["read"] }
path "sys/plugins/catalog/*" { capabilities = ["read", "list", "sudo"] }
path "sys/plugins/pins" { capabilities = ["read"] }
path "sys/plugins/pins/*" { capabilities = ["read"] }
path "sys/plugins/reload/backend/status" { capabilities = ["read"] }
path "sys/mounts" { capabilities = ["read"] }
path "sys/mounts/*" { capabilities = ["read"] }
path "sys/auth" { capabilities = ["read"] }
path "sys/ha-status" { capabilities = ["read"] }
path "sys/plugins/sysplugins-conf-*" { capabilities = ["read"] }
`;
