// The contract, fuzzed against the real server by a tool nobody here wrote: schemathesis (PyPI, pinned
// and installed by .ci/run) with its stateless checks, a fixed seed and a bounded number of examples per
// operation. Every failure it reports must be one of the Vault behaviours listed below, which the contract
// states; anything else fails this test.
import { execFile, execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "./testing/fixture.js";

const VERSION = "4.32.5";
const contractFile = fileURLToPath(new URL("../../../openapi/openapi.yaml", import.meta.url));
const checks = [
  "not_a_server_error",
  "status_code_conformance",
  "content_type_conformance",
  "response_schema_conformance",
];

/**
 * Failures that are Vault's own answers, by schemathesis code and operation, with where the contract says
 * so. Each must be matched by the run (an unused one would explain away a new failure): a 5xx on register
 * or reload is no longer exempt, since this seed produces none.
 */
const explained: Record<string, string> = {
  "ST108 GET /sys/plugins/catalog/{type}/{name}":
    "A {type} outside the plugin types reaches Vault's deprecated untyped read, which answers 200 with " +
    "data null and a warning (the PluginType parameter says so; the schema keeps the typed answer).",
  "ST108 GET /sys/plugins/catalog/{type}": "The same, for the list of one type.",
  "ST101 POST /sys/capabilities":
    "No token in the body: Vault's handleCapabilities returns a plain error (500 `no token found`); the " +
    "contract states 500.",
};

function findSchemathesis(): string | undefined {
  const bin = process.env.SYSPLUGINS_SCHEMATHESIS ?? "schemathesis";
  let why: string;
  try {
    const version = execFileSync(bin, ["--version"], { encoding: "utf8" }).trim();
    if (version.endsWith(` ${VERSION}`)) return bin;
    why = `${bin} is ${version}, this test wants ${VERSION}`;
  } catch {
    why = `${bin} is not installed`;
  }
  const reason = `contract fuzzing: ${why} (pip install schemathesis==${VERSION}; .ci/run does it)`;
  if (process.env.CI) throw new Error(reason);
  console.log(`skipped: ${reason}`);
  return undefined;
}

const bin = findSchemathesis();

interface Report {
  complete: boolean;
  test_cases: { generated: number };
  failures: Array<{ code: string; title: string; operations: string[] }>;
  errors: unknown[];
}

describe.skipIf(!bin)("schemathesis against the server", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture();
    // The contract's examples name this command: let them register.
    await f.writePlugin("my-secrets-plugin");
  });
  afterAll(() => f?.close());

  it("finds nothing but the Vault behaviours the contract states", { timeout: 180_000 }, async () => {
    const reportFile = join(f.dir, "schemathesis.json");
    // biome-ignore format: one flag per line reads best
    const args = [
      "run", contractFile,
      "--url", `${f.url}/v1`,
      "-H", `X-Vault-Token: ${f.token}`,
      "--checks", checks.join(","),
      // The root token revoking itself would leave the rest of the run nothing but 403s.
      "--exclude-path", "/auth/token/revoke-self",
      "--phases", "examples,fuzzing",
      "--seed", "20261201",
      "--max-examples", "25",
      "--workers", "1",
      "--request-timeout", "10",
      "--generation-database", "none",
      "--no-color",
      "--report", "json",
      "--report-json-path", reportFile,
    ];
    const output = await promisify(execFile)(bin as string, args, {
      cwd: f.dir,
      timeout: 170_000,
      maxBuffer: 64 << 20,
    }).then(
      (r) => r.stdout,
      (e: { stdout?: string; code?: number }) => {
        // Exit code 1 means failures were found; they are read from the report below.
        if (e.code !== 1) throw e;
        return e.stdout ?? "";
      },
    );
    const report = JSON.parse(await readFile(reportFile, "utf8")) as Report;
    expect(report.complete).toBe(true);
    expect(report.errors).toEqual([]);
    expect(report.test_cases.generated).toBeGreaterThan(200);
    const found = report.failures.flatMap((failure) =>
      failure.operations.map((op) => `${failure.code} ${op}`),
    );
    const unexplained = found.filter((key) => !(key in explained));
    console.log(
      `schemathesis: ${report.test_cases.generated} requests; Vault behaviours seen: ${found.join("; ") || "none"}`,
    );
    if (unexplained.length > 0) {
      expect.fail(
        `schemathesis found ${unexplained.join("; ")}\n${output.slice(output.indexOf("FAILURES"))}`,
      );
    }
    // An exemption the run no longer needs would explain away a new failure there: it must go.
    const unused = Object.keys(explained).filter((key) => !found.includes(key));
    expect(unused, "exemptions no failure of this run matched: remove them").toEqual([]);
  });
});
