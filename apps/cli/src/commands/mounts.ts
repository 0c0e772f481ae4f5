// mounts, drift.
import type { Command, Context } from "../context.js";
import { drifted, expectedVersion, inventory, type MountRow } from "../inventory.js";
import { everyNode } from "../nodes.js";
import { short, table } from "../output.js";

/** What to say under a table with connections whose running version the server does not report. */
export const inferredNote = (rows: Pick<MountRow, "runningInferred">[]) =>
  rows.some((r) => r.runningInferred)
    ? "* Not reported: this server (OpenBao) reports no running version for database connections. Shown is the configured plugin_version and its SHA-256 in the catalog, which the server started when it accepted the connection's last write."
    : undefined;

export const mounts: Command = {
  usage: "sysplugins mounts [flags]",
  summary:
    "Show every secrets engine, auth method and database connection with its plugin's version, pinned version and running version.",
  flags: [{ name: "detailed", help: "Also print the full running SHA-256 and whether the mount drifted." }],
  examples: ["sysplugins mounts", "sysplugins mounts -detailed"],
  async run(ctx) {
    const detailed = ctx.flags.bool("detailed");
    ctx.flags.rejectUnknown();
    const rows = await inventory(ctx.client);
    if (ctx.output.json) {
      ctx.output.out(JSON.stringify(detailed ? rows.map((r) => ({ ...r, drifted: drifted(r) })) : rows));
      return 0;
    }
    const header = ["Path", "Plugin", "Version", "Pinned", "Running Version"];
    ctx.output.out(
      table([
        detailed ? [...header, "Running SHA256", "Drift"] : [...header, "Running SHA256"],
        ...rows.map((r) => [
          r.path,
          r.plugin,
          r.configured || "n/a",
          r.pinned ?? "n/a",
          `${r.running || "n/a"}${r.runningInferred ? "*" : ""}`,
          ...(detailed
            ? [
                r.runningSha256 || "n/a",
                drifted(r) ? `yes (expected ${expectedVersion(r) || "builtin"})` : "no",
              ]
            : [short(r.runningSha256) || "n/a"]),
        ]),
      ]),
    );
    const note = inferredNote(rows);
    if (note) ctx.output.out(`\n${note}`);
    return 0;
  },
};

export const drift: Command = {
  usage: "sysplugins drift [flags]",
  summary:
    "List mounts and database connections that run another version than pinned or configured. Exit status 2 when there is drift.",
  flags: [
    {
      name: "all-nodes",
      help: "Ask every node sys/ha-status lists, each at its own API address, and report drift per node; a node that cannot be checked (a Vault standby forwards reads to the active node) is named with the reason.",
    },
  ],
  examples: ["sysplugins drift", "sysplugins drift -format=json", "sysplugins drift -all-nodes"],
  async run(ctx) {
    const allNodes = ctx.flags.bool("all-nodes");
    ctx.flags.rejectUnknown();
    if (allNodes) return driftAllNodes(ctx);
    const all = await inventory(ctx.client);
    const rows = all.filter(drifted);
    const unchecked = all.filter((r) => r.runningInferred);
    if (ctx.output.json) {
      ctx.output.out(
        JSON.stringify(
          rows.map((r) => ({
            path: r.path,
            plugin: r.plugin,
            expected: expectedVersion(r),
            configured: r.configured,
            pinned: r.pinned ?? null,
            running: r.running,
          })),
        ),
      );
    } else if (rows.length === 0) {
      ctx.output.out("No drift: every mount runs its pinned or configured version.");
    } else {
      ctx.output.out(
        table([
          ["Path", "Plugin", "Expected", "Running Version", "Why"],
          ...rows.map((r) => [
            r.path,
            r.plugin,
            expectedVersion(r) || "(builtin or unversioned)",
            r.running || "(unversioned)",
            r.pinned ? "pinned; not reloaded since" : "configured; not reloaded since",
          ]),
        ]),
      );
      const mounts = rows.filter((r) => r.type !== "database");
      const plugins = [...new Set(rows.filter((r) => r.type === "database").map((r) => r.plugin))];
      if (mounts.length > 0)
        ctx.output.out(`\nReload to apply: sysplugins reload -mounts=${mounts.map((r) => r.path).join(",")}`);
      for (const p of plugins)
        ctx.output.out(`Reload connections to apply: sysplugins reload -type=database -plugin=${p}`);
    }
    if (!ctx.output.json && unchecked.length > 0) {
      ctx.output.out(
        `Not checked: ${unchecked.map((r) => r.path).join(", ")}. This server (OpenBao) reports no running version for database connections; it restarts a connection at every write it accepts, so each runs what it was last written with, unless its catalog entry changed since.`,
      );
      for (const r of unchecked.filter((r) => r.configured !== "" && r.runningSha256 === ""))
        ctx.output.out(
          `${r.path}: ${r.plugin} ${r.configured} is not in the catalog, so the connection cannot restart (a reset, or the server's restart, fails): register it again or move the connection to a registered version.`,
        );
    }
    return rows.length > 0 ? 2 : 0;
  },
};

const driftRow = (r: MountRow) => ({
  path: r.path,
  plugin: r.plugin,
  expected: expectedVersion(r),
  configured: r.configured,
  pinned: r.pinned ?? null,
  running: r.running,
});

/** drift -all-nodes: each node asked at its own address; exit 2 when any node drifted. */
async function driftAllNodes(ctx: Context): Promise<number> {
  const reports = await everyNode(ctx.client, ctx.clientAt);
  const drifted = reports.some((r) => r.drift.length > 0);
  if (ctx.output.json) {
    ctx.output.out(
      JSON.stringify(
        reports.map((r) => ({
          node: r.node,
          hostname: r.hostname,
          address: r.address,
          active: r.active,
          checked: r.checked,
          ...(r.reason ? { reason: r.reason } : {}),
          ...(r.lagging ? { lagging: true } : {}),
          drift: r.drift.map(driftRow),
        })),
      ),
    );
    return drifted ? 2 : 0;
  }
  const rows = reports.flatMap((r) =>
    r.drift.map((d) => [
      r.node,
      d.path,
      d.plugin,
      expectedVersion(d) || "(builtin or unversioned)",
      d.running || "(unversioned)",
    ]),
  );
  if (rows.length > 0)
    ctx.output.out(table([["Node", "Path", "Plugin", "Expected", "Running Version"], ...rows]));
  for (const r of reports) {
    const name = `${r.node}${r.hostname ? ` (${r.hostname}${r.active ? ", active" : ""})` : r.active ? " (active)" : ""}`;
    if (!r.checked) ctx.output.out(`${name}: not checked: ${r.reason}`);
    else if (r.lagging)
      ctx.output.out(
        `${name}: lagging: its configuration is still behind the active node's after retries; drift shown is against its own view`,
      );
    else if (r.drift.length === 0) ctx.output.out(`${name}: no drift`);
    else
      ctx.output.out(
        `${name}: ${r.drift.length} drifted; reload there, or sysplugins reload -scope=global -plugin=NAME`,
      );
  }
  return drifted ? 2 : 0;
}
