import { describe, expect, it, vi } from "vitest";
import { baoMissing, findBao } from "./find.js";

describe("baoMissing", () => {
  const absent = { SYSPLUGINS_BAO: "/nonexistent/bao" };

  it("skips with a printed reason outside CI", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(baoMissing("the probe", absent)).toMatch(/\/nonexistent\/bao is not installed/);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^skipping the probe: /));
    warn.mockRestore();
  });

  it("fails in CI", () => {
    expect(() => baoMissing("the probe", { ...absent, CI: "true" })).toThrow(/CI must run the probe/);
    // The same rule as every other peer: any non-empty CI, not only "true" (CI=1 skipped silently before).
    expect(() => baoMissing("the probe", { ...absent, CI: "1" })).toThrow(/CI must run the probe/);
  });

  it("reports a binary that is not OpenBao", () => {
    expect(findBao({ SYSPLUGINS_BAO: "true" })).toEqual({
      missing: "true version printed no OpenBao version: ",
    });
  });
});
