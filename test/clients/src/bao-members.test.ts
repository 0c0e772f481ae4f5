// The real `bao operator members` (OpenBao 2.7.2's CLI, unchanged), which reads sys/ha-status through
// OpenBao's Go client and prints a table or JSON: against real OpenBao's dev server, against our server as
// OpenBao, and against a three-node cluster of ours on a real PostgreSQL. Both outputs are parsed.
import { mkdtemp, rm } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { baoMissing, findBao, startBao } from "@sysplugins/openbao-harness";
import {
  findPostgres,
  type LocalCluster,
  type PostgresServer,
  startLocalCluster,
  startPostgres,
} from "@sysplugins/server";
import { type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baoRunner } from "./bao-run.js";
import { parseTable } from "./bao-table.js";
import { requireInCi } from "./tools.js";

const skip = baoMissing("bao operator members");
const postgres = findPostgres();
const canCluster =
  !skip &&
  requireInCi("bao operator members on a cluster", "missing" in postgres ? postgres.missing : undefined);

let home: string;
beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "sysplugins-bao-members-"));
});
afterAll(() => rm(home, { recursive: true, force: true }));

/** `bao operator members ARGS` against `address`; rejects with what the CLI printed when it exits non-zero. */
function members(address: string, token: string, ...args: string[]): Promise<string> {
  const found = findBao();
  if ("missing" in found) throw new Error(found.missing);
  return baoRunner({ bin: found.bin, address, token, home }).ok("operator", "members", ...args);
}

interface Member {
  hostname: string;
  api_address: string;
  cluster_address: string;
  active_node: boolean;
  last_echo: string | null;
  version: string;
}

/** Both outputs of the command, parsed; they must say the same. */
async function read(
  address: string,
  token: string,
): Promise<{ rows: Record<string, string>[]; nodes: Member[] }> {
  const rows = parseTable(await members(address, token));
  const json = JSON.parse(await members(address, token, "-format=json")) as { Nodes: Member[] };
  expect(rows.map((r) => r["API Address"])).toEqual(json.Nodes.map((n) => n.api_address));
  expect(rows.map((r) => r["Active Node"])).toEqual(json.Nodes.map((n) => String(n.active_node)));
  return { rows, nodes: json.Nodes };
}

/** What a non-HA dev server prints of itself: one active row, never echoed, no Raft upgrade version. */
function expectAlone(out: Awaited<ReturnType<typeof read>>, address: string, clusterAddress: string) {
  expect(out.rows).toEqual([
    {
      "Host Name": hostname(),
      "API Address": address,
      "Cluster Address": clusterAddress || "n/a",
      "Active Node": "true",
      Version: "2.7.2",
      "Upgrade Version": "n/a",
      "Last Echo": "n/a",
    },
  ]);
  expect(out.nodes).toStrictEqual([
    {
      hostname: hostname(),
      api_address: address,
      cluster_address: clusterAddress,
      active_node: true,
      last_echo: null,
      version: "2.7.2",
    },
  ]);
}

describe.skipIf(skip)("bao operator members against real OpenBao (bao server -dev)", () => {
  let bao: Awaited<ReturnType<typeof startBao>>;
  let plugins: string;
  beforeAll(async () => {
    plugins = await mkdtemp(join(tmpdir(), "sysplugins-bao-members-plugins-"));
    bao = await startBao({ pluginDir: plugins });
  });
  afterAll(async () => {
    await bao?.stop();
    await rm(plugins, { recursive: true, force: true });
  });

  it("lists the dev server alone, with its cluster address (the API port + 1)", async () => {
    const port = Number(new URL(bao.address).port);
    expectAlone(await read(bao.address, bao.token), bao.address, `https://127.0.0.1:${port + 1}`);
  });

  it("refuses another token: the CLI exits non-zero with the server's error", async () => {
    await expect(members(bao.address, "not-the-root")).rejects.toThrow(
      /exit 2.*Code: 403.*permission denied/s,
    );
  });
});

describe.skipIf(skip)("bao operator members against our server (OpenBao flavour)", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture(["--flavor", "openbao"]);
  });
  afterAll(() => f?.close());

  it("lists our server alone; it has no cluster port, so no cluster address", async () => {
    expectAlone(await read(f.url, f.token), f.url, "");
  });

  it("refuses another token: the CLI exits non-zero with the server's error", async () => {
    await expect(members(f.url, "not-the-root")).rejects.toThrow(/exit 2.*Code: 403.*permission denied/s);
  });
});

describe.skipIf(!canCluster)("bao operator members against a three-node cluster of ours", () => {
  let pg: PostgresServer;
  let cluster: LocalCluster;
  let plugins: string;
  const token = "members-root-token";
  beforeAll(async () => {
    plugins = await mkdtemp(join(tmpdir(), "sysplugins-bao-members-cluster-"));
    pg = await startPostgres();
    cluster = await startLocalCluster({
      storageUrl: await pg.createDatabase("members"),
      pluginDirectory: plugins,
      rootToken: token,
      nodes: 3,
    });
  }, 120_000);
  afterAll(async () => {
    await cluster?.close();
    await pg?.close();
    await rm(plugins, { recursive: true, force: true });
  });

  it("every node lists the three, itself as the active one and the others with their last echo", async () => {
    const urls = cluster.nodes.map((n) => n.url).sort();
    for (const n of cluster.nodes) {
      const { rows, nodes } = await read(n.url, token);
      expect(nodes.map((m) => m.api_address)).toEqual(urls);
      for (const [i, m] of nodes.entries()) {
        const self = m.api_address === n.url;
        expect(m).toMatchObject({ hostname: hostname(), active_node: self, version: "1.20.0" });
        // The table prints the echo as RFC 3339 in seconds; JSON keeps the time the node last beat.
        expect(rows[i]?.["Last Echo"]).toMatch(self ? /^n\/a$/ : /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
        if (!self) expect(Math.abs(Date.now() - Date.parse(m.last_echo as string))).toBeLessThan(60_000);
      }
    }
  });
});
