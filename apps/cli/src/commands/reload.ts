// reload, reload-status.
import type { PluginType } from "@sysplugins/client";
import { UsageError } from "../args.js";
import type { Command } from "../context.js";
import { table } from "../output.js";

export const reload: Command = {
  usage: "sysplugins reload (-plugin=NAME | -mounts=A,B | -type=TYPE -plugin=NAME) [-scope=global]",
  summary: "Reload plugin backends by plugin, by mounts, or by type and name",
  async run(ctx) {
    const plugin = ctx.flags.string("plugin");
    const mounts = ctx.flags.list("mounts");
    const type = ctx.flags.string("type");
    const scope = ctx.flags.string("scope");
    ctx.flags.rejectUnknown();
    if (scope !== undefined && scope !== "global") throw new UsageError("-scope must be global when given");
    if (!plugin && mounts.length === 0) throw new UsageError(`give -plugin or -mounts\n${this.usage}`);
    if (plugin && mounts.length > 0) throw new UsageError("give -plugin or -mounts, not both");
    const result = type
      ? await ctx.client.reload.plugin(
          type as PluginType | "unknown",
          plugin ?? "",
          scope === "global" ? "global" : undefined,
        )
      : await ctx.client.reload.backend(
          plugin
            ? { plugin, ...(scope ? { scope: "global" as const } : {}) }
            : { mounts, ...(scope ? { scope: "global" as const } : {}) },
        );
    if (ctx.output.json) {
      ctx.output.out(JSON.stringify({ reload_id: result.data.reload_id, warnings: result.warnings }));
    } else {
      for (const w of result.warnings) ctx.output.err(`WARNING! ${w}`);
      ctx.output.out(`Success! Reloaded (reload_id: ${result.data.reload_id})`);
    }
    return 0;
  },
};

export const reloadStatus: Command = {
  usage: "sysplugins reload-status RELOAD_ID",
  summary: "Show what a reload did on each node",
  async run(ctx) {
    ctx.flags.rejectUnknown();
    const [id] = ctx.positional;
    if (!id) throw new UsageError(`expected RELOAD_ID\n${this.usage}`);
    const { data } = await ctx.client.reload.status(id);
    if (ctx.output.json) ctx.output.out(JSON.stringify(data));
    else {
      ctx.output.out(
        table([
          ["Node", "Reloaded", "Error"],
          ...Object.entries(data.results).map(([node, r]) => [node, r.timestamp, r.error || "n/a"]),
        ]),
      );
    }
    return 0;
  },
};
