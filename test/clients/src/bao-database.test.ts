// The real `bao` CLI (OpenBao 2.7.2), unchanged, through Vault's upgrade procedure for a database plugin:
// against our server in the OpenBao flavour and in the Vault flavour (whose API the CLI speaks too, and
// where the engine answers more), and against real OpenBao with the project's real database plugin
// (verify_connection=false: no database is needed), which proves the test checks the CLI, not our server.
// Last, the two OpenBao runs are compared command by command: our flavour must print what OpenBao prints.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BaoWithPlugins, baoMissing, findBao, startBaoWithPlugins } from "@sysplugins/openbao-harness";
import { type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baoDatabaseUpgrade, comparable, type DatabaseRun, type DatabaseServer } from "./bao-database.js";
import { parseTable } from "./bao-table.js";
import type { Release } from "./plugins.js";
import { missing, requireInCi } from "./tools.js";

const skip = baoMissing("the bao CLI database plugin procedure");
/** Real OpenBao runs the project's database plugin, which Go builds. */
const noRealPlugin =
  Boolean(skip) ||
  !requireInCi(
    "the bao CLI database plugin procedure against real OpenBao",
    await missing("go", ["version"], "install Go 1.25 or later; .ci/run does"),
  );
const bin = () => {
  const found = findBao();
  if ("missing" in found) throw new Error(found.missing);
  return found.bin;
};

let home: string;
beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "sysplugins-bao-db-home-"));
});
afterAll(() => rm(home, { recursive: true, force: true }));

/** The runs of the procedure on an OpenBao target, with their releases, for the comparison at the end. */
const openbaoRuns: { ours?: [DatabaseRun, Release[]]; real?: [DatabaseRun, Release[]] } = {};

const report = (where: string, run: DatabaseRun) => {
  console.log(`bao CLI database procedure against ${where}: ${run.ran.length} commands, all passed`);
  for (const why of run.skipped) console.log(`  skipped on ${where}: ${why}`);
};

describe.skipIf(skip).each([
  { product: "openbao", args: ["--flavor", "openbao"] },
  { product: "vault", args: [] },
] as const)("bao CLI against our server, $product flavour", ({ product, args }) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture([...args]);
  });
  afterAll(() => f?.close());

  it("runs the database plugin upgrade procedure", async () => {
    // Our server hashes the files but runs no plugin process: any two files are two releases.
    const release = async (version: string): Promise<Release> => {
      const command = `my-db-plugin-${version}`;
      return { version, command, sha256: await f.writePlugin(command, `#!/bin/sh\n# ${command}\n`) };
    };
    const server: DatabaseServer = { product, releases: [await release("v1.0.0"), await release("v1.0.1")] };
    const run = await baoDatabaseUpgrade({ bin: bin(), address: f.url, token: f.token, home }, server);
    report(`sysplugins (${product} flavour)`, run);
    if (product === "openbao") openbaoRuns.ours = [run, server.releases];
    expect(run.skipped.length).toBe(product === "vault" ? 0 : 3);
  });
});

describe.skipIf(noRealPlugin)("bao CLI against real OpenBao", () => {
  let bao: BaoWithPlugins;
  beforeAll(async () => {
    bao = await startBaoWithPlugins();
  });
  afterAll(() => bao?.stop());

  it("runs the database plugin upgrade procedure with the real database plugin", async () => {
    const release = (version: string): Release => {
      const built = bao.plugin("sysplugins-database", version);
      return { version, command: built.command, sha256: built.sha256 };
    };
    const server: DatabaseServer = { product: "openbao", releases: [release("v1.0.0"), release("v1.0.1")] };
    const run = await baoDatabaseUpgrade(
      { bin: bin(), address: bao.address, token: bao.token, home },
      server,
    );
    report(`OpenBao ${bao.version}`, run);
    openbaoRuns.real = [run, server.releases];
    expect(run.skipped.length).toBe(3);
  });
});

describe.skipIf(noRealPlugin)("bao CLI: our openbao flavour against real OpenBao", () => {
  it("prints the same for every command of the procedure", () => {
    const { ours, real } = openbaoRuns;
    if (!ours || !real) throw new Error("a run of the procedure above failed: nothing to compare");
    // bao server -dev also mounts secret/ (kv v2), which our server does not: compare the database/ row,
    // without its random accessor and uuid.
    const narrow = {
      "secrets list -detailed": (stdout: string) => {
        const row = parseTable(stdout).find((r) => r.Path === "database/");
        const { Accessor: _, UUID: __, ...rest } = row ?? {};
        return `${JSON.stringify(rest)}\n`;
      },
    };
    console.log("compared on every command (of `secrets list -detailed`, the database/ row)");
    expect(comparable(...ours, narrow)).toEqual(comparable(...real, narrow));
  });
});
