// The services on the in-memory storage and the verifying runtime, without HTTP.
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSingleNode } from "../adapters/cluster/single-node.js";
import { createVaultFlavor } from "../adapters/flavor/vault.js";
import { createVerifyingRuntime } from "../adapters/runtime/verifying-runtime.js";
import { createMemoryStorage } from "../adapters/storage/memory.js";
import type { PluginRuntime } from "../ports/runtime.js";
import type { Storage } from "../ports/storage.js";
import { createServices, type Services } from "./services.js";

let pluginDirectory: string;
let sha: string;
beforeAll(async () => {
  pluginDirectory = await mkdtemp(join(tmpdir(), "sysplugins-services-"));
  const content = "#!/bin/sh\n";
  await writeFile(join(pluginDirectory, "bin"), content, { mode: 0o755 });
  sha = createHash("sha256").update(content).digest("hex");
});
afterAll(() => rm(pluginDirectory, { recursive: true, force: true }));

const flavor = createVaultFlavor("1.20.0");
let storage: Storage;
let runtime: PluginRuntime;
let s: Services;
const boot = async () => {
  runtime = createVerifyingRuntime({ pluginDirectory });
  s = createServices({
    storage,
    runtime,
    flavor,
    pluginDirectory,
    cluster: createSingleNode("n1", { version: flavor.version }),
  });
  expect(await s.setup.setUpAll()).toEqual([]);
};
beforeEach(async () => {
  storage = createMemoryStorage();
  await boot();
});

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "resolved",
    (err: { code?: string }) => err.code,
  );

describe("services on the in-memory storage", () => {
  it("boot adds the default mounts once and runs them as core builtins", async () => {
    await boot();
    const mounts = await s.mounts.list("secret");
    expect(Object.keys(mounts)).toEqual(["cubbyhole/", "identity/", "secret/", "sys/"]);
    expect(mounts["sys/"]?.running_plugin_version).toBe("v1.20.0+builtin.vault");
  });

  it("secret/ is made on a fresh store only: disabled, a restart does not bring it back", async () => {
    expect((await s.mounts.list("secret"))["secret/"]?.options).toEqual({ version: "2" });
    await s.mounts.disable("secret", "secret");
    await boot();
    expect(Object.keys(await s.mounts.list("secret"))).toEqual(["cubbyhole/", "identity/", "sys/"]);
  });

  it("enable runs the plugin, disable stops it, and a clash is the storage's error", async () => {
    await s.catalog.register("secret", "p", { sha256: sha, command: "bin", version: "1.0.0" });
    await s.mounts.enable("secret", "p", { type: "p" });
    const m = await s.mounts.read("secret", "p");
    expect(m.data).toMatchObject({
      plugin_version: "v1.0.0",
      running_plugin_version: "v1.0.0",
      running_sha256: sha,
    });
    expect(await codeOf(s.mounts.enable("secret", "p/deeper", { type: "kv" }))).toBe("mount_path_in_use");
    const record = await s.mounts.get("secret", "p");
    await s.mounts.disable("secret", "p");
    expect(runtime.running({ uuid: record?.uuid ?? "", route: "p/" })).toBeUndefined();
  });

  it("a pin needs its catalog entry, and the pinned version cannot be removed", async () => {
    expect(await codeOf(s.pins.set("secret", "p", "1.0.0"))).toBe("pin_target_missing");
    await s.catalog.register("secret", "p", { sha256: sha, command: "bin", version: "1.0.0" });
    await s.pins.set("secret", "p", "1.0.0");
    expect(await codeOf(s.catalog.remove("secret", "p", "1.0.0"))).toBe("version_pinned");
    expect(await s.pins.list()).toEqual([{ name: "p", type: "secret", version: "v1.0.0" }]);
  });

  it("a reload records its result; a failed one says which mount and why", async () => {
    await s.catalog.register("secret", "p", { sha256: sha, command: "bin" });
    await s.mounts.enable("secret", "p", { type: "p" });
    const ok = await s.reload.reloadPlugin("r1", "secret", "p");
    expect(ok).toEqual({ reload_id: "r1", warnings: [], global: false });
    await s.catalog.register("secret", "p", { sha256: "00".repeat(32), command: "bin" });
    const failed = s.reload.reloadBackend("r2", { mounts: ["p"] });
    await expect(failed).rejects.toMatchObject({
      code: "reload_failed",
      messages: [
        'cannot reload plugin on "p/": invalid backend version: 2 errors occurred:\n\t* checksums did not match\n\t* checksums did not match\n\n',
      ],
    });
    expect((await s.reload.status("r2"))?.results.n1?.error).toContain(
      'cannot reload plugin on "p/": invalid backend version: 2 errors occurred:\n\t* checksums did not match',
    );
  });

  it("after a restart a tuned mount runs its new version and a pinned one the pin", async () => {
    for (const version of ["1.0.0", "1.0.1"]) {
      await s.catalog.register("secret", "t", { sha256: sha, command: "bin", version });
      await s.catalog.register("secret", "q", { sha256: sha, command: "bin", version });
    }
    await s.mounts.enable("secret", "t", { type: "t", config: { plugin_version: "1.0.0" } });
    await s.mounts.enable("secret", "q", { type: "q", config: { plugin_version: "1.0.1" } });
    await s.tune.write("secret", "t", { plugin_version: "1.0.1" });
    await s.pins.set("secret", "q", "1.0.0");
    expect((await s.mounts.read("secret", "t")).data.running_plugin_version).toBe("v1.0.0");
    await runtime.close();
    await boot();
    expect((await s.mounts.read("secret", "t")).data.running_plugin_version).toBe("v1.0.1");
    expect((await s.mounts.read("secret", "q")).data.running_plugin_version).toBe("v1.0.0");
  });
});
