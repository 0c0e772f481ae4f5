// The CLI reads and orders versions as Vault does (go-version), not as npm's semver does: four segments,
// "1.2" and prereleases included.
import { describe, expect, it } from "vitest";
import { UsageError } from "../args.js";
import { canonical, compare } from "./plan.js";

describe("versions in the CLI follow go-version", () => {
  it.each([
    ["1.2", "v1.2.0"],
    ["v1.2.3", "v1.2.3"],
    ["1.2.3.4", "v1.2.3.4"],
    ["01.2", "v1.2.0"],
    ["1.0.0-rc.1", "v1.0.0-rc.1"],
  ])("canonical(%j) = %j", (input, want) => {
    expect(canonical(input)).toBe(want);
  });

  it.each(["1.x", "", "v", "1.0.0beta"])("refuses %j with a usage error", (input) => {
    expect(() => canonical(input)).toThrow(UsageError);
  });

  it.each([
    ["v1.0.0.1", "v1.0.0", 1],
    ["v1.0.0.0", "v1.0.0", 0],
    ["v1.10.0", "v1.9.0", 1],
    ["v1.0.0-rc.1", "v1.0.0", -1],
    ["v1.0.0-rc.2", "v1.0.0-rc.10", -1],
    ["", "v1.0.0", undefined],
  ])("compare(%j, %j) = %s", (a, b, want) => {
    expect(compare(a, b)).toBe(want);
  });
});
