// drift -all-nodes on our three-node cluster (PostgreSQL, the built server): each node runs what it set
// up or reloaded itself, so a reload on one node leaves the others drifted until a global reload.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  findPostgres,
  type LocalCluster,
  type PostgresServer,
  startLocalCluster,
  startPostgres,
} from "@sysplugins/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./test-support.js";

const found = findPostgres();
const missing = "missing" in found ? found.missing : undefined;
if (missing && process.env.CI) throw new Error(`CI must run drift -all-nodes on a cluster: ${missing}`);
if (missing) console.warn(`skipping drift -all-nodes on a cluster: ${missing}`);

const TOKEN = "cli-cluster-token";
let postgres: PostgresServer | undefined;
let cluster: LocalCluster | undefined;
let dir = "";
const at = (n: number) => cluster?.nodes[n]?.url ?? "";
const sysplugins = (node: number, ...args: string[]) =>
  runCli({ VAULT_ADDR: at(node), VAULT_TOKEN: TOKEN }, ...args);

/** Asks until `check` holds, a bounded number of times (each a full request round). */
async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe.skipIf(missing)("drift -all-nodes on a three-node cluster", () => {
  beforeAll(async () => {
    postgres = await startPostgres();
    dir = await mkdtemp(join(tmpdir(), "sysplugins-cli-cluster-"));
    for (const v of ["1.0.0", "1.1.0"])
      await writeFile(join(dir, `node-plugin-${v}`), `#!/bin/sh\necho ${v}\n`, { mode: 0o755 });
    cluster = await startLocalCluster({
      storageUrl: await postgres.createDatabase("cli"),
      pluginDirectory: dir,
      rootToken: TOKEN,
      nodes: 3,
      // The binaries are scripts, not plugins: the nodes verify them and run nothing.
      pluginRuntime: "checksum",
    });
  }, 120_000);
  afterAll(async () => {
    await cluster?.close();
    await postgres?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("a reload on one node leaves the two others drifted, each named; a global reload ends it", async () => {
    for (const v of ["1.0.0", "1.1.0"])
      expect(
        (
          await sysplugins(
            0,
            "register",
            `-binary=${join(dir, `node-plugin-${v}`)}`,
            `-version=${v}`,
            "secret",
            "node-plugin",
          )
        ).code,
      ).toBe(0);
    expect(
      (await sysplugins(0, "secrets", "enable", "-path=nodes", "-plugin-version=v1.0.0", "node-plugin")).code,
    ).toBe(0);
    await until(
      async () =>
        JSON.parse((await sysplugins(0, "drift", "-all-nodes", "-format=json")).stdout).every(
          (n: { checked: boolean; drift: unknown[] }) => n.checked && n.drift.length === 0,
        ),
      "every node to run the new mount",
    );

    expect((await sysplugins(0, "secrets", "tune", "-plugin-version=v1.1.0", "nodes")).code).toBe(0);
    expect((await sysplugins(0, "reload", "-mounts=nodes")).code).toBe(0);
    const r = await sysplugins(0, "drift", "-all-nodes");
    expect(r.code).toBe(2);
    for (const n of [1, 2])
      expect(r.stdout).toMatch(
        new RegExp(`^${at(n)}\\s+nodes/\\s+node-plugin\\s+v1\\.1\\.0\\s+v1\\.0\\.0$`, "m"),
      );
    expect(r.stdout).toMatch(new RegExp(`^${at(0)} \\(.*active\\): no drift$`, "m"));
    expect(r.stdout).toMatch(new RegExp(`^${at(1)} \\(.*\\): 1 drifted`, "m"));
    // Without -all-nodes, the node asked has no drift: the reason for the flag.
    expect((await sysplugins(0, "drift")).code).toBe(0);

    expect((await sysplugins(0, "reload", "-plugin=node-plugin", "-scope=global")).code).toBe(0);
    await until(
      async () => (await sysplugins(0, "drift", "-all-nodes")).code === 0,
      "the global reload on every node",
    );
    const json = JSON.parse((await sysplugins(2, "drift", "-all-nodes", "-format=json")).stdout);
    expect(json.map((n: { node: string }) => n.node).sort()).toEqual([at(0), at(1), at(2)].sort());
    expect(json.find((n: { active: boolean }) => n.active).node).toBe(at(2));
  }, 180_000);

  it("apply -all-nodes reloads and verifies on every node; a failure is rolled back on every node", async () => {
    const file = join(dir, "nodes.yaml");
    const state = (version: string, extra = "") => `
plugins:
  - { type: secret, name: node-plugin, version: v1.0.0, binary: node-plugin-1.0.0 }
  - { type: secret, name: node-plugin, version: v1.1.0, binary: node-plugin-1.1.0 }${extra}
secrets:
  nodes: { plugin: node-plugin, version: ${version} }
  nodes-2: { plugin: node-plugin, version: ${version} }
`;
    await writeFile(file, state("v1.0.0"));
    const down = await sysplugins(1, "apply", "-all-nodes", file);
    expect(down.stderr).toBe("");
    expect(down.stdout).toContain("reloaded on 3 nodes");
    expect(down.stdout).toMatch(/✓ nodes-2\/ runs v1\.0\.0 \(sha256 [0-9a-f]{12}…\) on 3 nodes/);
    expect(down.code).toBe(0);
    expect((await sysplugins(0, "drift", "-all-nodes")).code).toBe(0);

    // v1.2.0's checksum is not its binary's: every node refuses to reload it, and every node is put back.
    await writeFile(
      file,
      state(
        "v1.2.0",
        `\n  - { type: secret, name: node-plugin, version: v1.2.0, command: node-plugin-1.1.0, sha256: "${"ab".repeat(32)}" }`,
      ),
    );
    const failed = await sysplugins(2, "apply", "-all-nodes", file);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain("checksums did not match");
    expect(failed.stdout).toContain("Rolled back: the server is as it was before this apply.");
    const drift = JSON.parse((await sysplugins(0, "drift", "-all-nodes", "-format=json")).stdout);
    expect(drift.map((n: { drift: unknown[] }) => n.drift)).toEqual([[], [], []]);
    await writeFile(file, state("v1.0.0"));
    expect((await sysplugins(0, "plan", file)).code).toBe(0);
    const preflight = await sysplugins(1, "preflight", `-plugin-directory=${dir}`, "-target=openbao-2.7.2");
    expect(preflight.stderr).toBe("");
    expect(preflight.stdout).toContain("Nothing found");
    expect(preflight.code).toBe(0);
  }, 180_000);
});
