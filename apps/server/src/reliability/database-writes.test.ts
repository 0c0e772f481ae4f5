// Database connections under concurrent and hostile writes, against the real server over HTTP (issue #24
// items 2, 6 and 13): two writes to one connection both count, a reload racing a plugin_version write
// leaves configured = running, and a detail nested as deep as Go's decoder takes is stored, served and
// survives a restart — a write that cannot be stored starts nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../testing/fixture.js";

let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
  const v100 = await f.writePlugin("db-1.0.0", "#!/bin/sh\n# database plugin 1.0.0\n");
  const v101 = await f.writePlugin("db-1.0.1", "#!/bin/sh\n# database plugin 1.0.1\n");
  for (const [version, command, sha256] of [
    ["v1.0.0", "db-1.0.0", v100],
    ["v1.0.1", "db-1.0.1", v101],
  ]) {
    const r = await f.call("POST", "sys/plugins/catalog/database/db-plugin", {
      body: { sha256, command, version },
    });
    expect(r.status).toBe(204);
  }
  expect((await f.call("POST", "sys/mounts/database", { body: { type: "database" } })).status).toBe(204);
});
afterAll(() => f.close());

const create = async (name: string) => {
  const r = await f.call("POST", `database/config/${name}`, {
    body: { plugin_name: "db-plugin", plugin_version: "v1.0.0", verify_connection: false },
  });
  expect(r.status).toBe(204);
};
const readConnection = async (name: string) => {
  const r = await f.call("GET", `database/config/${name}`);
  expect(r.status).toBe(200);
  return r.json.data;
};
/** A body whose detail `deep` is `depth` objects nested in each other, as text (too deep for JSON.stringify). */
const deepBody = (depth: number, extra: string) =>
  `{${extra}"deep":${'{"a":'.repeat(depth - 1)}{}${"}".repeat(depth - 1)}}`;
const depthOf = (value: unknown): number => {
  let depth = 0;
  for (let v = value; v !== null && typeof v === "object"; v = (v as { a?: unknown }).a) depth++;
  return depth;
};

describe("database connections under concurrent writes", () => {
  it("two writes to one connection, each adding a detail, both keep their detail (60 rounds)", async () => {
    await create("concurrent");
    let lost = 0;
    for (let round = 0; round < 60; round++) {
      const [a, b] = await Promise.all(
        ["a", "b"].map((side) =>
          f.call("POST", "database/config/concurrent", { body: { [`k${round}${side}`]: "x" } }),
        ),
      );
      // Serialised, both are applied (OpenBao refuses one instead: then that one must say so).
      expect([a?.status, b?.status]).toEqual([204, 204]);
      const details = (await readConnection("concurrent")).connection_details;
      if (!(`k${round}a` in details) || !(`k${round}b` in details)) lost++;
    }
    expect(lost).toBe(0);
  });

  it("a reload racing a plugin_version write leaves configured = running (60 rounds)", async () => {
    await create("racing");
    let differ = 0;
    for (let round = 0; round < 60; round++) {
      const version = round % 2 === 0 ? "v1.0.1" : "v1.0.0";
      const [write, reload] = await Promise.all([
        f.call("POST", "database/config/racing", { body: { plugin_version: version } }),
        f.call("POST", "database/reload/db-plugin"),
      ]);
      expect(write.status).toBe(204);
      expect(reload.status).toBe(200);
      const data = await readConnection("racing");
      expect(data.plugin_version).toBe(version);
      if (data.running_plugin_version !== data.plugin_version) differ++;
    }
    expect(differ).toBe(0);
  });
});

describe("database connections nested as deep as Go's decoder takes", () => {
  it("a write with a detail 3,000 deep and a new version: stored, served and running what is configured", async () => {
    await create("deep");
    const r = await f.call("POST", "database/config/deep", {
      rawBody: deepBody(3000, '"plugin_version":"v1.0.1",'),
      headers: { "Content-Type": "application/json" },
    });
    expect(r.status).toBe(204);
    const data = await readConnection("deep");
    expect(data.plugin_version).toBe("v1.0.1");
    expect(data.running_plugin_version).toBe("v1.0.1");
    expect(depthOf(data.connection_details.deep)).toBe(3000);
  });

  it("9,999 levels (Go's 10,000 with the body) are stored, served, and read again after a restart", async () => {
    await create("deepest");
    const ok = await f.call("POST", "database/config/deepest", {
      rawBody: deepBody(9998, ""),
      headers: { "Content-Type": "application/json" },
    });
    expect(ok.status).toBe(204);
    // One more level is past Go's bound: refused as malformed, and nothing changes.
    const tooDeep = await f.call("POST", "database/config/deepest", {
      rawBody: deepBody(10000, '"plugin_version":"v1.0.1",'),
      headers: { "Content-Type": "application/json" },
    });
    expect(tooDeep.status).toBe(400);
    await f.restart();
    const data = await readConnection("deepest");
    expect(depthOf(data.connection_details.deep)).toBe(9998);
    expect(data.plugin_version).toBe("v1.0.0");
    expect(data.running_plugin_version).toBe("v1.0.0");
  });
});
