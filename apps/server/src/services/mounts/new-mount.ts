// New mount records: the ones enable creates, and the mounts a fresh Vault has.
import { randomBytes, randomUUID } from "node:crypto";
import type { MountRecord, MountTable } from "../../domain/records.js";

export function newMount(table: MountTable, path: string, type: string, description: string): MountRecord {
  return {
    table,
    path,
    type,
    description,
    accessor: `${table === "auth" ? "auth_" : ""}${type}_${randomBytes(4).toString("hex")}`,
    uuid: randomUUID(),
    local: false,
    seal_wrap: false,
    external_entropy_access: false,
    options: null,
    config: { default_lease_ttl: 0, max_lease_ttl: 0, force_no_cache: false },
    plugin_version: "",
  };
}

/**
 * The mount a dev server starts with once, as `vault server -dev` and `bao server -dev` do: KV version 2 at
 * secret/ (measured on bao 2.6.1 to 2.7.2: type kv, options.version "2", its builtin version running).
 * Unlike the default mounts it is made only on a fresh store: disabled, it stays disabled.
 */
export function devMounts(): MountRecord[] {
  const kv = newMount("secret", "secret/", "kv", "key/value secret storage");
  kv.options = { version: "2" };
  return [kv];
}

/** The mounts a fresh Vault has. */
export function defaultMounts(): MountRecord[] {
  const defaults: [MountTable, string, string, string][] = [
    ["secret", "cubbyhole/", "cubbyhole", "per-token private secret storage"],
    ["secret", "identity/", "identity", "identity store"],
    ["secret", "sys/", "system", "system endpoints used for control, policy and debugging"],
    ["auth", "token/", "token", "token based credentials"],
  ];
  // vault/mount.go requiredMountTable and the identity and token tables (OpenBao's the same, checked
  // against bao 2.7.2): cubbyhole is local, sys is seal-wrapped; sys and identity pass headers through.
  return defaults.map(([table, path, type, description]) => {
    const record = newMount(table, path, type, description);
    if (table === "auth") record.config.token_type = "default-service";
    if (type === "cubbyhole") record.local = true;
    if (type === "system") {
      record.seal_wrap = true;
      record.config.passthrough_request_headers = ["Accept"];
    }
    if (type === "identity") record.config.passthrough_request_headers = ["Authorization"];
    return record;
  });
}
