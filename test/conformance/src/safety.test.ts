// The suite is safe on a real server: read-only mode changes nothing, a run leaves nothing behind (also
// when checks fail), and what cannot run is skipped with its reason.
import { type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checks } from "./checks/index.js";
import { runChecks } from "./engine.js";
import { deviations } from "./faults/deviations.js";
import { startProxy } from "./faults/proxy.js";

let f: Fixture;
let sha256: string;
beforeAll(async () => {
  f = await startFixture();
  sha256 = await f.writePlugin("safety-plugin");
});
afterAll(() => f.close());

/** Everything a run could change, as the server reports it. */
async function snapshot() {
  const read = async (path: string) => (await f.call("GET", path)).json.data;
  const mounts = await read("sys/mounts");
  const auth = await read("sys/auth");
  return JSON.stringify({
    catalog: (await read("sys/plugins/catalog")).detailed,
    pins: await read("sys/plugins/pins"),
    mounts: Object.keys(mounts).map((k) => [k, mounts[k].type, mounts[k].plugin_version]),
    auth: Object.keys(auth),
  });
}

describe("safety", () => {
  it("read-only mode changes nothing and skips every check that would", async () => {
    const before = await snapshot();
    const run = await runChecks({
      target: { address: f.url, token: f.token },
      checks,
      plugin: { command: "safety-plugin", sha256 },
      databasePlugin: { command: "safety-plugin", sha256 },
      readOnly: true,
    });
    expect(await snapshot()).toBe(before);
    const writing = run.results.filter((r) => r.check.needs.includes("write"));
    expect(writing.length).toBeGreaterThan(10);
    expect(writing.every((r) => r.outcome === "skip" && r.message === "read-only mode")).toBe(true);
    expect(run.results.filter((r) => r.outcome === "fail")).toEqual([]);
  });

  it("a full run removes everything it created", async () => {
    const before = await snapshot();
    const run = await runChecks({
      target: { address: f.url, token: f.token },
      checks,
      plugin: { command: "safety-plugin", sha256 },
      databasePlugin: { command: "safety-plugin", sha256 },
    });
    expect(run.results.filter((r) => r.outcome === "fail")).toEqual([]);
    expect(run.leftovers).toEqual([]);
    expect(await snapshot()).toBe(before);
  });

  it("a run whose checks fail still removes everything it created", async () => {
    const before = await snapshot();
    const proxy = await startProxy(
      f.url,
      deviations.find((d) => d.name === "running-follows-tune"),
    );
    try {
      const run = await runChecks({
        target: { address: proxy.url, token: f.token },
        checks,
        plugin: { command: "safety-plugin", sha256 },
        databasePlugin: { command: "safety-plugin", sha256 },
      });
      expect(run.results.some((r) => r.outcome === "fail")).toBe(true);
    } finally {
      await proxy.close();
    }
    expect(await snapshot()).toBe(before);
  });

  it("without a plugin binary, the checks that need one are skipped with the reason", async () => {
    const run = await runChecks({ target: { address: f.url, token: f.token }, checks });
    const skipped = run.results.filter((r) => r.outcome === "skip");
    expect(skipped.length).toBeGreaterThan(5);
    expect(skipped.every((r) => r.message.includes("no external plugin configured"))).toBe(true);
    expect(run.results.filter((r) => r.outcome === "fail")).toEqual([]);
  });
});
