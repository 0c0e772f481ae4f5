// Vitest global setup: builds the real plugins once per test run (the project's OpenBao-SDK plugins
// and HashiCorp's KV plugin on Vault's SDK) into a temporary directory the tests share.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  buildPlugins,
  buildVaultKv,
  findGo,
  type PluginBinary,
  type VaultKvBinary,
} from "@sysplugins/plugins";
import type { TestProject } from "vitest/node";

export interface Binaries {
  /** Why the tests that need Go skip (no Go and not CI); absent when they run. */
  skip?: string;
  dir?: string;
  plugins?: PluginBinary[];
  kv?: VaultKvBinary;
}

declare module "vitest" {
  export interface ProvidedContext {
    binaries: Binaries;
  }
}

export default async function setup(project: TestProject) {
  if (!findGo()) {
    const reason = "go is not installed: the go-plugin host tests need real plugin binaries";
    if (process.env.CI === "true") throw new Error(`${reason} (required in CI)`);
    console.warn(`packages/go-plugin: skipped, ${reason} (CI=true makes this a failure)`);
    project.provide("binaries", { skip: reason });
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), "sysplugins-go-plugin-bin-"));
  const [plugins, kv] = await Promise.all([buildPlugins(dir), buildVaultKv(dir)]);
  project.provide("binaries", { dir, plugins, kv });
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
