// secrets enable|disable|tune|list and auth enable|disable|tune|list, with Vault's flags and output.
import type { MountInfo } from "@sysplugins/client";
import { UsageError } from "../args.js";
import type { Command, Context, FlagSpec } from "../context.js";
import { table } from "../output.js";
import { checkedVersion } from "../version-flag.js";

type Kind = "secrets" | "auth";
const noun = (kind: Kind) => (kind === "secrets" ? "secrets engine" : "auth method");
const article = (kind: Kind) => (kind === "secrets" ? "a" : "an");
const api = (ctx: Context, kind: Kind) => (kind === "secrets" ? ctx.client.mounts : ctx.client.auth);
const clean = (path: string) => path.replace(/^\/+|\/+$/g, "");

function onePath(ctx: Context, usage: string, what: string): string {
  const [arg, extra] = ctx.positional;
  if (!arg || extra !== undefined) throw new UsageError(`expected ${what}\n${usage}`);
  return clean(arg);
}

/** -options=k=v, repeatable, as Vault's CLI takes it. */
function options(ctx: Context): Record<string, string> | undefined {
  const pairs = ctx.flags.all("options");
  if (pairs.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const at = p.indexOf("=");
    if (at <= 0) throw new UsageError(`-options wants KEY=VALUE, got ${JSON.stringify(p)}`);
    out[p.slice(0, at)] = p.slice(at + 1);
  }
  return out;
}

const ttlFlags: FlagSpec[] = [
  {
    name: "default-lease-ttl",
    value: "DURATION",
    help: 'The default lease TTL, e.g. "1h"; "system" is the system default.',
  },
  { name: "max-lease-ttl", value: "DURATION", help: 'The maximum lease TTL, e.g. "24h".' },
];
const common: FlagSpec[] = [
  { name: "description", value: "TEXT", help: "A human-friendly description." },
  ...ttlFlags,
  { name: "options", value: "K=V", help: "An option passed to the plugin, e.g. version=2; repeat for more." },
];
const pluginVersion = (what: string): FlagSpec => ({
  name: "plugin-version",
  value: "V",
  help: `The registered version of the plugin to ${what}, e.g. v1.0.0. Without it, the server chooses: the pinned version, else the unversioned entry, else the newest registered, else the builtin.`,
});

function enable(kind: Kind): Command {
  const example = kind === "secrets" ? "my-plugin" : "my-auth-plugin";
  return {
    usage: `sysplugins ${kind} enable [flags] TYPE`,
    summary: `Enable ${article(kind)} ${noun(kind)} of plugin TYPE at -path.`,
    flags: [
      { name: "path", value: "PATH", default: "the plugin TYPE", help: `Where to mount the ${noun(kind)}.` },
      pluginVersion("run"),
      ...common,
      { name: "local", help: "Mark the mount local only: it is not replicated." },
      { name: "seal-wrap", help: "Enable seal wrapping of critical values." },
      { name: "external-entropy-access", help: "Give the plugin access to the external entropy source." },
    ],
    examples: [`sysplugins ${kind} enable -path=my-mount -plugin-version=v1.0.0 ${example}`],
    async run(ctx) {
      const type = onePath(ctx, this.usage, "TYPE");
      const path = clean(ctx.flags.string("path") ?? type);
      const version = checkedVersion(ctx.flags.string("plugin-version"), "plugin-version");
      const description = ctx.flags.string("description");
      const defaultTtl = ctx.flags.string("default-lease-ttl");
      const maxTtl = ctx.flags.string("max-lease-ttl");
      const opts = options(ctx);
      const local = ctx.flags.bool("local");
      const sealWrap = ctx.flags.bool("seal-wrap");
      const entropy = ctx.flags.bool("external-entropy-access");
      ctx.flags.rejectUnknown();
      if (!path) throw new UsageError("-path must not be empty");
      // Vault and OpenBao read the version from config.plugin_version only (a top-level plugin_version is
      // ignored, and the server would choose the newest registered version instead).
      const config = {
        ...(defaultTtl ? { default_lease_ttl: defaultTtl } : {}),
        ...(maxTtl ? { max_lease_ttl: maxTtl } : {}),
        ...(version ? { plugin_version: version } : {}),
      };
      await api(ctx, kind).enable(path, {
        type,
        ...(description ? { description } : {}),
        ...(Object.keys(config).length ? { config } : {}),
        ...(opts ? { options: opts } : {}),
        ...(local ? { local } : {}),
        ...(sealWrap ? { seal_wrap: sealWrap } : {}),
        ...(entropy ? { external_entropy_access: entropy } : {}),
      });
      if (ctx.output.json)
        ctx.output.out(JSON.stringify({ path: `${path}/`, type, plugin_version: version ?? "" }));
      else ctx.output.out(`Success! Enabled the ${type} ${noun(kind)} at: ${path}/`);
      return 0;
    },
  };
}

function disable(kind: Kind): Command {
  return {
    usage: `sysplugins ${kind} disable PATH`,
    summary: `Disable the ${noun(kind)} at PATH. Everything stored under it is deleted.`,
    flags: [],
    examples: [`sysplugins ${kind} disable my-mount`],
    async run(ctx) {
      const path = onePath(ctx, this.usage, "PATH");
      ctx.flags.rejectUnknown();
      await api(ctx, kind).disable(path);
      if (!ctx.output.json)
        ctx.output.out(`Success! Disabled the ${noun(kind)} (if it existed) at: ${path}/`);
      return 0;
    },
  };
}

