// The conformance suite against our server emulating every release it knows (--flavor openbao|vault
// --vault-version V): each is held to that release's expectations, with the real database plugin
// (@sysplugins/plugins' sysplugins-database) for the database checks. OpenBao releases report the same
// capabilities missing as real OpenBao; a planted release mix-up (emulating 2.7.2, judged as 2.6.1) fails
// naming both releases.
import { copyFile, mkdtemp, realpath, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildPlugins, PLUGIN_BUILDS, type PluginBinary } from "@sysplugins/plugins";
import { type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBaoCapabilities } from "./capabilities.js";
import { checks } from "./checks/index.js";
import { type Plugin, type Run, runChecks } from "./engine.js";
import { describeChecks, writeReports } from "./vitest-suite.js";

export const emulated: [flavor: "openbao" | "vault", version: string][] = [
  ["openbao", "2.6.1"],
  ["openbao", "2.7.0"],
  ["openbao", "2.7.1"],
  ["openbao", "2.7.2"],
  ["vault", "1.12.0"],
  ["vault", "1.15.0"],
  ["vault", "1.16.0"],
  ["vault", "1.20.0"],
];

let built: string;
let database: PluginBinary;
beforeAll(async () => {
  built = await mkdtemp(join(await realpath(tmpdir()), "sysplugins-conf-plugins-"));
  const builds = PLUGIN_BUILDS.filter((b) => b.name === "sysplugins-database" && b.version === "v1.0.0");
  [database] = (await buildPlugins(built, builds)) as [PluginBinary];
}, 600_000);
afterAll(() => rm(built, { recursive: true, force: true }));

async function start(flavor: string, version: string) {
  const fixture = await startFixture(["--flavor", flavor, "--vault-version", version]);
  const sha256 = await fixture.writePlugin("conformance-plugin");
  await copyFile(database.file, join(fixture.pluginDir, database.command));
  const plugin: Plugin = { command: "conformance-plugin", sha256 };
  const databasePlugin: Plugin = {
    command: database.command,
    sha256: database.sha256,
    versionEnv: "SYSPLUGINS_PLUGIN_VERSION",
  };
  return { fixture, plugin, databasePlugin };
}

for (const [flavor, version] of emulated) {
  describe(`our server, --flavor ${flavor} --vault-version ${version}`, () => {
    let fixture: Fixture | undefined;
    let run: Promise<Run>;
    beforeAll(async () => {
      const s = await start(flavor, version);
      fixture = s.fixture;
      run = runChecks({
        target: { address: s.fixture.url, token: s.fixture.token },
        checks,
        plugin: s.plugin,
        databasePlugin: s.databasePlugin,
      }).then((r) =>
        writeReports(
          r,
          join(import.meta.dirname, "..", "reports", `ours-${flavor}-${version}`),
          `conformance: our server, ${flavor} ${version}`,
          undefined,
          { target: `ours ${flavor} ${version}` },
        ),
      );
      await run;
    });
    afterAll(() => fixture?.close());

    it(`is judged as ${flavor === "openbao" ? "OpenBao" : "Vault"} ${version}`, async () => {
      const r = await run;
      expect([r.release.product, r.release.version, r.release.note]).toEqual([flavor, version, ""]);
    });
    if (flavor === "openbao") {
      it("reports the capabilities real OpenBao lacks, and only those", async () => {
        expect((await run).capabilities).toEqual(openBaoCapabilities);
      });
    }
    describeChecks(`our server (${flavor} ${version})`, () => run);
  });
}

describe("a release mix-up", () => {
  it("our server emulating OpenBao 2.7.2, judged as 2.6.1, fails naming both releases", async () => {
    const s = await start("openbao", "2.7.2");
    try {
      const ids = ["reload.errors", "catalog.register.short-sha", "wire.malformed-json"];
      const r = await runChecks({
        target: { address: s.fixture.url, token: s.fixture.token },
        checks: checks.filter((c) => ids.includes(c.id)),
        plugin: s.plugin,
        judgeAs: { product: "openbao", version: "2.6.1" },
      });
      const failed = r.results.filter((x) => x.outcome === "fail");
      expect(failed.map((x) => x.check.id).sort()).toEqual([...ids].sort());
      for (const f of failed) {
        expect(f.message).toContain("OpenBao 2.6.1");
        expect(f.message).toContain("OpenBao 2.7.2");
      }
    } finally {
      await s.fixture.close();
    }
  });
});
