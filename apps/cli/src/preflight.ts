// Before an upgrade or a move to another product: what the live server uses that the target lacks, and what
// the server itself points at but no longer has. The target's facts (its builtins, core backends and
// features, per release) are the server package's flavour data (apps/server/src/adapters/flavor/), the one
// source of per-release facts in this repository: nothing here is a second table.
import { join } from "node:path";
import type { PluginType, SysPluginsClient } from "@sysplugins/client";
import { sha256File } from "@sysplugins/go-semantics";
import type { Flavor } from "@sysplugins/server";
import { inventory, isOpenBao, type MountRow } from "./inventory.js";

export interface Finding {
  /** What kind of problem: a stable name for pipelines. */
  kind:
    | "not-shipped"
    | "missing-plugin"
    | "missing-version"
    | "pin-missing-version"
    | "feature-missing"
    | "binary-missing"
    | "binary-differs";
  /** Where: a mount path, a connection, "pins", or a catalog entry. */
  where: string;
  message: string;
}

export interface Target {
  product: "vault" | "openbao";
  version: string;
  flavor: Flavor;
}

/** The product and release, as findings name them. */
export const targetName = (t: Pick<Target, "product" | "version">) =>
  `${t.product === "openbao" ? "OpenBao" : "Vault"} ${t.version}`;

/** "openbao-2.7.2", "vault-1.16.0"; undefined: the server's own product and release. */
export async function resolveTarget(
  spec: string | undefined,
  server: { product: "vault" | "openbao"; version: string },
): Promise<Target> {
  const m = spec ? /^(vault|openbao)-v?(\d+\.\d+\.\d+)$/.exec(spec) : undefined;
  if (spec && !m)
    throw new TargetError(`-target must be vault-X.Y.Z or openbao-X.Y.Z, got ${JSON.stringify(spec)}`);
  const product = (m?.[1] ?? server.product) as Target["product"];
  const version = m?.[2] ?? server.version;
  const { flavors } = await import("@sysplugins/server");
  try {
    return { product, version, flavor: (flavors[product] as (v?: string) => Flavor)(version) };
  } catch (err) {
    // The flavour names its known releases; its text speaks of the server's flag.
    const known = err instanceof Error ? err.message.replace(/^--vault-version [^:]+: /, "") : String(err);
    throw new TargetError(
      `${spec ? `-target=${spec}` : `this server (${targetName({ product, version })})`}: ${known}`,
    );
  }
}

export class TargetError extends Error {}

/** Whether the target ships a plugin of that type and name: a builtin it lists, or a core backend. */
function ships(flavor: Flavor, type: PluginType, name: string): boolean {
  const builtin = flavor.builtins.find(type, name);
  if (builtin && builtin.status !== "removed") return true;
  if (type === "database") return false;
  const table = flavor.core.backends[type === "auth" ? "auth" : "secret"];
  const alias = flavor.core.aliases[name] ?? name;
  return table.mountable.includes(alias) || table.singleton.includes(alias);
}

interface CatalogEntry {
  type: PluginType;
  name: string;
  version: string;
  builtin: boolean;
  sha256?: string;
}

export async function preflight(
  client: SysPluginsClient,
  targetSpec: string | undefined,
  pluginDirectory: string | undefined,
): Promise<{
  server: { product: "vault" | "openbao"; version: string };
  target: Target;
  findings: Finding[];
}> {
  const [secrets, auths, health, catalog] = await Promise.all([
    client.mounts.list(),
    client.auth.list(),
    client.health().catch(() => undefined),
    client.catalog.list(),
  ]);
  const server = {
    product: isOpenBao(secrets.data, auths.data) ? ("openbao" as const) : ("vault" as const),
    version: health?.version ?? "",
  };
  const target = await resolveTarget(targetSpec, server);
  const name = targetName(target);
  const entries = catalog.data.detailed as CatalogEntry[];
  const external = entries.filter((e) => !e.builtin);
  const has = (type: PluginType, plugin: string, version?: string) =>
    external.some(
      (e) => e.type === type && e.name === plugin && (version === undefined || e.version === version),
    );
  const findings: Finding[] = [];

  const rows = await inventory(client);
  for (const r of rows) findings.push(...mountFindings(r, target, name, has));

  const { data: pinsData } = await client.pins.list().catch(() => ({ data: { pinned_versions: [] } }));
  const pins = pinsData.pinned_versions;
  for (const p of pins)
    if (!has(p.type as PluginType, p.name, p.version))
      findings.push({
        kind: "pin-missing-version",
        where: `pin ${p.type}/${p.name}`,
        message: `pinned to ${p.version}, which the catalog no longer has: mounts of ${p.name} cannot start`,
      });
  if (pins.length > 0 && !target.flavor.features.has("pins"))
    findings.push({
      kind: "feature-missing",
      where: "pins",
      message: `${name} has no plugin pins: ${pins.length} pin(s) (${pins.map((p) => `${p.type}/${p.name} ${p.version}`).join(", ")}) would be lost; set each mount's plugin_version instead`,
    });

  if (pluginDirectory) {
    for (const e of external) {
      const where = `${e.type} plugin ${e.name}${e.version ? ` ${e.version}` : ""}`;
      const { data } = await client.catalog.read(e.type, e.name, e.version || undefined);
      const command = (data.command ?? "").split(" ")[0] ?? "";
      const file = join(pluginDirectory, command);
      const sha = await sha256File(file).catch(() => undefined);
      if (sha === undefined)
        findings.push({
          kind: "binary-missing",
          where,
          message: `${file} is absent from the plugin directory`,
        });
      else if (sha !== (data.sha256 ?? "").toLowerCase())
        findings.push({
          kind: "binary-differs",
          where,
          message: `${file} has SHA-256 ${sha}, the catalog ${data.sha256}: the server refuses to run it`,
        });
    }
  }
  return { server, target, findings };
}

function mountFindings(
  r: MountRow,
  target: Target,
  name: string,
  has: (type: PluginType, plugin: string, version?: string) => boolean,
): Finding[] {
  const what = r.type === "database" ? "connection" : r.type === "auth" ? "auth method" : "secrets engine";
  const external = has(r.type, r.plugin);
  if (external) {
    const version = r.pinned ?? r.configured;
    if (version && !version.includes("+builtin") && !has(r.type, r.plugin, version))
      return [
        {
          kind: "missing-version",
          where: r.path,
          message: `the ${what} is set to ${r.plugin} ${version}, which the catalog no longer has: it cannot start again (a reload, a restart)`,
        },
      ];
    return [];
  }
  if (ships(target.flavor, r.type, r.plugin)) return [];
  const builtinHere =
    r.running.includes("+builtin") || r.configured === "" || r.configured.includes("+builtin");
  return [
    builtinHere
      ? {
          kind: "not-shipped",
          where: r.path,
          message: `${name} does not ship the ${r.type} plugin ${r.plugin} this ${what} runs as a builtin: register an external build of it on the target first, or move the ${what} off it`,
        }
      : {
          kind: "missing-plugin",
          where: r.path,
          message: `the ${what}'s plugin ${r.type}/${r.plugin} is not in the catalog`,
        },
  ];
}
