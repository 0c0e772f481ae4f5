// Testing the tests: for every deviation planted in front of a correct server, at least one check must fail;
// against the correct server, none may.
import { type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checks } from "./checks/index.js";
import { type Plugin, runChecks } from "./engine.js";
import { deviations } from "./faults/deviations.js";
import { startProxy } from "./faults/proxy.js";

let fixture: Fixture;
let plugin: Plugin;
const caught = new Map<string, string[]>();

beforeAll(async () => {
  fixture = await startFixture();
  plugin = { command: "fault-plugin", sha256: await fixture.writePlugin("fault-plugin") };
  process.env.SYSPLUGINS_FAULTS_TOKEN = fixture.token;
});
afterAll(async () => {
  const share = [...caught.values()].filter((ids) => ids.length > 0).length;
  console.log(
    `deviations caught: ${share} of ${deviations.length} (${Math.round((share / deviations.length) * 100)}%)`,
  );
  for (const [name, ids] of caught) console.log(`  ${name}: ${ids.length ? ids.join(", ") : "NOT CAUGHT"}`);
  await fixture.close();
});

async function failingChecks(name: string | undefined): Promise<string[]> {
  const deviation = deviations.find((d) => d.name === name);
  const proxy = await startProxy(fixture.url, deviation);
  try {
    const run = await runChecks({ target: { address: proxy.url, token: fixture.token }, checks, plugin });
    return run.results.filter((r) => r.outcome === "fail").map((r) => r.check.id);
  } finally {
    await proxy.close();
  }
}

describe("fault injection", () => {
  it("the correct server, through the proxy, fails no check", async () => {
    expect(await failingChecks(undefined)).toEqual([]);
  });

  it.each(deviations.map((d) => [d.name, d.description]))(
    "%s (%s) is caught by at least one check",
    async (name) => {
      const failing = await failingChecks(name);
      caught.set(name, failing);
      expect(failing.length, `no check noticed the deviation "${name}"`).toBeGreaterThan(0);
    },
  );
});
