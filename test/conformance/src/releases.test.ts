import { describe, expect, it } from "vitest";
import { holds, releasesOf, resolveRelease, rules } from "./releases.js";

describe("the release a target is judged by", () => {
  it.each([
    ["openbao", "2.7.1", "OpenBao 2.7.1", ""],
    ["vault", "1.16.3", "Vault 1.16.3", ""],
    [
      "openbao",
      "2.8.0",
      "OpenBao 2.7.2",
      "no facts for OpenBao 2.8.0: judged as OpenBao 2.7.2, the newest the suite knows",
    ],
    [
      "vault",
      "1.19.1",
      "Vault 1.20",
      "no facts for Vault 1.19.1: judged as Vault 1.20, the newest the suite knows",
    ],
    [
      "vault",
      "",
      "Vault 1.20",
      "no facts for Vault (release not reported): judged as Vault 1.20, the newest the suite knows",
    ],
  ] as const)("%s %s is judged as %s", (product, reported, label, note) => {
    const r = resolveRelease(product, reported);
    expect([r.label, r.note]).toEqual([label, note]);
  });

  it.each([
    [rules.openbaoReloadScope, "2.7.1", false],
    [rules.openbaoReloadScope, "2.7.2", true],
    [rules.openbaoShaLength, "2.6.1", false],
    [rules.openbaoShaLength, "2.7.0", true],
  ])("%j at %s: %s", (rule, version, want) => {
    expect(holds(rule, resolveRelease("openbao", version))).toBe(want);
    expect(holds(rule, resolveRelease("vault", "1.20.0"))).toBe(false);
  });

  it("names the releases of a rule", () => {
    expect(releasesOf(rules.openbaoReloadScope)).toBe("OpenBao 2.7.2");
    expect(releasesOf(rules.openbaoReloadScope, false)).toBe("OpenBao 2.6.1 to 2.7.1");
    expect(releasesOf(rules.openbaoShaLength)).toBe("OpenBao 2.7.0 and later");
    expect(releasesOf(rules.vault116)).toBe("Vault 1.16 and later");
  });
});
