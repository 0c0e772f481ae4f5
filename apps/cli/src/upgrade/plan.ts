// The plan of an upgrade or downgrade: inputs validated first, then the state before any change
// (the pin, each mount's configured and running version) recorded, which is what a rollback restores.
import {
  isNotFound,
  isUnsupported,
  type PluginDetails,
  type PluginType,
  type SysPluginsClient,
} from "@sysplugins/client";
import { compareVersions, parseSemver } from "@sysplugins/go-semantics";
import { UsageError } from "../args.js";
import { typeAndName } from "../commands/catalog.js";
import type { Context } from "../context.js";
import { inventory, type MountRow } from "../inventory.js";
import { checkSha256, commandFor, readSha256 } from "../plugin-binary.js";
import { canonicalVersion } from "../version-flag.js";

export type Direction = "upgrade" | "downgrade";

export interface Plan {
  direction: Direction;
  type: PluginType;
  name: string;
  version: string;
  sha256: string;
  /** Set when the version must be registered (new, or with another checksum or command). */
  register: { command: string; args?: string[]; env?: string[] } | undefined;
  /** The catalog entry the registration replaces (same version, another checksum), to put back. */
  replaces: PluginDetails | undefined;
  method: "tune" | "pin";
  /** The pin before the upgrade (undefined: none). */
  previousPin: string | undefined;
  /** Every mount of the plugin the upgrade covers, as it was before. */
  mounts: MountRow[];
  /** The mounts to tune and reload: those not already configured to, and running, the version. */
  pending: MountRow[];
}

/** "1.2" -> "v1.2.0", as Vault canonicalises; a non-version is a usage error naming -version. */
export const canonical = (version: string): string => canonicalVersion(version);

/** -1, 0, 1 in go-version's order (as Vault sorts), or undefined when either side is not a version. */
export function compare(a: string, b: string): number | undefined {
  try {
    return compareVersions(parseSemver(a), parseSemver(b));
  } catch {
    return undefined;
  }
}

/** The plugin's pin; `pins: false` when the server has no pins (OpenBao, Vault before 1.16). */
export async function pinOf(
  client: SysPluginsClient,
  type: PluginType,
  name: string,
): Promise<{ pin: string | undefined; pins: boolean }> {
  try {
    return { pin: (await client.pins.read(type, name)).data.version, pins: true };
  } catch (err) {
    // Vault answers a plugin without a pin 404 with no errors; a server without pins has no such path.
    if (isUnsupported(err)) return { pin: undefined, pins: false };
    if (isNotFound(err))
      return { pin: undefined, pins: !err.errors.some((e) => e.includes("unsupported path")) };
    throw err;
  }
}

const bare = (path: string) => path.replace(/^\/+|\/+$/g, "");

/** A mount already where the plan takes it: nothing to tune or reload. */
export const done = (m: MountRow, version: string, sha256: string) =>
  m.configured === version && m.running === version && m.runningSha256 === sha256;

/** What a plan is asked to do: the guided upgrade's flags, or one step of a desired state (apply). */
export interface PlanRequest {
  direction: Direction;
  type: PluginType;
  name: string;
  /** Canonical (v1.2.0). */
  version: string;
  /** Lower-case hex, already checked against `binary` when both are given. */
  sha256?: string | undefined;
  binary?: string | undefined;
  command?: string | undefined;
  /** Extra registration fields (a desired state's args and env). */
  args?: string[] | undefined;
  env?: string[] | undefined;
  usePin: boolean;
  /** Only these mounts or connections (bare paths); undefined: every one of the plugin. */
  only: string[] | undefined;
  /** Refuse mounts that would move the other way (the upgrade and downgrade commands). */
  checkDirection: boolean;
}

