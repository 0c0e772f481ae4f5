import type { PluginBinary, VaultKvBinary } from "@sysplugins/plugins";
import { inject } from "vitest";

export const binaries = inject("binaries");
export const skipReason = binaries.skip;

export function plugin(name: string, version = "v1.0.0"): PluginBinary {
  const found = binaries.plugins?.find((b) => b.name === name && b.version === version);
  if (!found) throw new Error(`no built plugin ${name} ${version}`);
  return found;
}

export function vaultKv(): VaultKvBinary {
  if (!binaries.kv) throw new Error("the KV plugin was not built");
  return binaries.kv;
}
