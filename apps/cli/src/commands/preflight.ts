// preflight: before an upgrade or a move to another product, what the live server uses that the target
// lacks and what it points at but no longer has. Exit status 0 nothing found, 2 findings, 1 errors.
import { UsageError } from "../args.js";
import type { Command } from "../context.js";
import { table } from "../output.js";
import { preflight as check, TargetError, targetName } from "../preflight.js";

export const preflight: Command = {
  usage: "sysplugins preflight [flags]",
  summary:
    "Check the server before an upgrade or a migration. It finds mounts whose plugin the catalog lacks or the target does not ship, pins and mounts on versions the catalog lacks, features the target lacks (pins on OpenBao), and with -plugin-directory each external plugin's binary and SHA-256. Exit status 0: nothing found; 2: findings.",
  flags: [
    {
      name: "target",
      value: "PRODUCT-VERSION",
      default: "the server's own product and release",
      help: "The product and release to move to: openbao-2.7.2, vault-1.16.0, …",
    },
    {
      name: "plugin-directory",
      value: "DIR",
      help: "A local copy of the target's plugin directory: each external catalog entry's binary must be there with the catalog's SHA-256.",
    },
  ],
  examples: [
    "sysplugins preflight -target=openbao-2.7.2",
    "sysplugins preflight -target=vault-1.16.0 -plugin-directory=/etc/vault/plugins -format=json",
  ],
  async run(ctx) {
    const target = ctx.flags.string("target");
    const dir = ctx.flags.string("plugin-directory");
    ctx.flags.rejectUnknown();
    let result: Awaited<ReturnType<typeof check>>;
    try {
      result = await check(ctx.client, target, dir);
    } catch (err) {
      if (err instanceof TargetError) throw new UsageError(err.message);
      throw err;
    }
    const { server, findings } = result;
    const name = targetName(result.target);
    if (ctx.output.json) {
      ctx.output.out(
        JSON.stringify({
          server: { address: ctx.client.address, ...server },
          target: { product: result.target.product, version: result.target.version },
          findings,
        }),
      );
    } else {
      ctx.output.out(
        `Preflight of ${ctx.client.address} (${targetName(server)}) for ${name}${dir ? `, plugin directory ${dir}` : ""}:`,
      );
      if (findings.length === 0)
        ctx.output.out("Nothing found: every mount, pin and catalog entry checked is ready.");
      else {
        ctx.output.out(
          table([["Where", "Finding", "Detail"], ...findings.map((f) => [f.where, f.kind, f.message])]),
        );
        ctx.output.out(`\n${findings.length} finding(s).`);
      }
    }
    return findings.length > 0 ? 2 : 0;
  },
};
