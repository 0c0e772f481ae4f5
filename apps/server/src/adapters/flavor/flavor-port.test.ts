// The flavour port decides which routes exist and where statuses differ: a flavour without pins (as
// OpenBao has none) answers their paths "unsupported path", and its status variants reach the wire.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.js";
import { createLogger } from "../../logger.js";
import type { Flavor } from "../../ports/flavor.js";
import { type RunningServer, startServer } from "../../server.js";
import { createVerifyingRuntime } from "../runtime/verifying-runtime.js";
import { createMemoryStorage } from "../storage/memory.js";
import { createVaultFlavor } from "./vault.js";

const token = "flavor-test-token";
let dir: string;
let server: RunningServer;
const storage = createMemoryStorage();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sysplugins-flavor-"));
  const vault = createVaultFlavor("1.16.5");
  const fork: Flavor = {
    ...vault,
    product: "fork",
    features: new Set(),
    errors: { mount_path_in_use: 400 },
    text: (code, message) => (code === "plugin_failed" ? `fork: ${message}` : message),
  };
  const config = loadConfig(
    ["--listen", "127.0.0.1:0", "--root-token", token, "--plugin-directory", dir],
    {},
  );
  const runtime = createVerifyingRuntime({ pluginDirectory: dir });
  server = await startServer({ storage, runtime, flavor: fork, config, logger: createLogger("silent") });
});
afterAll(async () => {
  await server.close();
  await storage.close();
  await rm(dir, { recursive: true, force: true });
});

const call = async (method: string, path: string, body?: unknown) => {
  const r = await fetch(`${server.url}/v1/${path}`, {
    method,
    headers: { "X-Vault-Token": token },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON
  const json: any = await r.json().catch(() => undefined);
  return { status: r.status, json };
};

describe("a flavour without the optional features", () => {
  it.each([
    ["GET", "sys/plugins/pins"],
    ["GET", "sys/plugins/pins/secret/kv"],
    ["POST", "sys/plugins/reload/secret/kv"],
    ["GET", "sys/plugins/reload/backend/status?reload_id=x"],
  ])("%s %s does not exist", async (method, path) => {
    const r = await call(method, path, method === "POST" ? {} : undefined);
    expect(r.status).toBe(404);
    expect(r.json.errors).toEqual(["1 error occurred:\n\t* unsupported path\n\n"]);
  });

  it("answers a path clash with its own status, in the same words", async () => {
    expect((await call("POST", "sys/mounts/kv1", { type: "kv" })).status).toBe(204);
    const clash = await call("POST", "sys/mounts/kv1/deeper", { type: "kv" });
    expect(clash).toEqual({ status: 400, json: { errors: ["path is already in use at kv1/"] } });
  });

  it("ignores a reload's scope when it has no global reloads", async () => {
    const r = await call("POST", "sys/plugins/reload/backend", {
      plugin: "nothing-mounted",
      scope: "global",
    });
    expect(r.status).toBe(200);
    expect(r.json.warnings).toEqual(["no plugins were reloaded"]);
  });

  it("words errors as it says them", async () => {
    const r = await call("POST", "sys/mounts/x", { type: "nowhere" });
    expect(r).toEqual({ status: 400, json: { errors: ["fork: plugin not found in the catalog: nowhere"] } });
  });

  it("reports its own version and builtin versions", async () => {
    expect((await call("GET", "sys/health")).json.version).toBe("1.16.5");
    const sys = await call("GET", "sys/mounts/sys");
    expect(sys.json.data.running_plugin_version).toBe("v1.16.5+builtin.vault");
  });
});
