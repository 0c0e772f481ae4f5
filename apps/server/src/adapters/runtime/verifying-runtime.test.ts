import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExternalPlugin, RunnablePlugin } from "../../ports/runtime.js";
import { createVerifyingRuntime } from "./verifying-runtime.js";

let dir: string;
let sha: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sysplugins-runtime-"));
  await writeFile(join(dir, "bin"), "plugin", { mode: 0o755 });
  sha = createHash("sha256").update("plugin").digest("hex");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const external = (over: Partial<RunnablePlugin> = {}): RunnablePlugin =>
  ({
    builtin: false,
    type: "secret",
    name: "p",
    version: "v1.0.0",
    command: "bin",
    args: [],
    env: [],
    sha256: sha,
    ...over,
  }) as RunnablePlugin;
const builtin: RunnablePlugin = { builtin: true, type: "secret", name: "kv", version: "v0.15.0+builtin" };
const mount = (uuid: string) => ({ uuid, route: `${uuid}/` });

describe("the verifying runtime", () => {
  it("starts builtins and verified binaries, each mount on its own", async () => {
    const runtime = createVerifyingRuntime({ pluginDirectory: dir });
    const results = await runtime.start([
      { mount: mount("a"), plugin: builtin },
      { mount: mount("b"), plugin: external() },
      { mount: mount("c"), plugin: external({ version: "v1.0.1" }) },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    expect(runtime.running(mount("a"))).toEqual({ version: "v0.15.0+builtin", sha256: "", builtin: true });
    expect(runtime.running(mount("c"))).toEqual({ version: "v1.0.1", sha256: sha, builtin: false });
    await runtime.stop(mount("b"));
    expect(runtime.running(mount("b"))).toBeUndefined();
    await runtime.close();
    expect(runtime.running(mount("a"))).toBeUndefined();
  });

  it.each([
    ["a checksum that differs", external({ sha256: "00".repeat(32) }), "checksums did not match"],
    ["a missing binary", external({ command: "gone" }), "no such file or directory"],
  ])("refuses %s, and the mount keeps what it ran", async (_name, plugin, message) => {
    const runtime = createVerifyingRuntime({ pluginDirectory: dir });
    await runtime.start([{ mount: mount("m"), plugin: external() }]);
    const [result] = await runtime.start([{ mount: mount("m"), plugin }]);
    expect(result).toMatchObject({ ok: false });
    expect(result?.ok === false && result.error).toContain(message);
    expect(runtime.running(mount("m"))?.version).toBe("v1.0.0");
  });

  it("registration learns only the type it is given; no request reaches a mount", async () => {
    const runtime = createVerifyingRuntime({ pluginDirectory: dir });
    expect(await runtime.inspect(external() as ExternalPlugin, "auth")).toEqual({
      ok: true,
      type: "auth",
      version: "",
    });
    expect(await runtime.inspect(external() as ExternalPlugin, "unknown")).toEqual({
      ok: false,
      errors: ["unable to determine plugin type"],
    });
    await runtime.start([{ mount: mount("m"), plugin: external() }]);
    const request = {
      id: "r",
      operation: "read" as const,
      path: "info",
      headers: {},
      clientToken: "",
      unauthenticated: false,
      remoteAddress: "127.0.0.1",
    };
    expect(await runtime.request(mount("m"), request)).toBeUndefined();
    expect(runtime.unauthenticatedPaths(mount("m"))).toEqual([]);
  });
});
