// From a desired state to steps: one guided-upgrade plan (upgrade/plan.ts) per catalog entry or target
// version, each recording the state before it, plus the mounts to enable. What the server cannot do
// (pins on OpenBao or Vault before 1.16) and what the file asks for that cannot be reached are plan
// errors, collected rather than thrown, so that one run names them all.
import { isNotFound, isUnsupported, type PluginType, type SysPluginsClient } from "@sysplugins/client";
import { UsageError } from "../args.js";
import { inventory, isOpenBao, type MountRow } from "../inventory.js";
import { buildPlan, compare, isNoop, type Plan } from "../upgrade/plan.js";
import type { CatalogEntry, DesiredState, MountState } from "./file.js";

export interface Server {
  address: string;
  product: "vault" | "openbao";
  /** From sys/health; "" when it did not say. */
  version: string;
}

/** The product and release, as a plan error names them: "OpenBao 2.7.2", "Vault 1.15.0". */
export const release = (s: Server) =>
  `${s.product === "openbao" ? "OpenBao" : "Vault"}${s.version ? ` ${s.version}` : ""}`;

export interface Enable {
  table: "secrets" | "auth";
  path: string;
  plugin: string;
  version: string;
  /** The plugin is pinned (in the file): the mount is enabled without a version and runs the pin. */
  pinned: boolean;
}

export interface StatePlan {
  server: Server;
  /** Every group, noop or not, in the order apply runs them. */
  plans: Plan[];
  enables: Enable[];
  errors: string[];
}

export const changes = (p: StatePlan) => p.plans.filter((g) => !isNoop(g)).length + p.enables.length;

async function serverOf(client: SysPluginsClient): Promise<Server> {
  const [secrets, auths, health] = await Promise.all([
    client.mounts.list(),
    client.auth.list(),
    client.health().catch(() => undefined),
  ]);
  return {
    address: client.address,
    product: isOpenBao(secrets.data, auths.data) ? "openbao" : "vault",
    version: health?.version ?? "",
  };
}

async function hasPins(client: SysPluginsClient): Promise<boolean> {
  try {
    await client.pins.list();
    return true;
  } catch (err) {
    if (isNotFound(err) || isUnsupported(err)) return false;
    throw err;
  }
}

interface Group {
  type: PluginType;
  name: string;
  version: string;
  entry: CatalogEntry | undefined;
  pin: boolean;
  /** Paths of mounts or connections to move to this version (tune); empty with a pin. */
  paths: string[];
}

const tableType = (m: MountState): PluginType => (m.table === "auth" ? "auth" : "secret");
const rowPath = (m: MountState) => (m.table === "auth" ? `auth/${m.path}/` : `${m.path}/`);

export async function planState(client: SysPluginsClient, state: DesiredState): Promise<StatePlan> {
  const server = await serverOf(client);
  const errors: string[] = [];
  const rows = await inventory(client);
  const groups = new Map<string, Group>();
  const group = (type: PluginType, name: string, version: string) => {
    const key = `${type}/${name}/${version}`;
    let g = groups.get(key);
    if (!g) {
      g = { type, name, version, entry: undefined, pin: false, paths: [] };
      groups.set(key, g);
    }
    return g;
  };
  for (const e of state.plugins) group(e.type, e.name, e.version).entry = e;

  if (state.pins.length > 0 && !(await hasPins(client))) {
    errors.push(
      `pins: ${release(server)} has no plugin pins (sys/plugins/pins; Vault has them from 1.16, OpenBao not at all): remove the pins section for this server, and declare each mount's version instead`,
    );
  } else {
    for (const p of state.pins) group(p.type, p.name, p.version).pin = true;
  }
  const pinned = (type: PluginType, name: string) =>
    state.pins.find((p) => p.type === type && p.name === name);

  const enables: Enable[] = [];
  for (const m of state.mounts) {
    const type = tableType(m);
    const row = rows.find((r) => r.type === type && r.path === rowPath(m));
    const where = `${m.table}.${m.path}`;
    const pin = pinned(type, m.plugin);
    if (pin && pin.version !== m.version) {
      errors.push(
        `${where}: ${m.plugin} is pinned to ${pin.version} in the same file; a pinned plugin's mounts run the pin (declare ${pin.version}, or drop the pin)`,
      );
      continue;
    }
    if (!row) {
      enables.push({
        table: m.table,
        path: m.path,
        plugin: m.plugin,
        version: m.version,
        pinned: Boolean(pin),
      });
      continue;
    }
    if (row.plugin !== m.plugin) {
      errors.push(
        `${where}: the mount runs plugin ${row.plugin}, not ${m.plugin}: disable it first, or fix the file`,
      );
      continue;
    }
    if (pin) continue; // the pin's plan moves it
    group(type, m.plugin, m.version).paths.push(row.path.replace(/\/$/, ""));
  }
  for (const c of state.connections) {
    const row = rows.find((r) => r.type === "database" && r.path === c.path);
    const where = `databases.${c.path}`;
    if (!row) {
      errors.push(
        `${where}: no such connection (its connection_url and credentials are not part of the desired state: create it first)`,
      );
      continue;
    }
    if (c.plugin && row.plugin !== c.plugin) {
      errors.push(`${where}: the connection uses plugin ${row.plugin}, not ${c.plugin}`);
      continue;
    }
    if (pinned("database", row.plugin)) continue;
    group("database", row.plugin, c.version).paths.push(row.path);
  }

  const plans: Plan[] = [];
  for (const g of groups.values()) {
    try {
      const plan = await buildPlan(client, {
        direction: "upgrade",
        type: g.type,
        name: g.name,
        version: g.version,
        sha256: g.entry?.sha256,
        binary: g.entry?.binary,
        command: g.entry?.command,
        args: g.entry?.args,
        env: g.entry?.env,
        usePin: g.pin,
        only: g.pin ? undefined : g.paths,
        checkDirection: false,
      });
      plan.direction = directionOf(plan);
      plans.push(plan);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      errors.push(`${g.type} plugin ${g.name} ${g.version}: ${err.message}`);
    }
  }
  // A mount to enable at a version neither declared nor registered cannot be enabled.
  for (const e of enables) {
    const type = e.table === "auth" ? "auth" : "secret";
    if (groups.has(`${type}/${e.plugin}/${e.version}`)) continue;
    try {
      await client.catalog.read(type, e.plugin, e.version);
    } catch (err) {
      if (!isNotFound(err)) throw err;
      errors.push(
        `${e.table}.${e.path}: ${type} plugin ${e.plugin} ${e.version} is neither registered nor declared under plugins`,
      );
    }
  }
  return { server, plans, enables, errors };
}

/** "downgrade" when every mount the plan moves goes to an older version; else "upgrade". */
function directionOf(plan: Plan): Plan["direction"] {
  const moves = plan.pending.map((m: MountRow) => compare(plan.version, m.running));
  return moves.length > 0 && moves.every((c) => c !== undefined && c < 0) ? "downgrade" : "upgrade";
}
