// Each known release over HTTP, where releases differ (openbao-releases.ts measured every OpenBao row on the
// real release; vault-releases.ts cites Vault's source), and a release without facts is refused.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../../testing/fixture.js";
import { createOpenBaoFlavor } from "./openbao.js";
import { openBaoReleases } from "./openbao-releases.js";
import { compareReleases, holds, UnknownReleaseError } from "./releases.js";
import { createVaultFlavor } from "./vault.js";

interface OpenBaoRow {
  builtins: { ldap: boolean };
  shortSha: number;
  scopeLocal: number;
  notJson: string;
}
const v261: OpenBaoRow = {
  builtins: { ldap: true },
  shortSha: 204,
  scopeLocal: 200,
  notJson: "failed to decode JSON input: invalid character 'n'",
};
const v27: OpenBaoRow = {
  builtins: { ldap: false },
  shortSha: 400,
  scopeLocal: 200,
  notJson: "failed to decode JSON input: invalid character 'o' in literal null (expecting 'u')",
};
const rows: [string, OpenBaoRow][] = [
  ["2.6.1", v261],
  ["2.7.0", v27],
  ["2.7.1", v27],
  ["2.7.2", { ...v27, scopeLocal: 400 }],
];

describe.each(rows)("--flavor openbao --vault-version %s", (version, want) => {
  let f: Fixture;
  let sha: string;
  beforeAll(async () => {
    f = await startFixture(["--flavor", "openbao", "--vault-version", version]);
    sha = await f.writePlugin("p");
  });
  afterAll(() => f.close());

  it("reports the release and runs every builtin at it", async () => {
    expect((await f.call("GET", "sys/health")).json.version).toBe(version);
    const detailed: { builtin: boolean; version: string }[] = (await f.call("GET", "sys/plugins/catalog"))
      .json.data.detailed;
    expect(new Set(detailed.filter((d) => d.builtin).map((d) => d.version))).toEqual(
      new Set([`v${version}+builtin.bao`]),
    );
  });

  it("lists the builtins of the release", async () => {
    const data = (await f.call("GET", "sys/plugins/catalog")).json.data;
    const has = ["kerberos", "ldap", "radius"].map((n) => data.auth.includes(n));
    const secrets = ["ldap", "openldap"].map((n) => data.secret.includes(n));
    expect([...has, ...secrets]).toEqual(Array(5).fill(want.builtins.ldap));
  });

  it("takes a short SHA-256 or refuses it, as the release does", async () => {
    const a = await f.call("POST", "sys/plugins/catalog/secret/short", {
      body: { sha256: "0011", command: "p" },
    });
    expect(a.status).toBe(want.shortSha);
    if (a.status === 204) {
      expect((await f.call("GET", "sys/plugins/catalog/secret/short")).json.data.sha256).toBe("0011");
    } else expect(a.json.errors).toEqual(["Decoded SHA-256 value is not 32 bytes"]);
    expect(sha).toHaveLength(64);
  });

  it("checks a reload's scope from 2.7.2 only", async () => {
    const a = await f.call("POST", "sys/plugins/reload/backend", { body: { plugin: "kv", scope: "local" } });
    expect(a.status).toBe(want.scopeLocal);
    if (a.status === 400) expect(a.json.errors).toEqual(['scope must be unset or "global"']);
    else expect(a.json.data.reload_id).toBe(a.json.request_id);
  });

  it("words a body that is not JSON as the release's Go decoder does", async () => {
    const r = await fetch(`${f.url}/v1/sys/plugins/catalog/secret/x`, {
      method: "POST",
      headers: { "X-Vault-Token": f.token },
      body: "{not json",
    });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { errors: string[] }).errors).toEqual([want.notJson]);
  });
});

describe("the Vault flavour's releases", () => {
  it.each([
    ["1.12.0", [], false, false, "missing command value", "missing SHA-256 value"],
    ["1.15.2", [], true, false, "must provide at least one of command or oci_image", "missing SHA-256 value"],
    [
      "1.16.3",
      ["database-plugin-reload", "pins", "reload-by-type"],
      true,
      true,
      "must provide at least one of command or oci_image",
      "missing SHA-256 value",
    ],
    [
      "1.20.0",
      ["database-plugin-reload", "pins", "reload-by-type"],
      true,
      true,
      "must provide at least one of command or oci_image",
      "must provide at least one of sha256 or version: use sha256 for binary registration (version optional) or version only for artifact registration",
    ],
  ])(
    "%s: features %j, mount_type %s, warnings %s",
    async (version, features, mountType, warns, noCommand, noSha) => {
      const v = createVaultFlavor(version);
      expect([...v.features].filter((f) => f !== "global-reload").sort()).toEqual(features);
      expect(v.rules.envelopeMountType).toBe(mountType);
      expect([v.rules.versionWarning, v.rules.reload.warnWhenNone]).toEqual([warns, warns]);
      const read = (body: Record<string, unknown>) =>
        v.rules.readRegistration("/nonexistent", "secret", "x", body).then(
          () => "accepted",
          (e: Error) => e.message,
        );
      expect(await read({ sha256: "00" })).toBe(noCommand);
      expect(await read({ command: "x" })).toBe(noSha);
    },
  );
});

describe("releases without facts", () => {
  it.each([
    ["vault", "1.19.0", "1.12.x, 1.15.x, 1.16.x, 1.20.x"],
    ["vault", "2.7.2", "1.12.x"],
    ["openbao", "2.6.0", "2.6.1, 2.7.0, 2.7.1, 2.7.2"],
    ["openbao", "2.7.3", "2.7.2"],
  ])("%s %s is refused, naming the known releases", (flavor, version, known) => {
    const create = flavor === "vault" ? createVaultFlavor : createOpenBaoFlavor;
    expect(() => create(version)).toThrow(UnknownReleaseError);
    expect(() => create(version)).toThrow(known);
  });

  it("the server refuses to start with exit 2 and says which releases it knows", () => {
    const main = join(import.meta.dirname, "..", "..", "..", "dist", "main.js");
    const r = spawnSync(process.execPath, [main, "--flavor", "openbao", "--vault-version", "2.5.0"], {
      encoding: "utf8",
      timeout: 30_000,
      env: { ...process.env, HOME: "/nonexistent" },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      "no facts for OpenBao 2.5.0; the OpenBao flavour knows 2.6.1, 2.7.0, 2.7.1, 2.7.2",
    );
  });

  it("the defaults are the newest known releases", () => {
    const newest = [...openBaoReleases].sort((a, b) => compareReleases(b.version, a.version))[0]?.version;
    expect(createOpenBaoFlavor().version).toBe(newest);
    expect(createVaultFlavor().version).toBe("1.20.0");
    expect(holds({ first: "2.7.0" }, "2.6.1")).toBe(false);
    expect(holds({ last: "2.6.1" }, "2.6.1")).toBe(true);
  });
});
