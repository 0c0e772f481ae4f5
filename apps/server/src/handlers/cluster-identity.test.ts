// End to end: the cluster's id and name on the embedded store. sys/seal-status and sys/health report the
// same pair, named as Vault names a cluster given none, and both survive a restart because they are kept in
// the data directory (cluster.json), as the root token is; another data directory is another cluster.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../testing/fixture.js";

async function identity(f: Fixture) {
  const seal = await f.call("GET", "sys/seal-status", { token: "" });
  const health = await f.call("GET", "sys/health", { token: "" });
  expect(seal.status).toBe(200);
  expect(health.status).toBe(200);
  const pair = { cluster_name: seal.json.cluster_name, cluster_id: seal.json.cluster_id };
  expect({ cluster_name: health.json.cluster_name, cluster_id: health.json.cluster_id }).toEqual(pair);
  return pair;
}

describe.each(["vault", "openbao"])("the cluster's identity (%s)", (flavor) => {
  let f: Fixture;
  let other: Fixture;
  beforeAll(async () => {
    f = await startFixture(["--flavor", flavor]);
    other = await startFixture(["--flavor", flavor]);
  });
  afterAll(async () => {
    await f.close();
    await other.close();
  });

  it("is the same in seal-status and health, and survives a restart", async () => {
    const before = await identity(f);
    expect(before.cluster_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(before.cluster_name).toMatch(/^vault-cluster-[0-9a-f]{8}$/);
    expect(JSON.parse(await readFile(join(f.dataDir, "cluster.json"), "utf8"))).toEqual(before);
    await f.restart();
    expect(await identity(f)).toEqual(before);
    // Another data directory is another cluster.
    const theirs = await identity(other);
    expect(theirs.cluster_id).not.toBe(before.cluster_id);
  });

  it("names the build date as the product does (Vault build_date, OpenBao commit_date)", async () => {
    const seal = (await f.call("GET", "sys/seal-status", { token: "" })).json;
    const [ours, theirs] =
      flavor === "openbao" ? ["commit_date", "build_date"] : ["build_date", "commit_date"];
    expect(seal[ours]).toBe("");
    expect(seal).not.toHaveProperty(theirs);
    // The embedded store is a file store; a cluster's nodes say postgresql (cluster/cluster.test.ts).
    expect(seal.storage_type).toBe("file");
  });
});
