// The suite's front door, as a user meets it: the built sysplugins-conformance against the real server
// (and against nothing). Preconditions first, one line each; reports with a header.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { closedPort, type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
let f: Fixture;
let reports: string;

beforeAll(async () => {
  f = await startFixture();
  reports = await mkdtemp(join(tmpdir(), "sysplugins-conf-reports-"));
});
afterAll(async () => {
  await f.close();
  await rm(reports, { recursive: true, force: true });
});

function conformance(env: Record<string, string>, ...args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { PATH: process.env.PATH, ...env }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

describe("preconditions", () => {
  it("--help prints help and runs nothing", async () => {
    const r = await conformance({ VAULT_ADDR: await closedPort(), VAULT_TOKEN: "t" }, "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: sysplugins-conformance");
    expect(r.stdout).toContain("SYSPLUGINS_CONFORMANCE_READ_ONLY");
    for (const name of [
      "SYSPLUGINS_CONFORMANCE_PLUGIN_VERSION_ENV",
      "SYSPLUGINS_CONFORMANCE_DATABASE_PLUGIN_COMMAND",
      "SYSPLUGINS_CONFORMANCE_DATABASE_PLUGIN_SHA256",
    ])
      expect(r.stdout).toContain(name);
    expect(r.stderr).toBe("");
  });

  it.each([
    ["no VAULT_ADDR", {}, "VAULT_ADDR is not set"],
    ["no VAULT_TOKEN", { VAULT_ADDR: "http://127.0.0.1:1" }, "VAULT_TOKEN is not set"],
  ])("%s is one clear line", async (_name, env, message) => {
    const r = await conformance(env);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringContaining(message)]);
  });

  it("a closed port is one line naming the address and the cause, no stack trace", async () => {
    const address = await closedPort();
    const r = await conformance({ VAULT_ADDR: address, VAULT_TOKEN: "t" });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(`cannot reach ${address}: ECONNREFUSED`);
  });

  it("a refused token is 'your token is refused', not a missing capability", async () => {
    const r = await conformance({ VAULT_ADDR: f.url, VAULT_TOKEN: "not-the-token" });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(`your token is refused by ${f.url} (403 on`);
    expect(r.stdout).not.toContain("capabilities not present");
  });

  it("an unknown argument is a usage error", async () => {
    const r = await conformance({}, "--bogus");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown argument "--bogus"');
  });
});

describe("reports", () => {
  it("conformance.md and junit.xml carry a header; modes chosen are apart from the server's capabilities", async () => {
    const r = await conformance({
      VAULT_ADDR: f.url,
      VAULT_TOKEN: f.token,
      SYSPLUGINS_CONFORMANCE_READ_ONLY: "true",
      SYSPLUGINS_CONFORMANCE_REPORTS: reports,
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Checking ${f.url}: vault 1.20.0`);
    expect(r.stdout).toContain(
      "modes chosen: read-only mode, no plugin binary configured, no database plugin configured",
    );
    const md = await readFile(join(reports, "conformance.md"), "utf8");
    const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
    expect(md.startsWith(`# Conformance of ${f.url}\n`)).toBe(true);
    expect(md).toContain(`| Target | ${f.url} |`);
    expect(md).toContain("| Server version | 1.20.0 (sys/health) |");
    expect(md).toContain("| Flavour detected | vault |");
    expect(md).toContain("| Judged as | Vault 1.20.0 |");
    expect(md).toMatch(/\| Date \| \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \|/);
    expect(md).toContain(`| Suite | @sysplugins/conformance ${pkg.version} |`);
    expect(md).toMatch(/\| Totals \| \d+ passed, 0 failed, \d+ skipped \(\d+ checks\) \|/);
    expect(md).toContain(
      "| Modes chosen | read-only mode, no plugin binary configured, no database plugin configured (SYSPLUGINS_CONFORMANCE_DATABASE_PLUGIN_COMMAND and _SHA256) |",
    );
    const capabilities = /\| Capabilities not present \| (.*) \|/.exec(md)?.[1] ?? "";
    expect(capabilities).not.toMatch(/write|plugin\b/);
    expect(md).toMatch(/^## GET \/sys\/plugins\/catalog$/m);
    const sections = md.match(/^## .*$/gm) ?? [];
    expect(new Set(sections).size).toBe(sections.length);

    const xml = await readFile(join(reports, "junit.xml"), "utf8");
    expect(xml).toContain(`  Target: ${f.url}`);
    expect(xml).toContain('<property name="Server version" value="1.20.0 (sys/health)"/>');
    expect(xml).toContain('<property name="Flavour detected" value="vault"/>');
    expect(xml).toContain(`hostname="${f.url}"`);
  });

  it("the database plugin's variables reach the run: its checks run, not skipped for want of them", async () => {
    const sha256 = await f.writePlugin("front-door-db");
    const plugin = await f.writePlugin("front-door-plugin");
    const dir = join(reports, "db");
    const r = await conformance({
      VAULT_ADDR: f.url,
      VAULT_TOKEN: f.token,
      SYSPLUGINS_CONFORMANCE_PLUGIN_COMMAND: "front-door-plugin",
      SYSPLUGINS_CONFORMANCE_PLUGIN_SHA256: plugin,
      SYSPLUGINS_CONFORMANCE_DATABASE_PLUGIN_COMMAND: "front-door-db",
      SYSPLUGINS_CONFORMANCE_DATABASE_PLUGIN_SHA256: sha256,
      SYSPLUGINS_CONFORMANCE_REPORTS: dir,
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const md = await readFile(join(dir, "conformance.md"), "utf8");
    expect(md).not.toContain("DATABASE_PLUGIN_COMMAND");
    expect(md).toMatch(/\| database\.[\w.-]+: .* \| pass \|/);
  }, 120_000);
});
