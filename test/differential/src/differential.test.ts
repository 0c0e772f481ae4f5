// The differential run as pnpm test runs it: real OpenBao and our server in its OpenBao flavour, every
// scenario, and no difference outside the allow-list. The reports land in test/differential/reports/.
import { join } from "node:path";
import { baoMissing } from "@sysplugins/openbao-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DifferentialRun, runDifferential } from "./differential.js";
import { summary, writeReports } from "./report.js";
import { scenarios } from "./scenarios/index.js";
import { startBoth } from "./servers.js";

const skip = baoMissing("the differential run against real OpenBao");

describe.skipIf(skip)("differential: our server (--flavor openbao) against real OpenBao", () => {
  let servers: Awaited<ReturnType<typeof startBoth>> | undefined;
  let run: DifferentialRun;

  beforeAll(async () => {
    servers = await startBoth();
    run = await runDifferential({ ...servers, scenarios });
    // One directory per real release: the CI matrix runs this file against each (SYSPLUGINS_BAO).
    const release = run.openbao.replace(/^OpenBao /, "");
    const files = await writeReports(run, join(import.meta.dirname, "..", "reports", `openbao-${release}`));
    console.log(`${summary(run)}\nReports: ${files.join(", ")}`);
  }, 900_000);
  afterAll(() => servers?.stop());

  it("runs at least 60 scenarios, each on both servers", () => {
    expect(run.totals.scenarios).toBeGreaterThanOrEqual(60);
    expect(run.totals.same + run.totals.allowed + run.totals.differs).toBe(run.totals.scenarios);
  });

  it("finds no difference the allow-list does not explain", () => {
    const unexplained = run.scenarios
      .filter((s) => s.outcome === "differs")
      .map((s) => ({ id: s.id, steps: s.differing.map((d) => ({ request: d.request, diffs: d.diffs })) }));
    expect(unexplained).toEqual([]);
  });

  it("uses every allow-list rule: a rule that matches nothing is stale", () => {
    expect(run.allowList.filter((r) => r.scenarios.length === 0).map((r) => r.id)).toEqual([]);
  });
});
