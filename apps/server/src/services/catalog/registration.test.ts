import { describe, expect, it } from "vitest";
import { DomainError } from "../../domain/errors.js";
import type { CatalogRecord } from "../../domain/records.js";
import type { InspectResult } from "../../ports/runtime.js";
import { learnByRunning } from "./registration.js";

const record = (over: Partial<CatalogRecord> = {}): CatalogRecord => ({
  type: "secret",
  name: "p",
  version: "",
  command: "p",
  args: [],
  env: [],
  sha256: "00",
  ...over,
});
const seeing = (result: InspectResult) => ({ inspect: async () => result });

describe("what registration learns by running the binary", () => {
  it.each([
    [
      "no version asked, one reported: stored canonical",
      record(),
      { ok: true, type: "secret", version: "1.2.0" },
      { version: "v1.2.0" },
    ],
    [
      "the version asked is the one reported",
      record({ version: "v1.0.0" }),
      { ok: true, type: "secret", version: "v1.0.0" },
      { version: "v1.0.0" },
    ],
    [
      "nothing reported: the version asked",
      record({ version: "v1.0.0" }),
      { ok: true, type: "secret", version: "" },
      { version: "v1.0.0" },
    ],
    [
      "an untyped registration takes the type found",
      record({ type: "unknown" }),
      { ok: true, type: "auth", version: "" },
      { type: "auth" },
    ],
    [
      "a typed binary that cannot run is registered as asked",
      record({ type: "database", version: "v1.0.0" }),
      { ok: false, errors: ["x"] },
      { type: "database", version: "v1.0.0" },
    ],
  ] as [string, CatalogRecord, InspectResult, Partial<CatalogRecord>][])(
    "%s",
    async (_n, given, seen, want) => {
      expect(await learnByRunning(seeing(seen), given)).toMatchObject(want);
    },
  );

  it("a different version reported is 400 plugin version mismatch, in Vault's words", async () => {
    const run = learnByRunning(
      seeing({ ok: true, type: "secret", version: "v1.0.1" }),
      record({ version: "v1.0.0" }),
    );
    await expect(run).rejects.toMatchObject({
      code: "invalid_request",
      message:
        "plugin version mismatch: p reported version (v1.0.1) did not match requested version (v1.0.0)",
    });
  });

  it("an untyped binary that is no plugin fails with every attempt's error", async () => {
    const run = learnByRunning(seeing({ ok: false, errors: ["a", "b", "c"] }), record({ type: "unknown" }));
    await expect(run).rejects.toBeInstanceOf(DomainError);
    await expect(run).rejects.toMatchObject({ code: "operation_failed", messages: ["a", "b", "c"] });
  });
});
