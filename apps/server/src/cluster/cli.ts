#!/usr/bin/env node
// `pnpm cluster`: a local cluster of server nodes on PostgreSQL, for trying cluster-wide reloads and
// per-node status. Starts PostgreSQL from the machine's packages (as the postgres user when run as root)
// on a temporary directory, or on --dir to keep its data, then node-1 … node-N on consecutive ports.
// Ctrl-C stops everything.
//
//   --nodes N            3
//   --port PORT          8200 (node-1; node-2 on 8201, …)
//   --plugin-directory   ./plugins (shared by every node)
//   --dir DIR            a temporary directory, removed at the end
//   root token           SYSPLUGINS_ROOT_TOKEN, else generated and printed
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { startPostgres } from "../postgres/server.js";
import { startLocalCluster } from "./local-cluster.js";

/** The URL without its password, for the screen. */
function redacted(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "xxxxx";
  return u.href;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      nodes: { type: "string", default: "3" },
      port: { type: "string", default: "8200" },
      "plugin-directory": { type: "string", default: "plugins" },
      dir: { type: "string" },
    },
  });
  const nodes = Number(values.nodes);
  const basePort = Number(values.port);
  if (!Number.isInteger(nodes) || nodes < 1 || nodes > 16) throw new Error("--nodes wants 1 to 16");
  if (!Number.isInteger(basePort) || basePort < 1 || basePort + nodes > 65536)
    throw new Error("--port wants a port");
  const pluginDirectory = resolve(values["plugin-directory"]);
  await mkdir(pluginDirectory, { recursive: true });
  const rootToken = process.env.SYSPLUGINS_ROOT_TOKEN || `hvs.${randomBytes(18).toString("base64url")}`;

  const postgres = await startPostgres({ fsync: true, ...(values.dir ? { dir: resolve(values.dir) } : {}) });
  let cluster: Awaited<ReturnType<typeof startLocalCluster>> | undefined;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await cluster?.close();
    await postgres.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());

  const storageUrl = await postgres.createDatabase("sysplugins").catch((err: Error) => {
    if (/already exists/.test(err.message)) return postgres.url("sysplugins");
    throw err;
  });
  // With --dir the cluster's data is kept, and so is the key that seals its secrets (beside it).
  let encryptionKeyFile: string | undefined;
  if (values.dir) {
    encryptionKeyFile = join(resolve(values.dir), "cluster.key");
    if (!existsSync(encryptionKeyFile)) {
      await writeFile(encryptionKeyFile, `${randomBytes(32).toString("base64")}\n`, {
        mode: 0o600,
        flag: "wx",
      });
    }
  }
  try {
    cluster = await startLocalCluster({
      ...(encryptionKeyFile ? { encryptionKeyFile } : {}),
      storageUrl,
      pluginDirectory,
      rootToken,
      nodes,
      basePort,
      echo: process.stderr,
    });
  } catch (err) {
    await postgres.close();
    throw err;
  }
  process.stdout.write(
    [
      `sysplugins cluster: ${nodes} nodes on PostgreSQL ${redacted(storageUrl)} (password in ${postgres.dir}/superuser-password)`,
      "",
      ...cluster.nodes.map((n) => `    ${n.nodeId}: export VAULT_ADDR='${n.url}'`),
      `    export VAULT_TOKEN='${rootToken}'`,
      "",
      `Plugin directory: ${pluginDirectory}`,
      `PostgreSQL data:  ${postgres.dir}${values.dir ? "" : " (removed at the end; --dir DIR keeps it)"}`,
      "Ctrl-C stops the nodes and PostgreSQL.",
      "",
    ].join("\n"),
  );
}

main().catch((err: Error) => {
  console.error(`sysplugins cluster: ${err.message}`);
  process.exit(1);
});
