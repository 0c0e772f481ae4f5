// docs/MATRIX.md is what the saved results produce: regenerate it with `pnpm matrix` after a CI run
// (.ci/run copies each target's results into docs/matrix/).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readMatrixInput, renderMatrix, repoRoot } from "./matrix.js";

describe("docs/MATRIX.md", () => {
  it("is generated from docs/matrix/*.json (run `pnpm matrix` and commit both)", async () => {
    const input = await readMatrixInput(join(repoRoot, "docs", "matrix"));
    expect(input.conformance.length).toBeGreaterThanOrEqual(12);
    expect(input.differential.length).toBeGreaterThanOrEqual(4);
    const committed = await readFile(join(repoRoot, "docs", "MATRIX.md"), "utf8");
    expect(committed).toBe(renderMatrix(input));
  });

  it("every real release and every emulated release is green, and every differential has 0 unexplained", async () => {
    const input = await readMatrixInput(join(repoRoot, "docs", "matrix"));
    const failed = input.conformance.flatMap((t) =>
      t.results.filter((r) => r.outcome === "fail").map((r) => `${t.target} ${r.id}`),
    );
    expect(failed).toEqual([]);
    expect(input.differential.map((d) => [d.openbao, d.totals.differs])).toEqual(
      input.differential.map((d) => [d.openbao, 0]),
    );
  });

  it("a changed result changes the file", async () => {
    const input = await readMatrixInput(join(repoRoot, "docs", "matrix"));
    const first = input.conformance[0];
    if (!first?.results[0]) throw new Error("no results saved");
    const changed = structuredClone(input);
    (changed.conformance[0] as typeof first).results[0] = {
      ...first.results[0],
      outcome: "fail",
      message: "planted",
    };
    expect(renderMatrix(changed)).not.toBe(renderMatrix(input));
  });
});
