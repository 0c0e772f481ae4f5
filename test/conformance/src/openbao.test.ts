// The conformance suite against a real OpenBao (bao server -dev, started here on a loopback port) with
// the project's real plugin: every check passes, or is skipped as a capability OpenBao lacks.
import { join } from "node:path";
import { type BaoWithPlugins, baoMissing, startBaoWithPlugins } from "@sysplugins/openbao-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBaoCapabilities } from "./capabilities.js";
import { checks } from "./checks/index.js";
import { type Run, runChecks } from "./engine.js";
import { describeChecks, writeReports } from "./vitest-suite.js";

const skip = baoMissing("the conformance suite against real OpenBao");
let bao: BaoWithPlugins | undefined;
let run: Promise<Run>;

describe.skipIf(skip)("real OpenBao", () => {
  beforeAll(async () => {
    bao = await startBaoWithPlugins();
    const plugin = bao.plugin("sysplugins-secret", "v1.0.0");
    const database = bao.plugin("sysplugins-database", "v1.0.0");
    run = runChecks({
      target: { address: bao.address, token: bao.token },
      checks,
      // OpenBao runs the binary at registration and refuses a version it does not report: the plugin
      // reports whatever SYSPLUGINS_PLUGIN_VERSION (from the catalog entry's env) says.
      plugin: { command: plugin.command, sha256: plugin.sha256, versionEnv: "SYSPLUGINS_PLUGIN_VERSION" },
      databasePlugin: {
        command: database.command,
        sha256: database.sha256,
        versionEnv: "SYSPLUGINS_PLUGIN_VERSION",
      },
    }).then((r) =>
      writeReports(
        r,
        join(import.meta.dirname, "..", "reports", `openbao-${bao?.version}`),
        `conformance: OpenBao ${bao?.version}`,
        undefined,
        { target: `OpenBao ${bao?.version}` },
      ),
    );
    await run;
  });
  afterAll(() => bao?.stop());

  it("is judged as the release it is, one the suite has facts for", async () => {
    const r = await run;
    expect([r.release.product, r.release.version, r.release.note]).toEqual(["openbao", bao?.version, ""]);
  });

  it("reports pins, reload by type, reload status and global reload missing", async () => {
    expect((await run).capabilities).toEqual(openBaoCapabilities);
  });

  describeChecks("OpenBao", () => run);
});
