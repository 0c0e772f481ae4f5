// Carrying out a plan: each step reported as it happens, then a check of what runs, and on failure a
// rollback to the state the plan recorded before it started.
import { isNotFound, isUnsupported, type SysPluginsClient, VaultResponseError } from "@sysplugins/client";
import { inventory, type MountRow } from "../inventory.js";
import { collapseRepeated, short } from "../output.js";
import type { Plan } from "./plan.js";

/** Where progress goes: an event (one NDJSON line) and, for people, a line. */
export type Report = (event: Record<string, unknown>, line: string) => void;

const messageOf = (err: unknown) =>
  collapseRepeated(err instanceof VaultResponseError || err instanceof Error ? err.message : String(err));

async function step(
  report: Report,
  failures: string[],
  event: Record<string, unknown>,
  label: string,
  action: () => Promise<unknown>,
): Promise<boolean> {
  try {
    await action();
    report({ event: "step", ...event, ok: true }, `✓ ${label}`);
    return true;
  } catch (err) {
    const message = messageOf(err);
    failures.push(`${label}: ${message}`);
    report({ event: "step", ...event, ok: false, error: message }, `✗ ${label}: ${message}`);
    return false;
  }
}

/** Sets a mount's plugin_version; for a database connection, writes it, which restarts the connection. */
function tune(client: SysPluginsClient, m: MountRow, version: string): Promise<unknown> {
  if (m.type === "database")
    return client.database.write(m.mountPath.replace(/\/$/, ""), m.connection ?? "", {
      plugin_version: version,
    });
  return (m.type === "auth" ? client.auth : client.mounts).tune(m.mountPath, { plugin_version: version });
}

/** A connection's stored plugin_version (undefined for a mount, or when it cannot be read). */
async function storedVersion(client: SysPluginsClient, m: MountRow): Promise<string | undefined> {
  if (m.type !== "database") return undefined;
  try {
    return (await client.database.read(m.mountPath.replace(/\/$/, ""), m.connection ?? "")).data
      .plugin_version;
  } catch {
    return undefined;
  }
}

/** Reload on every node given, one after the other (each node runs what it reloaded itself). */
async function reloadAll(nodes: SysPluginsClient[], plan: Plan, mounts: MountRow[]): Promise<void> {
  for (const node of nodes) {
    try {
      await reload(node, plan, mounts);
    } catch (err) {
      if (nodes.length === 1 || !(err instanceof Error)) throw err;
      throw new Error(`on ${node.address}: ${err.message}`);
    }
  }
}

/**
 * verify on every node given: a mount is right only when it is right on each. A node that restarts a
 * connection from the stored configuration does so on its own schedule: asked again, a bounded number of
 * times, before a difference counts.
 */
async function verifyAll(
  nodes: SysPluginsClient[],
  mounts: MountRow[],
  expect: (m: MountRow) => [string, string],
  refused: ReadonlySet<string>,
): Promise<Checked[]> {
  const [first] = nodes;
  if (!first) return [];
  if (nodes.length === 1) return verify(first, mounts, expect, refused);
  let result: Checked[] = [];
  for (let attempt = 0; attempt < 10; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 200));
    const each = await Promise.all(nodes.map((n) => verify(n, mounts, expect, refused)));
    result = mounts.map((_, i) => {
      const bad = nodes.findIndex((_n, j) => !each[j]?.[i]?.ok);
      const pick = each[Math.max(bad, 0)]?.[i] as Checked;
      return bad < 0 ? pick : { ...pick, node: nodes[bad]?.address as string };
    });
    if (result.every((r) => r.ok)) return result;
  }
  return result;
}

/** Reload what the plan moves: the mounts it tuned, or every mount of the plugin for a pin. */
async function reload(client: SysPluginsClient, plan: Plan, mounts: MountRow[]): Promise<unknown> {
  if (plan.method === "tune") return client.reload.backend({ mounts: mounts.map((m) => m.path) });
  try {
    return await client.reload.plugin(plan.type, plan.name);
  } catch (err) {
    // Servers without reload/:type/:name (OpenBao, Vault before 1.16): reload by plugin name.
    if (isNotFound(err) || isUnsupported(err)) return client.reload.backend({ plugin: plan.name });
    throw err;
  }
}

export interface Checked {
  path: string;
  /** With several nodes: the node whose answer this is (the first that does not run what it should). */
  node?: string;
  running: string;
  runningSha256: string;
  ok: boolean;
  /** The server reports no running version (OpenBao's connections): `running` is the configured one. */
  runningInferred?: true;
}

export interface Outcome {
  ok: boolean;
  failures: string[];
  mounts: Checked[];
  /** What the rollback put back, in words. */
  restored: string[];
  /** True when the recorded state is back (and verified). */
  rolledBack: boolean;
  /** False when the first step failed and the server holds nothing this run wrote (nothing to roll back). */
  changed: boolean;
}

