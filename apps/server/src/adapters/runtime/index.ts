// The composition root's choice of plugin runtime (--plugin-runtime): the one place that knows both.
import type { Logger } from "../../logger.js";
import type { Flavor } from "../../ports/flavor.js";
import type { PluginRuntime } from "../../ports/runtime.js";
import type { Storage } from "../../ports/storage.js";
import { createProcessRuntime } from "./process-runtime.js";
import { createVerifyingRuntime } from "./verifying-runtime.js";

export function createRuntime(
  config: { pluginRuntime: "process" | "checksum"; pluginDirectory: string; pluginStartTimeoutMs: number },
  { storage, logger, flavor }: { storage: Storage; logger: Logger; flavor: Flavor },
): PluginRuntime {
  if (config.pluginRuntime === "checksum")
    return createVerifyingRuntime({ pluginDirectory: config.pluginDirectory });
  return createProcessRuntime({
    pluginDirectory: config.pluginDirectory,
    storage,
    logger,
    host: { ...flavor.rules.pluginProcess, version: flavor.version },
    startTimeoutMs: config.pluginStartTimeoutMs,
  });
}
