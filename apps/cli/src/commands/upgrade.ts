// upgrade and downgrade: the procedure users follow by hand, as one command. It validates its inputs,
// records the state before it starts, plans (register the version, tune each mount or move the pin,
// reload, verify), carries the plan out with timestamped progress (NDJSON with -format=json), and on
// failure restores the recorded state by itself (unless -no-rollback) and exits 1.
import { type Command, pluginTypes } from "../context.js";
import { nodeClients } from "../nodes.js";
import { firstLine, stamp, table } from "../output.js";
import { apply, type Report } from "../upgrade/apply.js";
import {
  type Direction,
  describePlan,
  isNoop,
  makePlan,
  manualRollback,
  type Plan,
} from "../upgrade/plan.js";
import { inferredNote } from "./mounts.js";

function planJson(p: Plan) {
  return {
    direction: p.direction,
    type: p.type,
    name: p.name,
    version: p.version,
    sha256: p.sha256,
    register: Boolean(p.register),
    command: p.register?.command ?? null,
    method: p.method,
    previousPin: p.previousPin ?? null,
    mounts: p.mounts.map((m) => ({
      path: m.path,
      configured: m.configured,
      running: m.running,
      ...(m.runningInferred ? { runningInferred: true } : {}),
      pending: p.pending.includes(m),
    })),
  };
}

export function versionMove(direction: Direction): Command {
  const other = direction === "upgrade" ? "downgrade" : "upgrade";
  return {
    usage: `sysplugins ${direction} [flags] TYPE NAME`,
    summary:
      direction === "upgrade"
        ? "Register a new version, move mounts to it (tune, or -pin), reload and verify, as one command; for a database plugin, its connections (each connection's plugin_version). On failure it restores what was there before and exits 1."
        : `The same as upgrade, to an older version. On failure it restores what was there before and exits 1.`,
    flags: [
      { name: "version", value: "V", help: "The version to move to (required), e.g. v1.1.0." },
      { name: "sha256", value: "HEX", help: "The SHA-256 of the version's binary, to register it." },
      {
        name: "binary",
        value: "PATH",
        help: "The version's binary in the plugin directory: its SHA-256 is computed and its file name is the command.",
      },
      {
        name: "command",
        value: "CMD",
        default: "the file name of -binary, else NAME",
        help: "The command to register the version with.",
      },
      { name: "pin", help: "Move the plugin's pin (Vault 1.16+) instead of tuning each mount." },
      {
        name: "mounts",
        value: "A,B",
        default: "every mount or connection of the plugin",
        help: "Only these mounts, or database connections (database/config/NAME); not with -pin, which moves every mount.",
      },
      { name: "dry-run", help: "Print the plan and change nothing." },
      {
        name: "all-nodes",
        help: "Reload and verify on every node sys/ha-status lists, each at its own address.",
      },
      {
        name: "no-rollback",
        help: "On failure leave things as they are and print the commands that restore them.",
      },
    ],
    examples: [
      `sysplugins ${direction} -version=v1.1.0 -binary=plugins/my-plugin-1.1.0 secret my-plugin`,
      `sysplugins ${direction} -version=v1.1.0 -pin -format=json secret my-plugin`,
      `sysplugins ${direction} -version=v1.1.0 -binary=plugins/my-db-plugin-1.1.0 database my-db-plugin`,
    ],
    positionals: [pluginTypes],
    async run(ctx) {
      const dryRun = ctx.flags.bool("dry-run");
      const noRollback = ctx.flags.bool("no-rollback");
      const allNodes = ctx.flags.bool("all-nodes");
      const plan = await makePlan(ctx, direction, this.usage);
      const { json, out } = ctx.output;
      const report: Report = (event, line) =>
        out(json ? JSON.stringify({ time: new Date().toISOString(), ...event }) : `  ${stamp()} ${line}`);
      const say = (line: string) => {
        if (!json) out(line);
      };

      if (json)
        out(JSON.stringify({ time: new Date().toISOString(), event: "plan", dryRun, plan: planJson(plan) }));
      const what = plan.type === "database" ? "connection" : "mount";
      const inferred = plan.mounts.some((m) => m.runningInferred);
      if (isNoop(plan)) {
        const message = inferred
          ? `Nothing to do: ${plan.version} is registered and every connection of ${plan.name} (${plan.mounts.length}) is configured to it (this server reports no running version for a connection).`
          : `Nothing to do: ${plan.version} is registered and every ${what} of ${plan.name} (${plan.mounts.length}) already runs it${plan.method === "pin" ? " pinned" : ""}.`;
        if (json)
          out(
            JSON.stringify({
              time: new Date().toISOString(),
              event: "result",
              ok: true,
              noop: true,
              message,
            }),
          );
        else say(message);
        return 0;
      }
      for (const line of describePlan(plan)) say(line);
      if (dryRun) {
        if (json)
          out(JSON.stringify({ time: new Date().toISOString(), event: "result", ok: true, dryRun: true }));
        else say("\nDry run: nothing was changed.");
        return 0;
      }
      say("");
      const nodes = allNodes ? await nodeClients(ctx.client, ctx.clientAt) : [ctx.client];
      const outcome = await apply(ctx.client, plan, report, !noRollback, nodes);
      const manual = outcome.ok || outcome.rolledBack || !outcome.changed ? [] : manualRollback(plan);
      if (json) {
        out(
          JSON.stringify({
            time: new Date().toISOString(),
            event: "result",
            ok: outcome.ok,
            failures: outcome.failures,
            mounts: outcome.mounts,
            changed: outcome.changed,
            rolledBack: outcome.rolledBack,
            restored: outcome.restored,
            rollback: manual,
          }),
        );
      } else if (outcome.ok) {
        say(
          inferred
            ? `\nSuccess! ${plan.mounts.length} connection(s) of ${plan.name} are configured ${plan.version}; the server accepted each write, and a write restarts the connection. Not verified: what the processes run (this server, OpenBao, reports no running version for a connection).`
            : `\nSuccess! ${plan.mounts.length} ${what}(s) run ${plan.name} ${plan.version}.`,
        );
      } else {
        say(
          `\n${direction} failed: ${outcome.failures[0] ? firstLine(outcome.failures[0]) : "a mount does not run the new version"}`,
        );
        if (!outcome.changed) {
          say(
            `Nothing was changed: the registration of ${plan.version} failed, before any ${what} was touched.`,
          );
        } else if (outcome.rolledBack) {
          say(`Rolled back to the state before the ${direction}:`);
          for (const r of outcome.restored) say(`  - ${r}`);
          if (plan.register && !plan.replaces)
            say(
              `${plan.version} stays registered, unused: sysplugins deregister -version=${plan.version} ${plan.type} ${plan.name}`,
            );
        } else {
          say(
            `${noRollback ? "Nothing was rolled back (-no-rollback)" : "The rollback did not complete"}. What runs now:`,
          );
          say(
            table([
              ["Path", "Running Version", "Running SHA256"],
              ...outcome.mounts.map((r) => [
                r.path,
                `${r.running || "n/a"}${r.runningInferred ? "*" : ""}`,
                r.runningSha256 || "n/a",
              ]),
            ]),
          );
          const note = inferredNote(outcome.mounts);
          if (note) say(note);
          say("\nTo restore the state before the upgrade:");
          for (const line of manual) say(`  ${line}`);
        }
        say(
          `Fix the cause, then run the ${direction} again (or \`sysplugins ${other}\` to go the other way).`,
        );
      }
      return outcome.ok ? 0 : 1;
    },
  };
}