/**
 * What runs now, against what each mount should run. Where the server reports no running version (a
 * connection on OpenBao), what it can show is checked: the stored plugin_version and the catalog's
 * SHA-256 for it, and, for a connection this run wrote, that the server accepted the write (which
 * restarts the connection on that version and is refused when it cannot start it).
 */
async function verify(
  client: SysPluginsClient,
  mounts: MountRow[],
  expect: (m: MountRow) => [string, string],
  refused: ReadonlySet<string>,
): Promise<Checked[]> {
  const now = await inventory(client);
  return mounts.map((before) => {
    const m = now.find((n) => n.path === before.path);
    const [version, sha256] = expect(before);
    return {
      path: before.path,
      running: m?.running ?? "",
      runningSha256: m?.runningSha256 ?? "",
      ok:
        m !== undefined &&
        m.running === version &&
        m.runningSha256 === sha256 &&
        !(m.runningInferred && refused.has(m.path)),
      ...(m?.runningInferred ? { runningInferred: true as const } : {}),
    };
  });
}

/** A verified row in words; `expected` is what it should run, when it does not. */
function checkedLine(r: Checked, refused: boolean, expected: string, again = false): string {
  const sha = short(r.runningSha256) || "-";
  if (r.runningInferred) {
    const what = `${r.path} is configured ${r.running || "(none)"} (sha256 ${sha} in the catalog)`;
    if (!r.ok) return `✗ ${what}${refused ? ", the server refused the write" : ""}, expected ${expected}`;
    return `✓ ${what}${again ? " again, as before" : ""}; its running version is not verified: this server reports none for a connection`;
  }
  if (!r.ok)
    return `✗ ${r.path} runs ${r.running || "(unversioned)"} (sha256 ${sha})${r.node ? ` on ${r.node}` : ""}, expected ${expected}`;
  return again
    ? `✓ ${r.path} runs ${r.running || "(unversioned)"} again, as before`
    : `✓ ${r.path} runs ${r.running} (sha256 ${sha})`;
}

export async function apply(
  client: SysPluginsClient,
  plan: Plan,
  report: Report,
  rollbackOnFailure: boolean,
  /** Every node to reload and verify on (-all-nodes); the default is the node asked. */
  nodes: SysPluginsClient[] = [client],
): Promise<Outcome> {
  const failures: string[] = [];
  let ok = true;
  let pinMoved = false;
  let reloaded = false;
  const tuned: MountRow[] = [];
  const refused = new Set<string>();
  // A connection restarts when its plugin_version is written: there is nothing more to reload.
  const reloads = !(plan.method === "tune" && plan.type === "database");

  if (plan.register) {
    ok = await step(
      report,
      failures,
      { step: "register", version: plan.version },
      `registered ${plan.version}`,
      () =>
        client.catalog.register(plan.type, plan.name, {
          sha256: plan.sha256,
          command: plan.register?.command ?? plan.name,
          version: plan.version,
          ...(plan.register?.args ? { args: plan.register.args } : {}),
          ...(plan.register?.env ? { env: plan.register.env } : {}),
        }),
    );
  }
  if (!ok) {
    // The registration was refused: nothing changed, so there is nothing to verify against the new
    // version and nothing to roll back.
    const mounts = await verifyAll(nodes, plan.mounts, (m) => [m.running, m.runningSha256], refused);
    return { ok: false, failures, mounts, restored: [], rolledBack: false, changed: false };
  }
  if (plan.method === "pin" && plan.previousPin !== plan.version) {
    pinMoved = true;
    ok = await step(
      report,
      failures,
      { step: "pin", version: plan.version },
      `pinned ${plan.name} to ${plan.version}`,
      () => client.pins.pin(plan.type, plan.name, plan.version),
    );
  } else if (plan.method === "tune") {
    for (const m of plan.pending) {
      tuned.push(m);
      ok = await step(
        report,
        failures,
        { step: "tune", mount: m.path, version: plan.version },
        `tuned ${m.path} to ${plan.version}`,
        () => tune(client, m, plan.version),
      );
      if (!ok) {
        refused.add(m.path);
        break;
      }
    }
  }
  if (ok && plan.pending.length > 0 && reloads) {
    reloaded = true;
    await step(
      report,
      failures,
      { step: "reload" },
      nodes.length > 1 ? `reloaded on ${nodes.length} nodes` : "reloaded",
      () => reloadAll(nodes, plan, plan.pending),
    );
  }

  const mounts = await verifyAll(nodes, plan.mounts, () => [plan.version, plan.sha256], refused);
  for (const r of mounts)
    report(
      { event: "verify", ...r },
      checkedLine(r, refused.has(r.path), `${plan.version} (sha256 ${short(plan.sha256)})`),
    );
  const success = failures.length === 0 && mounts.every((r) => r.ok);
  if (success || !rollbackOnFailure)
    return { ok: success, failures, mounts, restored: [], rolledBack: false, changed: true };
  return rollback(client, plan, report, { pinMoved, tuned, refused, reloaded }, mounts, failures, nodes);
}

