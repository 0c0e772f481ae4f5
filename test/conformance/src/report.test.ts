// The report's header: what the server lacks apart from what the user chose, and what the cleanup left.
import { describe, expect, it } from "vitest";
import type { Capability, Check, Run } from "./engine.js";
import { resolveRelease } from "./releases.js";
import { consoleSummary, markdown } from "./report.js";

const release = resolveRelease("vault", "1.20.0");

const all: Record<Capability, boolean> = {
  write: true,
  plugin: true,
  pins: true,
  reloadByType: true,
  reloadStatus: true,
  globalReload: true,
  databasePlugin: true,
};
const check = (id: string, needs: Capability[]): Check => ({
  id,
  endpoint: "GET /sys/x",
  title: id,
  source: "",
  needs,
  run: async () => {},
});
const header = {
  address: "http://127.0.0.1:8200",
  version: "1.20.0",
  flavour: "vault",
  token: "lookup-self",
  date: "2026-12-06T00:00:00Z",
  suiteVersion: "0.1.0",
} as const;
const row = (md: string, key: string) => new RegExp(`^\\| ${key} \\| (.*) \\|$`, "m").exec(md)?.[1];

describe("report header", () => {
  it.each([
    [
      "no database plugin configured, on a server that has everything",
      { ...all, databasePlugin: false },
      { absent: "none", chosen: /no database plugin configured/ },
    ],
    [
      "OpenBao without pins, in read-only mode",
      { ...all, pins: false, write: false },
      { absent: "pins", chosen: /read-only mode/ },
    ],
    ["a full run", all, { absent: "none", chosen: /^none \(full run\)$/ }],
  ])("%s", (_name, capabilities, want) => {
    const run: Run = {
      capabilities,
      release,
      leftovers: [],
      results: [{ check: check("a", ["databasePlugin"]), outcome: "skip", message: "", ms: 0 }],
    };
    const md = markdown(run, header);
    expect(row(md, "Capabilities not present")).toBe(want.absent);
    expect(row(md, "Modes chosen")).toMatch(want.chosen);
  });

  it("the cleanup is reported either way: everything removed, or what is left", () => {
    const clean: Run = { capabilities: all, release, leftovers: [], results: [] };
    expect(row(markdown(clean, header), "Cleanup")).toBe("removed everything the run created");
    expect(consoleSummary(clean)).toContain("cleanup: removed everything the run created");
    const dirty: Run = {
      ...clean,
      leftovers: ["secret plugin sysplugins-conf-1-plain v1.0.0 (still in the catalog)"],
    };
    expect(row(markdown(dirty, header), "Cleanup")).toBe(
      "could not remove: secret plugin sysplugins-conf-1-plain v1.0.0 (still in the catalog)",
    );
    expect(consoleSummary(dirty)).toContain(
      "cleanup could not remove: secret plugin sysplugins-conf-1-plain",
    );
  });
});
