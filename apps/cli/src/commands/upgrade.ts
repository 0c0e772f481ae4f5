// upgrade and downgrade: the procedure users follow by hand, as one command. It plans (register the
// version, tune each mount or move the pin, reload, verify), prints the plan, carries it out with progress
// per mount, checks running_plugin_version and running_sha256 afterwards, and on failure says what runs
// where and how to roll back.
import { isNotFound, type PluginType, VaultResponseError } from "@sysplugins/client";
import semver from "semver";
import { UsageError } from "../args.js";
import type { Command, Context } from "../context.js";
import { inventory, type MountRow } from "../inventory.js";
import { short, table } from "../output.js";
import { sha256File } from "../sha256.js";
import { typeAndName } from "./catalog.js";

type Direction = "upgrade" | "downgrade";

interface Plan {
  direction: Direction;
  type: PluginType;
  name: string;
  version: string;
  sha256: string;
  register: { command: string } | undefined;
  method: "tune" | "pin";
  previousPin: string | undefined;
  mounts: MountRow[];
}

/** "1.2" -> "v1.2.0" where semver can read it; other forms are left to the server. */
function canonical(version: string): string {
  const parsed = semver.coerce(version, { includePrerelease: true });
  const exact = semver.valid(version.replace(/^v/, ""));
  if (exact) return `v${exact}`;
  return parsed && /^v?\d+(\.\d+)?$/.test(version)
    ? `v${parsed.version}`
    : version.startsWith("v")
      ? version
      : `v${version}`;
}

/** -1, 0, 1, or undefined when either side is not a version semver can compare. */
function compare(a: string, b: string): number | undefined {
  const x = semver.valid(a.replace(/^v/, ""));
  const y = semver.valid(b.replace(/^v/, ""));
  return x && y ? semver.compare(x, y) : undefined;
}

async function pinOf(ctx: Context, type: PluginType, name: string): Promise<string | undefined> {
  try {
    return (await ctx.client.pins.read(type, name)).data.version;
  } catch (err) {
    if (isNotFound(err) || (err instanceof VaultResponseError && err.status === 405)) return undefined;
    throw err;
  }
}