export async function makePlan(ctx: Context, direction: Direction, usage: string): Promise<Plan> {
  // Inputs first: nothing is asked of the server before they are known good.
  const [type, name] = typeAndName(ctx, usage);
  const requested = ctx.flags.string("version");
  const givenSha = ctx.flags.string("sha256");
  const binary = ctx.flags.string("binary");
  const command = ctx.flags.string("command");
  const usePin = ctx.flags.bool("pin");
  const only = ctx.flags.list("mounts").map(bare);
  ctx.flags.bool("dry-run");
  ctx.flags.bool("no-rollback");
  ctx.flags.rejectUnknown();
  if (!requested) throw new UsageError(`-version is required\n${usage}`);
  if (usePin && only.length > 0)
    throw new UsageError("-pin moves every mount of the plugin: it does not take -mounts");
  if (only.some((m) => m === "")) throw new UsageError("-mounts has an empty path");
  const version = canonical(requested);
  if (givenSha !== undefined) checkSha256(givenSha);
  const binarySha = binary ? await readSha256(binary) : undefined;
  if (givenSha && binarySha && givenSha.toLowerCase() !== binarySha)
    throw new UsageError(`-sha256 ${givenSha} is not the SHA-256 of -binary=${binary} (${binarySha})`);
  return buildPlan(ctx.client, {
    direction,
    type,
    name,
    version,
    sha256: givenSha?.toLowerCase() ?? binarySha,
    binary,
    command,
    usePin,
    only: only.length > 0 ? only : undefined,
    checkDirection: true,
  });
}