function tune(kind: Kind): Command {
  return {
    usage: `sysplugins ${kind} tune [flags] PATH`,
    summary: `Tune the ${noun(kind)} at PATH. A new -plugin-version runs after the next reload (sysplugins reload).`,
    flags: [
      pluginVersion("run after the next reload"),
      ...common,
      {
        name: "override-pinned-version",
        help: "Accept a -plugin-version other than the plugin's pinned version (Vault 1.16+).",
      },
    ],
    examples: [
      `sysplugins ${kind} tune -plugin-version=v1.1.0 my-mount`,
      "sysplugins reload -mounts=my-mount",
    ],
    async run(ctx) {
      const path = onePath(ctx, this.usage, "PATH");
      const version = checkedVersion(ctx.flags.string("plugin-version"), "plugin-version");
      const description = ctx.flags.string("description");
      const defaultTtl = ctx.flags.string("default-lease-ttl");
      const maxTtl = ctx.flags.string("max-lease-ttl");
      const opts = options(ctx);
      const override = ctx.flags.bool("override-pinned-version");
      ctx.flags.rejectUnknown();
      const body = {
        ...(version !== undefined ? { plugin_version: version } : {}),
        ...(description !== undefined ? { description } : {}),
        ...(defaultTtl ? { default_lease_ttl: defaultTtl } : {}),
        ...(maxTtl ? { max_lease_ttl: maxTtl } : {}),
        ...(opts ? { options: opts } : {}),
        ...(override ? { override_pinned_version: true } : {}),
      };
      if (Object.keys(body).length === 0) throw new UsageError(`nothing to tune: give a flag\n${this.usage}`);
      await api(ctx, kind).tune(path, body);
      if (!ctx.output.json) {
        ctx.output.out(`Success! Tuned the ${noun(kind)} at: ${path}/`);
        if (version)
          ctx.output.out(
            `It runs ${version} after a reload: sysplugins reload -mounts=${kind === "auth" ? "auth/" : ""}${path}`,
          );
      }
      return 0;
    },
  };
}

/** A map as Go's fmt prints it (`bao secrets list -detailed`): map[] when empty, map[k:v ...] by key. */
const goMap = (m: Record<string, string> | null | undefined) =>
  `map[${Object.entries(m ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}:${v}`)
    .join(" ")}]`;

const ttl = (n: number) => (n === 0 ? "system" : String(n));

function list(kind: Kind): Command {
  return {
    usage: `sysplugins ${kind} list [flags]`,
    summary: `List the enabled ${noun(kind)}s. -detailed adds each one's version, running version and running SHA-256.`,
    flags: [
      {
        name: "detailed",
        help: "Print every column, among them Version, Running Version, Running SHA256 and Deprecation Status.",
      },
    ],
    examples: [`sysplugins ${kind} list -detailed`],
    async run(ctx) {
      const detailed = ctx.flags.bool("detailed");
      ctx.flags.rejectUnknown();
      const { data } = await api(ctx, kind).list();
      const entries = Object.entries(data).sort(([a], [b]) => a.localeCompare(b));
      if (ctx.output.json) {
        ctx.output.out(JSON.stringify(Object.fromEntries(entries)));
        return 0;
      }
      const brief = (p: string, m: MountInfo) => [p, m.type, m.accessor, m.description || "n/a"];
      ctx.output.out(
        detailed
          ? table([
              [
                "Path",
                "Plugin",
                "Accessor",
                "Default TTL",
                "Max TTL",
                kind === "auth" ? "Token Type" : "Force No Cache",
                "Replication",
                "Seal Wrap",
                "External Entropy Access",
                "Options",
                "Description",
                "UUID",
                "Version",
                "Running Version",
                "Running SHA256",
                "Deprecation Status",
              ],
              ...entries.map(([p, m]) => {
                const config = m.config as {
                  default_lease_ttl?: number;
                  max_lease_ttl?: number;
                  force_no_cache?: boolean;
                  token_type?: string;
                };
                return [
                  p,
                  m.type,
                  m.accessor,
                  ttl(config.default_lease_ttl ?? 0),
                  ttl(config.max_lease_ttl ?? 0),
                  kind === "auth"
                    ? (config.token_type ?? "default-service")
                    : String(config.force_no_cache ?? false),
                  m.local ? "local" : "replicated",
                  String(m.seal_wrap),
                  String(m.external_entropy_access),
                  goMap(m.options),
                  m.description || "n/a",
                  m.uuid,
                  m.plugin_version || "n/a",
                  m.running_plugin_version || "n/a",
                  m.running_sha256 || "n/a",
                  m.deprecation_status ?? "n/a",
                ];
              }),
            ])
          : table([["Path", "Type", "Accessor", "Description"], ...entries.map(([p, m]) => brief(p, m))]),
      );
      return 0;
    },
  };
}

export const mountTableCommands = (kind: Kind): Record<string, Command> => ({
  [`${kind} enable`]: enable(kind),
  [`${kind} disable`]: disable(kind),
  [`${kind} tune`]: tune(kind),
  [`${kind} list`]: list(kind),
});
