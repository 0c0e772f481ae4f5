// mounts, drift.
import type { Command } from "../context.js";
import { drifted, expectedVersion, inventory } from "../inventory.js";
import { short, table } from "../output.js";

export const mounts: Command = {
  usage: "sysplugins mounts",
  summary: "Show each mount's plugin with its configured, pinned and running versions",
  async run(ctx) {
    ctx.flags.rejectUnknown();
    const rows = await inventory(ctx.client);
    if (ctx.output.json) {
      ctx.output.out(JSON.stringify(rows));
      return 0;
    }
    ctx.output.out(
      table([
        ["Path", "Plugin", "Configured", "Pinned", "Running", "Running SHA-256"],
        ...rows.map((r) => [
          r.path,
          r.plugin,
          r.configured || "-",
          r.pinned ?? "-",
          r.running || "-",
          short(r.runningSha256) || "-",
        ]),
      ]),
    );
    return 0;
  },
};

export const drift: Command = {
  usage: "sysplugins drift [-format=json]",
  summary:
    "List mounts that run another version than pinned or configured; exit status 2 when there is drift",
  async run(ctx) {
    ctx.flags.rejectUnknown();
    const rows = (await inventory(ctx.client)).filter(drifted);
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
          ["Path", "Plugin", "Expected", "Running", "Why"],
          ...rows.map((r) => [
            r.path,
            r.plugin,
            expectedVersion(r) || "(builtin or unversioned)",
            r.running || "(unversioned)",
            r.pinned ? "pinned; not reloaded since" : "configured; not reloaded since",
          ]),
        ]),
      );
      ctx.output.out(`\nReload to apply: sysplugins reload -mounts=${rows.map((r) => r.path).join(",")}`);
    }
    return rows.length > 0 ? 2 : 0;
  },
};