async function makePlan(ctx: Context, direction: Direction, usage: string): Promise<Plan> {
  const [type, name] = typeAndName(ctx, usage);
  const requested = ctx.flags.string("version");
  const givenSha = ctx.flags.string("sha256");
  const binary = ctx.flags.string("binary");
  const command = ctx.flags.string("command");
  const usePin = ctx.flags.bool("pin");
  const only = ctx.flags.list("mounts").map((m) => m.replace(/^\/+|\/+$/g, ""));
  ctx.flags.string("dry-run");
  ctx.flags.rejectUnknown();
  if (!requested) throw new UsageError(`-version is required\n${usage}`);
  if (type === "database") {
    throw new UsageError(
      "database plugins run per connection (database/config/NAME): upgrade those connections with plugin_version",
    );
  }
  if (usePin && only.length > 0)
    throw new UsageError("-pin moves every mount of the plugin: it does not take -mounts");

  const version = canonical(requested);
  let existing: { sha256: string } | undefined;
  try {
    existing = (await ctx.client.catalog.read(type, name, version)).data;
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  const sha256 = givenSha ?? (binary ? await sha256File(binary) : existing?.sha256);
  if (!sha256) {
    throw new UsageError(
      `${type} plugin ${name} ${version} is not registered: give -sha256=HEX or -binary=PATH to register it`,
    );
  }
  const register = !existing || sha256 !== existing.sha256 ? { command: command ?? name } : undefined;

  const previousPin = await pinOf(ctx, type, name);
  const method = usePin ? "pin" : "tune";
  if (previousPin && method === "tune") {
    throw new UsageError(
      `${type} plugin ${name} is pinned to ${previousPin}: pass -pin to move the pin, or unpin it first`,
    );
  }
  const mounts = (await inventory(ctx.client)).filter(
    (m) =>
      m.type === type &&
      m.plugin === name &&
      (only.length === 0 ||
        only.includes(m.path.replace(/\/$/, "")) ||
        only.includes(m.mountPath.replace(/\/$/, ""))),
  );
  const missing = only.filter(
    (o) => !mounts.some((m) => m.path.replace(/\/$/, "") === o || m.mountPath.replace(/\/$/, "") === o),
  );
  if (missing.length > 0) throw new UsageError(`no ${type} mount of ${name} at ${missing.join(", ")}`);

  const wrongWay = mounts.filter((m) => {
    const c = compare(version, m.running);
    return c !== undefined && (direction === "upgrade" ? c < 0 : c > 0);
  });
  if (wrongWay.length > 0) {
    const other = direction === "upgrade" ? "downgrade" : "upgrade";
    throw new UsageError(
      `${version} would be a${other === "upgrade" ? "n" : ""} ${other} for ${wrongWay.map((m) => `${m.path} (runs ${m.running})`).join(", ")}: use \`sysplugins ${other}\``,
    );
  }
  return { direction, type, name, version, sha256, register, method, previousPin, mounts };
}

function describePlan(p: Plan): string[] {
  const lines = [`Plan: ${p.direction} ${p.type} plugin ${p.name} to ${p.version}`];
  let step = 1;
  lines.push(
    p.register
      ? `  ${step++}. register ${p.version} (sha256 ${short(p.sha256)}, command ${p.register.command})`
      : `  ${step++}. ${p.version} is registered (sha256 ${short(p.sha256)})`,
  );
  if (p.method === "pin")
    lines.push(`  ${step++}. pin ${p.name} to ${p.version}${p.previousPin ? ` (now ${p.previousPin})` : ""}`);
  else if (p.mounts.length > 0) {
    lines.push(`  ${step++}. tune plugin_version on ${p.mounts.length} mount(s):`);
    for (const m of p.mounts)
      lines.push(
        `       ${m.path}  ${m.configured || "(none)"} -> ${p.version}  (runs ${m.running || "(unversioned)"})`,
      );
  }
  if (p.mounts.length === 0) lines.push(`  ${step++}. no ${p.type} mount uses ${p.name}: nothing to reload`);
  else {
    lines.push(
      `  ${step++}. reload ${p.method === "pin" ? `every ${p.type} mount of ${p.name}` : p.mounts.map((m) => m.path).join(", ")}`,
    );
    lines.push(`  ${step++}. verify each mount runs ${p.version} with sha256 ${short(p.sha256)}`);
  }
  return lines;
}

function rollback(p: Plan): string[] {
  if (p.method === "pin") {
    const restore = p.previousPin
      ? `sysplugins pin -version=${p.previousPin} ${p.type} ${p.name}`
      : `sysplugins unpin ${p.type} ${p.name}`;
    return [`${restore} && sysplugins reload -type=${p.type} -plugin=${p.name}`];
  }
  const byVersion = new Map<string, string[]>();
  for (const m of p.mounts)
    byVersion.set(m.configured, [...(byVersion.get(m.configured) ?? []), m.path.replace(/\/$/, "")]);
  const back = p.direction === "upgrade" ? "downgrade" : "upgrade";
  return [...byVersion].map(([version, paths]) =>
    version
      ? `sysplugins ${back} -version=${version} -mounts=${paths.join(",")} ${p.type} ${p.name}`
      : `# ${paths.join(", ")} had no plugin_version (builtin or unversioned); Vault refuses to tune back to an empty version`,
  );
}

export function versionMove(direction: Direction): Command {
  return {
    usage: `sysplugins ${direction} -version=V [-sha256=HEX | -binary=PATH] [-command=CMD] [-pin | -mounts=A,B] [-dry-run] TYPE NAME`,
    summary:
      direction === "upgrade"
        ? "Register a new version, move mounts to it, reload and verify, as one command"
        : "The same as upgrade, to an older version",
    booleans: ["pin", "dry-run"],
    async run(ctx) {
      const dryRun = ctx.flags.bool("dry-run");
      const plan = await makePlan(ctx, direction, this.usage);
      const say = (line: string) => {
        if (!ctx.output.json) ctx.output.out(line);
      };
      for (const line of describePlan(plan)) say(line);
      if (dryRun) {
        if (ctx.output.json) ctx.output.out(JSON.stringify({ plan: planJson(plan), dryRun: true }));
        else say("\nDry run: nothing was changed.");
        return 0;
      }

      say("");
      const failures: string[] = [];
      const step = async (label: string, action: () => Promise<unknown>) => {
        try {
          await action();
          say(`  ✓ ${label}`);
          return true;
        } catch (err) {
          const message = err instanceof VaultResponseError ? err.message : String(err);
          failures.push(`${label}: ${message}`);
          say(`  ✗ ${label}: ${message}`);
          return false;
        }
      };

      const { client } = ctx;
      let ok = true;
      if (plan.register) {
        ok = await step(`registered ${plan.version}`, () =>
          client.catalog.register(plan.type, plan.name, {
            sha256: plan.sha256,
            command: plan.register?.command ?? plan.name,
            version: plan.version,
          }),
        );
      }
      if (ok && plan.method === "pin") {
        ok = await step(`pinned ${plan.name} to ${plan.version}`, () =>
          client.pins.pin(plan.type, plan.name, plan.version),
        );
      } else if (ok) {
        for (const m of plan.mounts) {
          const table = m.type === "auth" ? client.auth : client.mounts;
          ok =
            (await step(`tuned ${m.path} to ${plan.version}`, () =>
              table.tune(m.mountPath, { plugin_version: plan.version }),
            )) && ok;
        }
      }
      if (ok && plan.mounts.length > 0) {
        await step("reloaded", async () => {
          if (plan.method === "tune")
            return client.reload.backend({ mounts: plan.mounts.map((m) => m.path) });
          try {
            return await client.reload.plugin(plan.type, plan.name);
          } catch (err) {
            // Servers without reload/:type/:name (OpenBao, Vault before 1.16): reload by plugin name.
            if (isNotFound(err) || (err instanceof VaultResponseError && err.status === 405)) {
              return client.reload.backend({ plugin: plan.name });
            }
            throw err;
          }
        });
      }

      const after = (await inventory(client)).filter((m) => plan.mounts.some((p) => p.path === m.path));
      const results = after.map((m) => ({
        path: m.path,
        running: m.running,
        runningSha256: m.runningSha256,
        ok: m.running === plan.version && m.runningSha256 === plan.sha256,
      }));
      for (const r of results) {
        say(
          r.ok
            ? `  ✓ ${r.path} runs ${r.running} (sha256 ${short(r.runningSha256)})`
            : `  ✗ ${r.path} runs ${r.running || "(unversioned)"} (sha256 ${short(r.runningSha256) || "-"}), expected ${plan.version} (sha256 ${short(plan.sha256)})`,
        );
      }
      const success = failures.length === 0 && results.every((r) => r.ok);
      if (ctx.output.json) {
        ctx.output.out(
          JSON.stringify({
            plan: planJson(plan),
            ok: success,
            failures,
            mounts: results,
            rollback: success ? [] : rollback(plan),
          }),
        );
      } else if (success) {
        say(`\nSuccess! ${plan.mounts.length} mount(s) run ${plan.name} ${plan.version}.`);
      } else {
        say(`\n${direction} did not complete. What runs now:`);
        say(
          table([
            ["Path", "Running", "Running SHA-256"],
            ...results.map((r) => [r.path, r.running || "(unversioned)", short(r.runningSha256) || "-"]),
          ]),
        );
        say("\nTo roll back:");
        for (const line of rollback(plan)) say(`  ${line}`);
      }
      return success ? 0 : 1;
    },
  };
}

function planJson(p: Plan) {
  return {
    direction: p.direction,
    type: p.type,
    name: p.name,
    version: p.version,
    sha256: p.sha256,
    register: Boolean(p.register),
    method: p.method,
    previousPin: p.previousPin ?? null,
    mounts: p.mounts.map((m) => ({ path: m.path, configured: m.configured, running: m.running })),
  };
}