/** What a plan's run changed: what a rollback undoes. */
export interface Done {
  pinMoved: boolean;
  tuned: MountRow[];
  /** Mounts whose write the server refused. */
  refused: ReadonlySet<string>;
  reloaded: boolean;
}

/** What a plan that ran to success changed (to undo it when a later step of a desired state fails). */
export const doneBy = (plan: Plan): Done => ({
  pinMoved: plan.method === "pin" && plan.previousPin !== plan.version,
  tuned: plan.method === "tune" ? plan.pending : [],
  refused: new Set(),
  reloaded: plan.pending.length > 0 && !(plan.method === "tune" && plan.type === "database"),
});

/**
 * Rollback: to what the plan recorded before it started, never to anything this run wrote; then a check
 * that what runs is what ran before.
 */
export async function rollback(
  client: SysPluginsClient,
  plan: Plan,
  report: Report,
  { pinMoved, tuned, refused, reloaded }: Done,
  mounts: Checked[],
  failures: string[],
  nodes: SysPluginsClient[] = [client],
): Promise<Outcome> {
  const restored: string[] = [];
  const undo: string[] = [];
  let back = true;
  const restore = async (event: Record<string, unknown>, label: string, action: () => Promise<unknown>) => {
    const done = await step(report, undo, { ...event, rollback: true }, label, action);
    if (done) restored.push(label);
    back = back && done;
  };
  if (pinMoved) {
    const previous = plan.previousPin;
    await restore(
      { step: "pin", version: previous ?? "" },
      previous
        ? `restored the pin of ${plan.name} to ${previous}`
        : `removed the pin of ${plan.name} (there was none)`,
      () =>
        previous ? client.pins.pin(plan.type, plan.name, previous) : client.pins.unpin(plan.type, plan.name),
    );
  }
  // The former catalog entry before the versions: writing a connection's version starts it at once,
  // on whatever the catalog holds for that version then.
  if (plan.replaces) {
    const e = plan.replaces;
    await restore(
      { step: "register", version: plan.version },
      `re-registered ${plan.version} with its former sha256 ${short(e.sha256)}`,
      () =>
        client.catalog.register(plan.type, plan.name, {
          sha256: e.sha256,
          command: e.command,
          version: plan.version,
          ...(e.args?.length ? { args: e.args } : {}),
        }),
    );
  }
  for (const m of tuned) {
    if (refused.has(m.path) && (await storedVersion(client, m)) === m.configured) {
      // The server refused the write and stored nothing (the running connection stays): writing the
      // former version back would only restart it.
      const label = `left ${m.path} on ${m.configured || "(none)"}: the server refused its write and stored nothing`;
      report(
        { event: "step", step: "tune", mount: m.path, rollback: true, ok: true, unchanged: true },
        `✓ ${label}`,
      );
      restored.push(label);
      continue;
    }
    if (!m.configured && m.type !== "database") {
      back = false;
      report(
        {
          event: "step",
          step: "tune",
          mount: m.path,
          rollback: true,
          ok: false,
          error: "no version to restore",
        },
        `✗ ${m.path} had no plugin_version before; Vault refuses to tune back to an empty version`,
      );
      continue;
    }
    await restore(
      { step: "tune", mount: m.path, version: m.configured },
      `tuned ${m.path} back to ${m.configured}`,
      () => tune(client, m, m.configured),
    );
  }
  if (reloaded)
    await restore(
      { step: "reload" },
      nodes.length > 1 ? `reloaded on ${nodes.length} nodes` : "reloaded",
      () => reloadAll(nodes, plan, tuned.length ? tuned : plan.pending),
    );
  // A connection whose write was refused kept running what it ran: what counts is that its stored
  // version is the one from before.
  const after = await verifyAll(nodes, plan.pending, (m) => [m.running, m.runningSha256], new Set());
  for (const r of after) {
    const before = plan.pending.find((m) => m.path === r.path) as MountRow;
    report(
      { event: "verify", rollback: true, ...r },
      checkedLine(r, false, `${before.running || "(unversioned)"}, as before`, true),
    );
  }
  failures.push(...undo);
  return {
    ok: false,
    failures,
    mounts,
    restored,
    rolledBack: back && after.every((r) => r.ok),
    changed: true,
  };
}
