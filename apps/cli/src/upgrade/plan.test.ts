// The CLI reads and orders versions as Vault does (go-version), not as npm's semver does: four segments,
// "1.2" and prereleases included.
import { describe, expect, it } from "vitest";
import { UsageError } from "../args.js";
import type { MountRow } from "../inventory.js";
import { canonical, compare, manualRollback, type Plan } from "./plan.js";

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

describe("manual rollback of database connections", () => {
  const row = (runningInferred: boolean): MountRow => ({
    type: "database",
    path: "database/config/my-db",
    mountPath: "database/",
    connection: "my-db",
    plugin: "my-db-plugin",
    configured: "v1.0.0",
    running: "v1.0.0",
    runningSha256: "ab",
    pinned: undefined,
    ...(runningInferred ? { runningInferred: true as const } : {}),
  });
  const plan = (mounts: MountRow[]): Plan => ({
    direction: "upgrade",
    type: "database",
    name: "my-db-plugin",
    version: "v1.0.1",
    sha256: "cd",
    register: undefined,
    replaces: undefined,
    method: "tune",
    previousPin: undefined,
    mounts,
    pending: mounts,
  });
  it.each([
    ["Vault", false, "vault"],
    ["OpenBao (no running version reported)", true, "bao"],
  ])("names %s's CLI", (_server, inferred, cli) => {
    expect(manualRollback(plan([row(inferred)]))).toEqual([
      `# write database/config/my-db plugin_version=v1.0.0 (e.g. ${cli} write database/config/my-db plugin_version=v1.0.0)`,
    ]);
  });
});
