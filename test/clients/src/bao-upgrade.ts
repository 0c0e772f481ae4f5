// Vault's documented plugin upgrade procedure, run with the real `bao` CLI and checked from its output:
// register v1, enable at v1, register v2, tune to v2 (configured, not yet running), `list -detailed`,
// reload by plugin and by mounts (now running v2), downgrade, for a secrets engine and an auth method.
import { expect } from "vitest";
import { type BaoTarget, baoRunner } from "./bao-run.js";
import { parseKeyValues, parseTable } from "./bao-table.js";
import type { Plugins, Subject } from "./plugins.js";

/** Runs the procedure; every command must succeed; returns each command line run, in order. */
export async function baoUpgrade(
  target: BaoTarget,
  plugins: Plugins,
  prefix: string,
  { policies = ["root"] }: { policies?: string[] } = {},
): Promise<string[]> {
  const { ok: bao, ran } = baoRunner(target);

  const status = parseKeyValues(await bao("status"));
  expect([status.Initialized, status.Sealed]).toEqual(["true", "false"]);
  const token = JSON.parse(await bao("token", "lookup", "-format=json"));
  for (const p of policies) expect(token.data.policies).toContain(p);

  const kinds = [
    { kind: "secrets", type: "secret", path: `${prefix}-secrets`, subject: plugins.secret },
    { kind: "auth", type: "auth", path: `${prefix}-auth`, subject: plugins.auth },
  ] as const;
  const register = (type: string, s: Subject, i: number) => {
    const r = s.releases[i] as Subject["releases"][number];
    return bao(
      "plugin",
      "register",
      `-sha256=${r.sha256}`,
      `-version=${r.version}`,
      `-command=${r.command}`,
      type,
      s.name,
    );
  };
  /** The mount's row of `bao secrets|auth list -detailed`, read from the table. */
  const listed = async (kind: string, path: string) => {
    const row = parseTable(await bao(kind, "list", "-detailed")).find((r) => r.Path === `${path}/`);
    if (!row) throw new Error(`${path}/ is not in bao ${kind} list -detailed`);
    return [row.Version, row["Running Version"]];
  };

  for (const { kind, type, path, subject } of kinds) {
    const [v1, v2] = subject.releases.map((r) => r.version) as [string, string];
    expect(await register(type, subject, 0)).toContain(`Success! Registered plugin: ${subject.name}`);
    expect(await bao(kind, "enable", `-path=${path}`, `-plugin-version=${v1}`, subject.name)).toContain(
      "Success!",
    );
    expect(await listed(kind, path)).toEqual([v1, v1]);

    await register(type, subject, 1);
    const versions = parseTable(await bao("plugin", "list", "-detailed", type))
      .filter((r) => r.Name === subject.name)
      .map((r) => r.Version);
    expect(versions).toEqual([v1, v2]);
    const info = parseKeyValues(await bao("plugin", "info", `-version=${v2}`, type, subject.name));
    expect([info.version, info.command, info.sha256]).toEqual([
      v2,
      subject.releases[1]?.command,
      subject.releases[1]?.sha256,
    ]);

    expect(await bao(kind, "tune", `-plugin-version=${v2}`, path)).toContain("Success! Tuned");
    expect(await listed(kind, path)).toEqual([v2, v1]);
    expect(await bao("plugin", "reload", `-plugin=${subject.name}`)).toContain(
      `Reloaded plugin: ${subject.name}`,
    );
    expect(await listed(kind, path)).toEqual([v2, v2]);

    // Downgrade: tune back, reload that mount only.
    const mount = kind === "auth" ? `auth/${path}` : path;
    await bao(kind, "tune", `-plugin-version=${v1}`, path);
    expect(await listed(kind, path)).toEqual([v1, v2]);
    expect(await bao("plugin", "reload", `-mounts=${mount}`)).toContain("Reloaded mounts");
    expect(await listed(kind, path)).toEqual([v1, v1]);

    await bao(kind, "disable", path);
    for (const r of subject.releases)
      await bao("plugin", "deregister", `-version=${r.version}`, type, subject.name);
    const left = parseTable(await bao("plugin", "list", "-detailed", type)).filter(
      (r) => r.Name === subject.name,
    );
    expect(left).toEqual([]);
  }
  return ran;
}
