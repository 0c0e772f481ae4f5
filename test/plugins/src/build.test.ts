import { execFile } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlugins, formatLine, MODULE_DIR, type PluginBinary } from "./build.js";
import { findGo } from "./go.js";

const run = promisify(execFile);
const go = findGo();
if (!go && process.env.CI !== "true") {
  console.warn("test/plugins: skipped, go is not installed (CI=true makes this a failure)");
}

describe.skipIf(!go && process.env.CI !== "true")("pnpm build:plugins", () => {
  let dir: string;
  let binaries: PluginBinary[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "sysplugins-plugins-"));
    binaries = await buildPlugins(dir);
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("writes one executable per manifest entry and prints NAME VERSION SHA256 FILE", async () => {
    expect(binaries.map((b) => `${b.name} ${b.version}`)).toEqual([
      "sysplugins-secret v1.0.0",
      "sysplugins-secret v1.0.1",
      "sysplugins-auth v1.0.0",
      "sysplugins-auth v1.0.1",
      "sysplugins-database v1.0.0",
      "sysplugins-database v1.0.1",
      "sysplugins-broken v1.0.2",
    ]);
    for (const binary of binaries) {
      expect(formatLine(binary)).toMatch(/^[a-z-]+ v\d+\.\d+\.\d+ [0-9a-f]{64} \/\S+$/);
      expect((await stat(binary.file)).mode & 0o111).not.toBe(0);
    }
  });

  it("gives each version its own binary, reproducibly", async () => {
    const secrets = binaries.filter((b) => b.name === "sysplugins-secret");
    expect(new Set(secrets.map((b) => b.sha256)).size).toBe(2);
    const again = await buildPlugins(dir, secrets);
    expect(again.map((b) => b.sha256)).toEqual(secrets.map((b) => b.sha256));
  });

  it("builds real plugins: run by hand they refuse to serve without the server's handshake", async () => {
    const secret = binaries.find((b) => b.name === "sysplugins-secret");
    const failure = await run(secret?.file ?? "", []).catch((error) => error);
    expect(failure.code).toBe(1);
    expect(String(failure.stderr)).toMatch(/This binary is a plugin/);
  });

  it("is vetted and gofmt-clean Go", async () => {
    await run(go ?? "go", ["vet", "./..."], { cwd: MODULE_DIR });
    const { stdout } = await run("gofmt", ["-l", "."], { cwd: MODULE_DIR }).catch(() =>
      run(join(go ?? "go", "..", "gofmt"), ["-l", "."], { cwd: MODULE_DIR }),
    );
    expect(stdout).toBe("");
  });

  it("builds the failing variant, which exits before any handshake", async () => {
    const broken = binaries.find((b) => b.broken);
    const failure = await run(broken?.file ?? "", [], {
      env: { VAULT_BACKEND_PLUGIN: "6669da05-b1c8-4f49-97d9-c8e5bed98e20" },
    }).catch((error) => error);
    expect(failure.code).toBe(1);
    expect(String(failure.stderr)).toMatch(/refusing to start/);
  });
});
