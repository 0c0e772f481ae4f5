// reload, reload-status.
import { isNotFound, isUnsupported, type PluginType } from "@sysplugins/client";
import { UsageError } from "../args.js";
import { type Command, type Context, pluginTypes } from "../context.js";
import { inventory, isOpenBao } from "../inventory.js";
import { collapseRepeated, table } from "../output.js";

/**
 * OpenBao has no reload of a database plugin (no reload/database/:name, and reload by plugin refuses one
 * registered only as database): what restarts a connection there is its reset, one connection at a time.
 * Undefined when the server is not OpenBao, so that its own answer stands.
 */
async function resetConnections(ctx: Context, plugin: string): Promise<number | undefined> {
  const [secrets, auths] = await Promise.all([ctx.client.mounts.list(), ctx.client.auth.list()]);
  if (!isOpenBao(secrets.data, auths.data)) return undefined;
  const rows = (await inventory(ctx.client)).filter((r) => r.type === "database" && r.plugin === plugin);
  const reset: string[] = [];
  const failed: { path: string; error: string }[] = [];
  for (const r of rows) {
    try {
      await ctx.client.database.reset(r.mountPath.replace(/\/$/, ""), r.connection ?? "");
      reset.push(r.path);
    } catch (err) {
      failed.push({
        path: r.path,
        error: collapseRepeated(err instanceof Error ? err.message : String(err)),
      });
    }
  }
  if (ctx.output.json) ctx.output.out(JSON.stringify({ reset, failed }));
  else {
    const why =
      "this server (OpenBao) cannot reload a database plugin; a reset restarts a connection on its configured version";
    ctx.output.out(
      rows.length === 0
        ? `No connection uses ${plugin}: nothing to reset (${why}).`
        : `Reset ${reset.length} of ${rows.length} connection(s) of ${plugin}, one by one (${why}):`,
    );
    for (const p of reset) ctx.output.out(`  ✓ ${p}`);
    for (const f of failed) ctx.output.out(`  ✗ ${f.path}: ${f.error}`);
  }
  return failed.length > 0 ? 1 : 0;
}

export const reload: Command = {
  usage: "sysplugins reload [flags]",
  summary:
    "Reload plugin backends: every mount of a plugin (-plugin), some mounts (-mounts), or every mount of a plugin of one type (-type with -plugin, Vault 1.16+).",
  flags: [
    { name: "plugin", value: "NAME", help: "The plugin whose mounts to reload." },
    {
      name: "mounts",
      value: "A,B",
      help: "The mounts to reload, comma separated (auth methods as auth/PATH).",
    },
    {
      name: "type",
      value: "TYPE",
      help: "With -plugin: reload only the mounts of that type (auth, database, secret, or unknown for all). On OpenBao, which cannot reload a database plugin, -type=database resets each of its connections.",
      choices: [...pluginTypes, "unknown"],
    },
    {
      name: "scope",
      value: "SCOPE",
      help: "global reloads on every node of the cluster; the server accepts it (202) and reload-status follows it.",
      choices: ["global"],
    },
  ],
  examples: [
    "sysplugins reload -plugin=my-plugin",
    "sysplugins reload -mounts=my-mount,auth/my-auth",
    "sysplugins reload -type=secret -plugin=my-plugin -scope=global",
  ],
  async run(ctx) {
    const plugin = ctx.flags.string("plugin");
    const mounts = ctx.flags.list("mounts");
    const type = ctx.flags.string("type");
    const scope = ctx.flags.string("scope");
    ctx.flags.rejectUnknown();
    if (scope !== undefined && scope !== "global") throw new UsageError("-scope must be global when given");
    if (!plugin && mounts.length === 0) throw new UsageError(`give -plugin or -mounts\n${this.usage}`);
    if (plugin && mounts.length > 0) throw new UsageError("give -plugin or -mounts, not both");
    if (type && !plugin) throw new UsageError("-type goes with -plugin");
    if (type && ![...pluginTypes, "unknown"].includes(type))
      throw new UsageError(`-type must be one of ${[...pluginTypes, "unknown"].join(", ")}`);
    const global = scope === "global" ? { scope: "global" as const } : {};
    let result: Awaited<ReturnType<typeof ctx.client.reload.backend>>;
    try {
      result = type
        ? await ctx.client.reload.plugin(type as PluginType | "unknown", plugin ?? "", global.scope)
        : await ctx.client.reload.backend(plugin ? { plugin, ...global } : { mounts, ...global });
    } catch (err) {
      const missing = isNotFound(err) || isUnsupported(err);
      const reset =
        type === "database" && plugin && !scope && missing ? await resetConnections(ctx, plugin) : undefined;
      if (reset !== undefined) return reset;
      if (!type && plugin && /only plugins of type auth and secret can be reloaded/.test(String(err))) {
        ctx.output.err(
          `Error: ${err instanceof Error ? err.message : String(err)}\nA database plugin's connections restart with: sysplugins reload -type=database -plugin=${plugin}`,
        );
        return 1;
      }
      throw err;
    }
    const id = result.data.reload_id;
    const accepted = result.status === 202;
    if (ctx.output.json) {
      ctx.output.out(JSON.stringify({ reload_id: id, status: result.status, warnings: result.warnings }));
      return 0;
    }
    for (const w of result.warnings) ctx.output.err(`WARNING! ${w}`);
    if (accepted) {
      ctx.output.out(
        `Success! Reload accepted (202): every node of the cluster reloads in the background (reload_id: ${id}).\nFollow it with: sysplugins reload-status ${id}`,
      );
    } else ctx.output.out(`Success! Reloaded (reload_id: ${id})`);
    return 0;
  },
};

export const reloadStatus: Command = {
  usage: "sysplugins reload-status RELOAD_ID",
  summary: "Show what a reload did on each node (Vault Enterprise, and sysplugins' server).",
  flags: [],
  examples: ["sysplugins reload-status 9f3c1f0e-…"],
  async run(ctx) {
    ctx.flags.rejectUnknown();
    const [id, extra] = ctx.positional;
    if (!id || extra !== undefined) throw new UsageError(`expected RELOAD_ID\n${this.usage}`);
    let data: { results: Record<string, { timestamp: string; error: string }> };
    try {
      data = (await ctx.client.reload.status(id)).data;
    } catch (err) {
      if (!isNotFound(err)) throw err;
      const why = err.errors.join("; ");
      ctx.output.err(
        /enterprise|unsupported path/i.test(why)
          ? `Error: this server has no reload status (Vault Enterprise only): ${why}`
          : `Error: reload id ${JSON.stringify(id)} is unknown to this server (404): check the id that \`sysplugins reload\` printed.`,
      );
      return 1;
    }
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