/** The plan for a request whose inputs are known good: the state before it, recorded from the server. */
export async function buildPlan(client: SysPluginsClient, r: PlanRequest): Promise<Plan> {
  const { direction, type, name, version, binary, command, usePin, only } = r;
  let existing: PluginDetails | undefined;
  try {
    existing = (await client.catalog.read(type, name, version)).data;
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  const sha256 = (r.sha256 ?? existing?.sha256) as string | undefined;
  if (!sha256) {
    throw new UsageError(
      `${type} plugin ${name} ${version} is not registered: give -sha256=HEX or -binary=PATH to register it`,
    );
  }
  const wanted = commandFor(command, binary, name);
  const register =
    !existing || sha256 !== existing.sha256 || (command !== undefined && existing.command !== wanted)
      ? {
          command: wanted,
          ...(r.args?.length ? { args: r.args } : {}),
          ...(r.env?.length ? { env: r.env } : {}),
        }
      : undefined;

  const { pin: previousPin, pins } = await pinOf(client, type, name);
  if (usePin && !pins)
    throw new UsageError(
      "this server has no plugin pins (OpenBao, or Vault before 1.16): run the upgrade without -pin",
    );
  const method = usePin ? "pin" : "tune";
  // A registration alone (no mount to tune) does not touch the pin.
  if (previousPin && method === "tune" && (only === undefined || only.length > 0)) {
    throw new UsageError(
      `${type} plugin ${name} is pinned to ${previousPin}: pass -pin to move the pin, or unpin it first`,
    );
  }
  const matches = (m: MountRow, o: string) => bare(m.path) === o || bare(m.mountPath) === o;
  const mounts = (await inventory(client)).filter(
    (m) => m.type === type && m.plugin === name && (only === undefined || only.some((o) => matches(m, o))),
  );
  const missing = (only ?? []).filter((o) => !mounts.some((m) => matches(m, o)));
  if (missing.length > 0)
    throw new UsageError(
      `no ${type === "database" ? "database connection" : `${type} mount`} of ${name} at ${missing.join(", ")}`,
    );

  const wrongWay = r.checkDirection
    ? mounts.filter((m) => {
        const c = compare(version, m.running);
        return c !== undefined && (direction === "upgrade" ? c < 0 : c > 0);
      })
    : [];
  if (wrongWay.length > 0) {
    const other = direction === "upgrade" ? "downgrade" : "upgrade";
    throw new UsageError(
      `${version} would be a${other === "upgrade" ? "n" : ""} ${other} for ${wrongWay.map((m) => `${m.path} (runs ${m.running})`).join(", ")}: use \`sysplugins ${other}\``,
    );
  }
  const pending =
    method === "pin"
      ? mounts.filter((m) => previousPin !== version || m.running !== version || m.runningSha256 !== sha256)
      : mounts.filter((m) => !done(m, version, sha256));
  const replaces = register && existing ? existing : undefined;
  return { direction, type, name, version, sha256, register, replaces, method, previousPin, mounts, pending };
}

/** Nothing would change: registered, pinned or configured, and every mount already runs it. */
export const isNoop = (p: Plan) =>
  !p.register && (p.method !== "pin" || p.previousPin === p.version) && p.pending.length === 0;

export function describePlan(p: Plan): string[] {
  const lines = [`Plan: ${p.direction} ${p.type} plugin ${p.name} to ${p.version}`];
  let step = 1;
  lines.push(
    p.register
      ? `  ${step++}. register ${p.version} (sha256 ${p.sha256.slice(0, 12)}…, command ${p.register.command})`
      : `  ${step++}. ${p.version} is registered (sha256 ${p.sha256.slice(0, 12)}…)`,
  );
  if (p.method === "pin")
    lines.push(`  ${step++}. pin ${p.name} to ${p.version}${p.previousPin ? ` (now ${p.previousPin})` : ""}`);
  else if (p.pending.length > 0) {
    lines.push(
      p.type === "database"
        ? `  ${step++}. write plugin_version on ${p.pending.length} connection(s); each restarts at once:`
        : `  ${step++}. tune plugin_version on ${p.pending.length} mount(s):`,
    );
    for (const m of p.pending)
      lines.push(
        `       ${m.path}  ${m.configured || "(none)"} -> ${p.version}${m.runningInferred ? "" : `  (runs ${m.running || "(unversioned)"})`}`,
      );
  }
  for (const m of p.mounts.filter((m) => !p.pending.includes(m)))
    lines.push(`       ${m.path} already runs ${p.version}: left alone`);
  const what = p.type === "database" ? "connection" : `${p.type} mount`;
  const sha = `${p.sha256.slice(0, 12)}…`;
  if (p.mounts.length === 0) lines.push(`  ${step++}. no ${what} uses ${p.name}: nothing to reload`);
  else if (p.pending.length > 0) {
    if (p.method === "pin") lines.push(`  ${step++}. reload every ${what} of ${p.name}`);
    else if (p.type !== "database")
      lines.push(`  ${step++}. reload ${p.pending.map((m) => m.path).join(", ")}`);
    lines.push(
      p.mounts.some((m) => m.runningInferred)
        ? `  ${step++}. verify each connection's plugin_version reads ${p.version} with sha256 ${sha} in the catalog, and that the server accepted each write (this server reports no running version for a connection)`
        : `  ${step++}. verify each ${p.type === "database" ? "connection" : "mount"} runs ${p.version} with sha256 ${sha}`,
    );
  }
  lines.push(
    p.type === "database" && p.method === "tune"
      ? "  On failure: write back the versions above (each connection restarts at once), and exit 1 (unless -no-rollback)."
      : "  On failure: restore the pin and versions above, reload, and exit 1 (unless -no-rollback).",
  );
  return lines;
}

/** The commands that restore the recorded state by hand (with -no-rollback, or when the rollback failed). */
export function manualRollback(p: Plan): string[] {
  if (p.method === "pin") {
    const restore = p.previousPin
      ? `sysplugins pin -version=${p.previousPin} ${p.type} ${p.name}`
      : `sysplugins unpin ${p.type} ${p.name}`;
    return [`${restore} && sysplugins reload -type=${p.type} -plugin=${p.name}`];
  }
  if (p.type === "database") {
    // The product's own CLI: a server that reports no running version for a connection is OpenBao.
    const cli = p.mounts.some((m) => m.runningInferred) ? "bao" : "vault";
    return p.pending.map(
      (m) =>
        `# write ${m.path} plugin_version=${m.configured || '""'} (e.g. ${cli} write ${m.path} plugin_version=${m.configured || '""'})`,
    );
  }
  const table = p.type === "auth" ? "auth" : "secrets";
  const lines = p.pending.map((m) =>
    m.configured
      ? `sysplugins ${table} tune -plugin-version=${m.configured} ${m.mountPath.replace(/\/$/, "")}`
      : `# ${m.path} had no plugin_version (builtin or unversioned); Vault refuses to tune back to an empty version`,
  );
  if (p.pending.length > 0)
    lines.push(`sysplugins reload -mounts=${p.pending.map((m) => m.path.replace(/\/$/, "")).join(",")}`);
  return lines;
}
