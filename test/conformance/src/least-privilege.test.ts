// The suite run with least-privilege tokens against our server: a token whose policy grants what the run
// needs passes as root does; a read-only audit token passes what it may and reports every other check as
// needing a capability (the README's two policies), never as a failure.
import { type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checks } from "./checks/index.js";
import { runChecks } from "./engine.js";
import { auditPolicy, fullRunPolicy } from "./policies.js";

let f: Fixture;
let sha256: string;
beforeAll(async () => {
  f = await startFixture();
  sha256 = await f.writePlugin("conformance-plugin");
});
afterAll(() => f?.close());

async function tokenFor(name: string, policy: string): Promise<string> {
  expect((await f.call("PUT", `sys/policies/acl/${name}`, { body: { policy } })).status).toBe(204);
  const r = await f.call("POST", "auth/token/create", { body: { policies: [name] } });
  expect(r.status).toBe(200);
  return r.json.auth.client_token as string;
}

const plugin = () => ({ command: "conformance-plugin", sha256 });

describe("the suite with least-privilege tokens", () => {
  it("the full-run policy runs every check root runs, with the same outcomes", {
    timeout: 300_000,
  }, async () => {
    const asRoot = await runChecks({
      target: { address: f.url, token: f.token },
      checks,
      plugin: plugin(),
      databasePlugin: plugin(),
    });
    const token = await tokenFor("conformance-full", fullRunPolicy);
    const asPolicy = await runChecks({
      target: { address: f.url, token },
      checks,
      plugin: plugin(),
      databasePlugin: plugin(),
    });
    const outcomes = (run: typeof asRoot) =>
      run.results.map((r) => `${r.check.id}: ${r.outcome} ${r.message}`);
    expect(outcomes(asPolicy)).toEqual(outcomes(asRoot));
    expect(asPolicy.leftovers).toEqual([]);
  });

  it("the audit policy, read-only: nothing fails, and no check needs more than it grants", {
    timeout: 300_000,
  }, async () => {
    const token = await tokenFor("conformance-audit", auditPolicy);
    const run = await runChecks({ target: { address: f.url, token }, checks, readOnly: true });
    const failed = run.results.filter((r) => r.outcome === "fail").map((r) => `${r.check.id}: ${r.message}`);
    expect(failed).toEqual([]);
    expect(run.results.filter((r) => r.outcome === "pass").length).toBeGreaterThan(15);
    const needs = run.results.filter((r) => r.outcome === "skip" && r.message.startsWith("needs `"));
    // It reads all it needs; what it may not do is write (the malformed-body check posts to the catalog).
    expect(needs.map((r) => r.message).filter((m) => /^needs `(read|list|sudo)`/.test(m))).toEqual([]);
  });

  it("a read-only token without sudo: the catalog's checks are reported as needing sudo, not failed", {
    timeout: 300_000,
  }, async () => {
    const token = await tokenFor("conformance-nosudo", auditPolicy.replaceAll(', "sudo"', ""));
    const run = await runChecks({ target: { address: f.url, token }, checks, readOnly: true });
    expect(run.results.filter((r) => r.outcome === "fail").map((r) => r.check.id)).toEqual([]);
    const needs = run.results.filter((r) => r.outcome === "skip" && r.message.startsWith("needs `"));
    expect(needs.map((r) => r.message)).toContain(
      "needs `sudo` on sys/plugins/catalog/* (LIST sys/plugins/catalog/database was refused)",
    );
  });
});
