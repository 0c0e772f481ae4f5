// pin, unpin, pins.
import { UsageError } from "../args.js";
import { type Command, pluginTypes } from "../context.js";
import { table } from "../output.js";
import { checkedVersion } from "../version-flag.js";
import { typeAndName, versionFlag } from "./catalog.js";

export const pin: Command = {
  usage: "sysplugins pin [flags] TYPE NAME",
  summary: "Pin a plugin to a registered version (Vault 1.16+). Mounts run it after their next reload.",
  flags: [versionFlag("The registered version to pin (required).")],
  examples: ["sysplugins pin -version=v1.1.0 secret my-plugin"],
  positionals: [pluginTypes],
  async run(ctx) {
    const [type, name] = typeAndName(ctx, this.usage);
    const version = checkedVersion(ctx.flags.string("version"));
    ctx.flags.rejectUnknown();
    if (!version) throw new UsageError(`-version is required\n${this.usage}`);
    await ctx.client.pins.pin(type, name, version);
    if (!ctx.output.json)
      ctx.output.out(`Success! Pinned ${type} plugin ${name} to ${version}; reload to apply it.`);
    return 0;
  },
};

export const unpin: Command = {
  usage: "sysplugins unpin TYPE NAME",
  summary: "Remove a plugin's pin. Mounts run their own version after their next reload.",
  flags: [],
  examples: ["sysplugins unpin secret my-plugin"],
  positionals: [pluginTypes],
  async run(ctx) {
    const [type, name] = typeAndName(ctx, this.usage);
    ctx.flags.rejectUnknown();
    await ctx.client.pins.unpin(type, name);
    if (!ctx.output.json) ctx.output.out(`Success! Unpinned ${type} plugin ${name}; reload to apply it.`);
    return 0;
  },
};

export const pins: Command = {
  usage: "sysplugins pins",
  summary: "List pinned versions.",
  flags: [],
  examples: ["sysplugins pins"],
  async run(ctx) {
    ctx.flags.rejectUnknown();
    const { data } = await ctx.client.pins.list();
    if (ctx.output.json) ctx.output.out(JSON.stringify(data.pinned_versions));
    else if (data.pinned_versions.length === 0) ctx.output.out("No pinned versions.");
    else
      ctx.output.out(
        table([["Type", "Name", "Version"], ...data.pinned_versions.map((p) => [p.type, p.name, p.version])]),
      );
    return 0;
  },
};
