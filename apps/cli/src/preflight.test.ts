// preflight against the real server: findings from the target's release facts (the server package's flavour
// data), the catalog and a local plugin directory; exit 0 when nothing is found, 2 with findings.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./test-support.js";

let f: Fixture;
const sysplugins = (...args: string[]) => runCli({ VAULT_ADDR: f.url, VAULT_TOKEN: f.token }, ...args);

beforeAll(async () => {
  f = await startFixture();
  for (const v of ["1.0.0", "1.1.0"]) await f.writePlugin(`pf-${v}`, `#!/bin/sh\necho ${v}\n`);
  for (const v of ["1.0.0", "1.1.0"])
    await sysplugins("register", `-binary=${join(f.pluginDir, `pf-${v}`)}`, `-version=${v}`, "secret", "pf");
  await sysplugins("secrets", "enable", "-path=pf-mount", "-plugin-version=v1.0.0", "pf");
});
afterAll(() => f.close());

describe("preflight", () => {
  it("the same server, everything in place: nothing found, exit 0", async () => {
    const r = await sysplugins("preflight", `-plugin-directory=${f.pluginDir}`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("(Vault 1.20.0) for Vault 1.20.0");
    expect(r.stdout).toContain("Nothing found");
    expect(r.code).toBe(0);
  });

  it.each([
    // target, what the findings are (kind and where), from the flavour data of each release
    [
      "openbao-2.7.2",
      [
        ["not-shipped", "auth/corp-ldap/"],
        ["feature-missing", "pins"],
      ],
    ],
    ["openbao-2.6.1", [["feature-missing", "pins"]]],
    ["vault-1.15.0", [["feature-missing", "pins"]]],
    ["vault-1.16.0", []],
  ])("-target=%s with an ldap auth method and a pin", async (target, want) => {
    await sysplugins("auth", "enable", "-path=corp-ldap", "ldap");
    await sysplugins("pin", "-version=v1.1.0", "secret", "pf");
    const r = await sysplugins("preflight", `-target=${target}`, "-format=json");
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout);
    expect(json.findings.map((x: { kind: string; where: string }) => [x.kind, x.where])).toEqual(want);
    expect(r.code).toBe(want.length > 0 ? 2 : 0);
    await sysplugins("unpin", "secret", "pf");
    await sysplugins("auth", "disable", "corp-ldap");
  });

  it("the pins finding and the ldap one name the release, for a person", async () => {
    await sysplugins("auth", "enable", "-path=corp-ldap", "ldap");
    await sysplugins("pin", "-version=v1.1.0", "secret", "pf");
    const r = await sysplugins("preflight", "-target=openbao-2.7.2");
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("OpenBao 2.7.2 does not ship the auth plugin ldap");
    expect(r.stdout).toContain("OpenBao 2.7.2 has no plugin pins: 1 pin(s) (secret/pf v1.1.0) would be lost");
    await sysplugins("unpin", "secret", "pf");
    await sysplugins("auth", "disable", "corp-ldap");
  });

  it("a binary absent from -plugin-directory or with another SHA-256 is named", async () => {
    await writeFile(join(f.pluginDir, "pf-1.1.0"), "#!/bin/sh\necho changed\n");
    const r = await sysplugins("preflight", `-plugin-directory=${f.pluginDir}`, "-format=json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).findings).toEqual([
      expect.objectContaining({ kind: "binary-differs", where: "secret plugin pf v1.1.0" }),
    ]);
    const elsewhere = await sysplugins("preflight", `-plugin-directory=${f.dir}`, "-format=json");
    expect(JSON.parse(elsewhere.stdout).findings.map((x: { kind: string }) => x.kind)).toEqual([
      "binary-missing",
      "binary-missing",
    ]);
  });

  it("a release without facts is a usage error naming the known ones", async () => {
    const r = await sysplugins("preflight", "-target=openbao-2.9.0");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "no facts for OpenBao 2.9.0; the OpenBao flavour knows 2.6.1, 2.7.0, 2.7.1, 2.7.2",
    );
    expect((await sysplugins("preflight", "-target=bao")).stderr).toContain(
      "-target must be vault-X.Y.Z or openbao-X.Y.Z",
    );
  });

  it("on the openbao flavour: its own release, Vault 1.16.0 and OpenBao 2.6.1 find nothing", async () => {
    const bao = await startFixture(["--flavor", "openbao"]);
    try {
      for (const target of [undefined, "vault-1.16.0", "openbao-2.6.1"]) {
        const r = await runCli(
          { VAULT_ADDR: bao.url, VAULT_TOKEN: bao.token },
          "preflight",
          ...(target ? [`-target=${target}`] : []),
        );
        expect(r.stderr).toBe("");
        expect(r.stdout).toMatch(/\(OpenBao 2\.7\.2\) for /);
        expect(r.code).toBe(0);
      }
    } finally {
      await bao.close();
    }
  });
});
