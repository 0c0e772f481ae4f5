// The same Go programs against real OpenBao (bao server -dev, with the project's real plugins, which
// OpenBao runs to check their versions): OpenBao's client runs every step OpenBao has, and Vault's client
// every step whose call exists there. This proves the programs test the clients, not our server's quirks.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BaoWithPlugins, baoMissing, startBaoWithPlugins } from "@sysplugins/openbao-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPrograms, type Program, runProgram } from "./go-programs.js";
import type { Plugins, Subject } from "./plugins.js";
import { missing, requireInCi } from "./tools.js";

const canRun =
  requireInCi(
    "the Go client workflows against OpenBao",
    await missing("go", ["version"], "install Go 1.25 or later; .ci/run does"),
  ) && !baoMissing("the Go client workflows");

let bao: BaoWithPlugins;
let bin: string;
let home: string;
beforeAll(async () => {
  if (!canRun) return;
  [bao, bin, home] = await Promise.all([
    startBaoWithPlugins(),
    buildPrograms(),
    mkdtemp(join(tmpdir(), "sysplugins-home-")),
  ]);
});
afterAll(async () => {
  await bao?.stop();
  for (const dir of [bin, home]) if (dir) await rm(dir, { recursive: true, force: true });
});

/** The real plugin's two builds, registered under a name unique to the program. */
function subject(plugin: string, name: string): Subject {
  return {
    name,
    releases: ["v1.0.0", "v1.0.1"].map((version) => {
      const built = bao.plugin(plugin, version);
      return { version, command: built.command, sha256: built.sha256 };
    }),
  };
}

const envFor = (program: Program): Record<string, string> =>
  program === "vault-api"
    ? { HOME: home, VAULT_ADDR: bao.address, VAULT_TOKEN: bao.token }
    : { HOME: home, BAO_ADDR: bao.address, BAO_TOKEN: bao.token };

describe.skipIf(!canRun)("Go clients against real OpenBao", () => {
  // Not in OpenBao: the reload status endpoint (both clients call it) and reload/:type/:name (Vault's).
  it.each([
    ["openbao-api", 2],
    ["vault-api", 2],
  ] as const)("%s runs every step OpenBao has, with no failed step", async (program, notApplicable) => {
    const plugins: Plugins = {
      secret: subject("sysplugins-secret", `${program}-secrets`),
      auth: subject("sysplugins-auth", `${program}-auth`),
    };
    const outcome = await runProgram(join(bin, program), plugins, "openbao", envFor(program));
    console.log(
      `${program} against OpenBao ${bao.version}: ${outcome.passed} passed, ${outcome.failed} failed`,
    );
    expect(outcome.failed, `${outcome.output}\n${bao.log()}`).toBe(0);
    expect(outcome.code, outcome.output).toBe(0);
    expect(outcome.notApplicable, outcome.output).toBe(notApplicable);
    expect(outcome.passed).toBeGreaterThan(40);
  });
});
