// register, list, info, deregister: the catalog commands `vault plugin` has.
import { basename } from "node:path";
import type { PluginType } from "@sysplugins/client";
import { UsageError } from "../args.js";
import type { Command, Context } from "../context.js";
import { keyValues, table } from "../output.js";
import { sha256File } from "../sha256.js";

const types = ["auth", "database", "secret"];

export function typeAndName(ctx: Context, usage: string): [PluginType, string] {
  const [type, name, extra] = ctx.positional;
  if (!type || !name || extra !== undefined) throw new UsageError(`expected TYPE NAME\n${usage}`);
  if (!types.includes(type))
    throw new UsageError(`TYPE must be one of ${types.join(", ")}, got ${JSON.stringify(type)}`);
  return [type as PluginType, name];
}

export const register: Command = {
  usage:
    "sysplugins register [-sha256=HEX | -binary=PATH] [-command=CMD] [-args=A,B] [-env=K=V] [-version=V] TYPE NAME",
  summary: "Register a plugin in the catalog (computes the SHA-256 of -binary when -sha256 is not given)",
  async run(ctx) {
    const [type, name] = typeAndName(ctx, this.usage);
    const binary = ctx.flags.string("binary");
    let sha256 = ctx.flags.string("sha256");
    const command = ctx.flags.string("command") ?? (binary ? basename(binary) : name);
    const args = ctx.flags.list("args");
    const env = ctx.flags.string("env") === undefined ? [] : ctx.flags.list("env");
    const version = ctx.flags.string("version");
    ctx.flags.rejectUnknown();
    if (!sha256) {
      if (!binary) throw new UsageError("give -sha256=HEX, or -binary=PATH to compute it");
      sha256 = await sha256File(binary);
    }
    await ctx.client.catalog.register(type, name, {
      sha256,
      command,
      ...(args.length ? { args } : {}),
      ...(env.length ? { env } : {}),
      ...(version ? { version } : {}),
    });
    if (ctx.output.json)
      ctx.output.out(JSON.stringify({ type, name, version: version ?? "", sha256, command }));
    else
      ctx.output.out(`Success! Registered plugin: ${name}${version ? ` (${version})` : ""} sha256 ${sha256}`);
    return 0;
  },
};

export const list: Command = {
  usage: "sysplugins list [-detailed] [TYPE]",
  summary: "List the catalog's plugins",
  booleans: ["detailed"],
  async run(ctx) {
    const detailed = ctx.flags.bool("detailed");
    ctx.flags.rejectUnknown();
    const [type] = ctx.positional;
    if (type && !types.includes(type)) throw new UsageError(`TYPE must be one of ${types.join(", ")}`);
    const { data } = await ctx.client.catalog.list();
    const entries = data.detailed.filter((d) => !type || d.type === type);
    if (ctx.output.json) {
      ctx.output.out(
        JSON.stringify(
          detailed ? entries : entries.map((e) => ({ type: e.type, name: e.name, version: e.version })),
        ),
      );
      return 0;
    }
    const rows = detailed
      ? [
          ["Name", "Type", "Version", "Builtin", "Deprecation Status"],
          ...entries.map((e) => [
            e.name,
            e.type,
            e.version,
            String(e.builtin),
            e.deprecation_status ?? "n/a",
          ]),
        ]
      : [["Name", "Type", "Version"], ...entries.map((e) => [e.name, e.type, e.version || "n/a"])];
    ctx.output.out(table(rows));
    return 0;
  },
};

export const info: Command = {
  usage: "sysplugins info [-version=V] TYPE NAME",
  summary: "Show one catalog entry",
  async run(ctx) {
    const [type, name] = typeAndName(ctx, this.usage);
    const version = ctx.flags.string("version");
    ctx.flags.rejectUnknown();
    const { data } = await ctx.client.catalog.read(type, name, version);
    ctx.output.out(ctx.output.json ? JSON.stringify(data) : keyValues(data as Record<string, unknown>));
    return 0;
  },
};

export const deregister: Command = {
  usage: "sysplugins deregister [-version=V] TYPE NAME",
  summary: "Remove a catalog entry",
  async run(ctx) {
    const [type, name] = typeAndName(ctx, this.usage);
    const version = ctx.flags.string("version");
    ctx.flags.rejectUnknown();
    await ctx.client.catalog.remove(type, name, version);
    if (!ctx.output.json) ctx.output.out(`Success! Deregistered plugin (if it was registered): ${name}`);
    return 0;
  },
};
