// register, list, info, deregister: the catalog commands `vault plugin` has.
import { isNotFound, type PluginType } from "@sysplugins/client";
import { UsageError } from "../args.js";
import { type Command, type Context, type FlagSpec, pluginTypes } from "../context.js";
import { keyValues, table } from "../output.js";
import { commandFor, readSha256 } from "../plugin-binary.js";
import { checkedVersion } from "../version-flag.js";

export function typeAndName(ctx: Context, usage: string): [PluginType, string] {
  const [type, name, extra] = ctx.positional;
  if (!type || !name || extra !== undefined) throw new UsageError(`expected TYPE NAME\n${usage}`);
  if (!pluginTypes.includes(type))
    throw new UsageError(`TYPE must be one of ${pluginTypes.join(", ")}, got ${JSON.stringify(type)}`);
  return [type as PluginType, name];
}

const typeName = [pluginTypes];

export const versionFlag = (help: string): FlagSpec => ({ name: "version", value: "V", help });

export const register: Command = {
  usage: "sysplugins register [flags] TYPE NAME",
  summary:
    "Register a plugin in the catalog. With -binary, its SHA-256 is computed and its file name is the command.",
  flags: [
    { name: "sha256", value: "HEX", help: "The SHA-256 of the plugin binary, as 64 hex digits." },
    {
      name: "binary",
      value: "PATH",
      help: "A plugin binary to hash when -sha256 is not given; its file name is the default -command.",
    },
    {
      name: "command",
      value: "CMD",
      default: "the file name of -binary, else NAME",
      help: "The command to run, relative to the server's plugin directory.",
    },
    { name: "args", value: "A,B", help: "Arguments to pass to the plugin, comma separated." },
    { name: "env", value: "K=V", help: "An environment variable for the plugin; repeat for more." },
    versionFlag("The semantic version of the plugin, e.g. v1.0.0."),
  ],
  examples: [
    "sysplugins register -binary=plugins/my-plugin-1.0.0 -version=v1.0.0 secret my-plugin",
    "sysplugins register -sha256=d130b9a0… -command=my-plugin secret my-plugin",
  ],
  positionals: typeName,
  async run(ctx) {
    const [type, name] = typeAndName(ctx, this.usage);
    const binary = ctx.flags.string("binary");
    const given = ctx.flags.string("sha256");
    const command = commandFor(ctx.flags.string("command"), binary, name);
    const args = ctx.flags.list("args");
    const env = ctx.flags.string("env") === undefined ? [] : ctx.flags.list("env");
    const version = checkedVersion(ctx.flags.string("version"));
    ctx.flags.rejectUnknown();
    if (!given && !binary) throw new UsageError("give -sha256=HEX, or -binary=PATH to compute it");
    const sha256 = given ?? (await readSha256(binary as string));
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
  usage: "sysplugins list [flags] [TYPE]",
  summary: "List the catalog's plugins, all or of one TYPE (auth, database, secret).",
  flags: [
    {
      name: "detailed",
      help: "Print the type, version and deprecation status of each plugin, as `vault plugin list -detailed`.",
    },
  ],
  examples: ["sysplugins list secret", "sysplugins list -detailed"],
  positionals: typeName,
  async run(ctx) {
    const detailed = ctx.flags.bool("detailed");
    ctx.flags.rejectUnknown();
    const [type] = ctx.positional;
    if (type && !pluginTypes.includes(type))
      throw new UsageError(`TYPE must be one of ${pluginTypes.join(", ")}`);
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
          ["Name", "Type", "Version", "Deprecation Status"],
          ...entries.map((e) => [e.name, e.type, e.version || "n/a", e.deprecation_status ?? "n/a"]),
        ]
      : [["Name", "Type", "Version"], ...entries.map((e) => [e.name, e.type, e.version || "n/a"])];
    ctx.output.out(table(rows));
    return 0;
  },
};

export const info: Command = {
  usage: "sysplugins info [flags] TYPE NAME",
  summary: "Show one catalog entry: its command, arguments, SHA-256 and version.",
  flags: [versionFlag("Which registered version to show; without it, the unversioned entry.")],
  examples: ["sysplugins info -version=v1.0.0 secret my-plugin"],
  positionals: typeName,
  async run(ctx) {
    const [type, name] = typeAndName(ctx, this.usage);
    const version = checkedVersion(ctx.flags.string("version"));
    ctx.flags.rejectUnknown();
    let data: Record<string, unknown>;
    try {
      data = (await ctx.client.catalog.read(type, name, version)).data;
    } catch (err) {
      if (!isNotFound(err)) throw err;
      const versions = version
        ? []
        : (await ctx.client.catalog.versions(type, name)).map((v) => v.version).filter(Boolean);
      if (versions.length === 0) {
        ctx.output.err(
          `Error: ${type} plugin ${name}${version ? ` ${version}` : ""} is not in the catalog (404)`,
        );
        return 1;
      }
      ctx.output.err(
        `Error: ${type} plugin ${name} has no unversioned entry; its registered versions: ${versions.join(", ")}.\nPass -version, e.g. sysplugins info -version=${versions.at(-1)} ${type} ${name}`,
      );
      return 1;
    }
    ctx.output.out(ctx.output.json ? JSON.stringify(data) : keyValues(data));
    return 0;
  },
};

export const deregister: Command = {
  usage: "sysplugins deregister [flags] TYPE NAME",
  summary: "Remove a catalog entry (Vault refuses while a mount uses it).",
  flags: [versionFlag("Which registered version to remove; without it, the unversioned entry.")],
  examples: ["sysplugins deregister -version=v1.0.0 secret my-plugin"],
  positionals: typeName,
  async run(ctx) {
    const [type, name] = typeAndName(ctx, this.usage);
    const version = checkedVersion(ctx.flags.string("version"));
    ctx.flags.rejectUnknown();
    await ctx.client.catalog.remove(type, name, version);
    if (!ctx.output.json) ctx.output.out(`Success! Deregistered plugin (if it was registered): ${name}`);
    return 0;
  },
};
