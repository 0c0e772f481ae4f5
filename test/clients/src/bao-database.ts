// Vault's documented upgrade procedure for a database plugin, run with the real `bao` CLI and checked from
// its output: register v1.0.0, enable the database engine, configure a connection on it, register v1.0.1,
// write plugin_version=v1.0.1 (the connection restarts on it at once; every omitted parameter keeps its
// value), reload, pin, downgrade, delete, disable, deregister. docs/DATABASE.md has the facts.
import { expect } from "vitest";
import { type BaoCommand, type BaoExit, type BaoTarget, baoRunner } from "./bao-run.js";
import { parseTable } from "./bao-table.js";
import type { Release } from "./plugins.js";

/** What Vault's engine answers beyond OpenBao 2.7's (measured on bao server -dev 2.7.2). */
interface Capabilities {
  /** Reads carry running_plugin_version and verify_connection; a differing version warns. */
  running: boolean;
  /** <mount>/reload/:plugin_name exists. */
  reloadByPlugin: boolean;
  /** sys/plugins/reload/backend reloads a plugin registered only as database. */
  reloadDatabasePlugins: boolean;
  /** sys/plugins/pins exists. */
  pins: boolean;
}

const capabilities: Record<"vault" | "openbao", Capabilities> = {
  vault: { running: true, reloadByPlugin: true, reloadDatabasePlugins: true, pins: true },
  openbao: { running: false, reloadByPlugin: false, reloadDatabasePlugins: false, pins: false },
};

export interface DatabaseServer {
  /** What the server is: it alone decides which steps run. */
  product: keyof typeof capabilities;
  /** v1.0.0 and v1.0.1 of the plugin, as files in the server's plugin directory. */
  releases: [Release, Release];
}

export interface DatabaseRun {
  /** Every command line run, in order. */
  ran: string[];
  /** Every command with its output, in order. */
  outputs: BaoCommand[];
  /** The steps the server lacks, each with why (the CLI's refusal was checked instead). */
  skipped: string[];
}

const plugin = "my-db-plugin";
const config = "database/config/my-db";
const password = "not-for-reading-7f3a";
const connectionUrl = "postgresql://{{username}}:{{password}}@127.0.0.1:5432/app";
const unsupportedPath = "Code: 404. Errors:\n\n* 1 error occurred:\n\t* unsupported path";

/** The CLI failed with exit code 2 (an API error) and printed the server's error. */
function refused(r: BaoExit, status: number, text: string) {
  expect(r.code, r.stdout).toBe(2);
  expect(r.stderr).toContain(`Code: ${status}. Errors:`);
  expect(r.stderr).toContain(text);
}

/** Runs the procedure against one server; any wrong exit code or value fails it. */
export async function baoDatabaseUpgrade(target: BaoTarget, server: DatabaseServer): Promise<DatabaseRun> {
  const { ok: bao, exit, ran, outputs } = baoRunner(target);
  const can = capabilities[server.product];
  const skipped: string[] = [];
  const [r1, r2] = server.releases;

  const register = (r: Release) =>
    bao(
      "plugin",
      "register",
      `-sha256=${r.sha256}`,
      `-version=${r.version}`,
      `-command=${r.command}`,
      "database",
      plugin,
    );
  /** The connection as `bao read -format=json` shows it; the password appears nowhere in the output. */
  const read = async () => {
    const out = await bao("read", "-format=json", config);
    expect(out).not.toContain(password);
    const { data, warnings } = JSON.parse(out);
    return { data, warnings };
  };
  /** What a read answers when `configured` is the connection's plugin_version and `running` runs. */
  const expected = (configured: string, running = configured) => ({
    data: {
      plugin_name: plugin,
      plugin_version: configured,
      connection_details: { connection_url: connectionUrl, username: "vaultadmin" },
      allowed_roles: ["readonly", "admin"],
      root_credentials_rotate_statements: [],
      password_policy: "",
      ...(can.running ? { running_plugin_version: running, verify_connection: false } : {}),
    },
    warnings:
      can.running && configured !== running
        ? [
            `Plugin version is configured as "${configured}", but running "${running}" because that version is pinned`,
          ]
        : null,
  });
  const versionsListed = async () =>
    parseTable(await bao("plugin", "list", "-detailed", "database"))
      .filter((row) => row.Name === plugin)
      .map((row) => [row.Type, row.Version]);

  // 1. Register v1.0.0. 2. Enable the engine: a core backend, at the core's version.
  expect(await register(r1)).toContain(`Success! Registered plugin: ${plugin}`);
  expect(await bao("secrets", "enable", "database")).toContain(
    "Success! Enabled the database secrets engine at: database/",
  );
  const mount = parseTable(await bao("secrets", "list", "-detailed")).find((row) => row.Path === "database/");
  expect(mount?.Plugin).toBe("database");
  expect(mount?.["Running Version"]).toMatch(/^v\d+\.\d+\.\d+\+builtin/);

  // The first procedure's upgrade (tune the mount's version) is not the one: the engine is the core's.
  refused(
    await exit("secrets", "tune", `-plugin-version=${r1.version}`, "database"),
    400,
    `plugin not found in the catalog: database, version=${r1.version}`,
  );

  // 3. Configure the connection on v1.0.0; read it back; list it.
  const written = await bao(
    "write",
    config,
    `plugin_name=${plugin}`,
    `plugin_version=${r1.version}`,
    `connection_url=${connectionUrl}`,
    "allowed_roles=readonly,admin",
    "username=vaultadmin",
    `password=${password}`,
    "verify_connection=false",
  );
  expect(written).toContain(`Success! Data written to: ${config}`);
  expect(await read()).toEqual(expected(r1.version));
  expect(parseTable(await bao("list", "database/config"))).toEqual([{ Keys: "my-db" }]);

  // 4. Register v1.0.1: both versions are listed, and info shows the new one.
  await register(r2);
  expect(await versionsListed()).toEqual([
    ["database", r1.version],
    ["database", r2.version],
  ]);
  const info = JSON.parse(
    await bao("plugin", "info", "-format=json", `-version=${r2.version}`, "database", plugin),
  );
  expect([info.name, info.version, info.command, info.sha256]).toEqual([
    plugin,
    r2.version,
    r2.command,
    r2.sha256,
  ]);

  // 5. Upgrade: plugin_version alone; the rest keeps its values and v1.0.1 runs at once.
  expect(await bao("write", config, `plugin_version=${r2.version}`)).toContain("Success!");
  expect(await read()).toEqual(expected(r2.version));

  // A version nobody registered: the CLI fails with the server's error, and nothing changed.
  refused(
    await exit("write", config, "plugin_version=v9.9.9"),
    400,
    "error creating database object: invalid database version: 2 errors occurred:\n" +
      `\t* plugin not found in the catalog: ${plugin}, version=v9.9.9\n` +
      `\t* plugin not found in the catalog: ${plugin}, version=v9.9.9`,
  );
  expect(await read()).toEqual(expected(r2.version));

  // Reloads: by the engine's own path, and by plugin through sys/plugins/reload/backend.
  if (can.reloadByPlugin) {
    const reloaded = JSON.parse(await bao("write", "-format=json", "-f", `database/reload/${plugin}`));
    expect(reloaded.data).toEqual({ connections: ["my-db"], count: 1 });
  } else {
    skipped.push(
      `write database/reload/${plugin}: not a path of the server's database engine (404 unsupported path)`,
    );
    refused(await exit("write", "-f", `database/reload/${plugin}`), 404, unsupportedPath);
  }
  if (can.reloadDatabasePlugins) {
    expect(await bao("plugin", "reload", `-plugin=${plugin}`)).toContain(
      `Success! Reloaded plugin: ${plugin}`,
    );
  } else {
    skipped.push(`plugin reload -plugin=${plugin}: the server reloads only auth and secret plugins (400)`);
    refused(
      await exit("plugin", "reload", `-plugin=${plugin}`),
      400,
      `plugin "${plugin}" cannot be reloaded, only plugins of type auth and secret can be reloaded`,
    );
  }
  expect(await read()).toEqual(expected(r2.version));

  // A pin wins over the connection's plugin_version, and refuses a write that names one.
  const pin = `sys/plugins/pins/database/${plugin}`;
  if (can.pins) {
    // Vault answers a pin write 200 with an empty envelope, which the CLI prints as nothing.
    await bao("write", pin, `version=${r1.version}`);
    expect(JSON.parse(await bao("read", "-format=json", pin)).data.version).toBe(r1.version);
    refused(
      await exit("write", config, `plugin_version=${r1.version}`),
      400,
      `cannot specify plugin_version for plugin "${plugin}" as it is pinned (${r1.version})`,
    );
    await bao("write", "-f", "database/reset/my-db");
    expect(await read()).toEqual(expected(r2.version, r1.version));
    await bao("delete", pin);
    await bao("write", "-f", "database/reset/my-db");
    expect(await read()).toEqual(expected(r2.version));
  } else {
    skipped.push(
      `write ${pin}: the server has no pins (404 unsupported path; the bao CLI has no pin command)`,
    );
    refused(await exit("write", pin, `version=${r1.version}`), 404, unsupportedPath);
  }

  // Around the procedure: a reset, and the errors a user meets first.
  expect(await bao("write", "-f", "database/reset/my-db")).toContain(
    "Success! Data written to: database/reset/my-db",
  );
  refused(
    await exit("write", "-f", "database/reset/nope"),
    500,
    'failed to find entry for connection with name: "nope"',
  );
  refused(
    await exit("write", "database/config/other", `plugin_version=${r1.version}`),
    400,
    "empty plugin name",
  );
  refused(
    await exit("write", config, "plugin_version=not-a-version"),
    400,
    'version "not-a-version" is not a valid semantic version: ',
  );
  expect(await read()).toEqual(expected(r2.version));
  // A password in the URL is taken, warned about and never read back; unknown parameters are kept, with a warning.
  const withPassword = await exit(
    "write",
    "database/config/other",
    `plugin_name=${plugin}`,
    `connection_url=postgresql://vaultadmin:${password}@127.0.0.1:5432/app`,
    "max_open_connections=3",
    "verify_connection=false",
  );
  // The CLI prints a write's warnings on stderr, wrapped, and exits 0.
  expect(withPassword.code, withPassword.stderr).toBe(0);
  const warned = withPassword.stderr.replace(/\s+/g, " ");
  expect(warned).toContain("Password found in connection_url, use a templated url");
  expect(warned).toContain(
    "Endpoint ignored these unrecognized parameters: [connection_url max_open_connections]",
  );
  const other = JSON.parse(await bao("read", "-format=json", "database/config/other"));
  expect(JSON.stringify(other)).not.toContain(password);
  expect(other.data.connection_details).toEqual({
    connection_url: "postgresql://vaultadmin:xxxxx@127.0.0.1:5432/app",
    max_open_connections: "3",
  });
  expect(parseTable(await bao("list", "database/config"))).toEqual([{ Keys: "my-db" }, { Keys: "other" }]);
  await bao("delete", "database/config/other");

  // Downgrade: the same write, back to v1.0.0.
  expect(await bao("write", config, `plugin_version=${r1.version}`)).toContain("Success!");
  expect(await read()).toEqual(expected(r1.version));

  // Clean up: delete the connection, disable the engine, deregister both versions.
  expect(await bao("delete", config)).toContain(`Success! Data deleted (if it existed) at: ${config}`);
  const gone = await exit("read", config);
  expect([gone.code, gone.stderr.trim()]).toEqual([2, `No value found at ${config}`]);
  const none = await exit("list", "database/config");
  expect([none.code, none.stderr.trim()]).toEqual([2, "No value found at database/config"]);
  expect(await bao("secrets", "disable", "database")).toContain("Success! Disabled the secrets engine");
  for (const r of server.releases)
    await bao("plugin", "deregister", `-version=${r.version}`, "database", plugin);
  expect(await versionsListed()).toEqual([]);
  return { ran, outputs, skipped };
}

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * What each command printed, for comparing two servers: the address, ids and the releases' file names and
 * hashes (which differ by nature) replaced by placeholders. `narrow` maps a command line (its arguments
 * joined by spaces) to the part of its stdout to compare.
 */
export function comparable(
  run: DatabaseRun,
  releases: readonly Release[],
  narrow: Record<string, (stdout: string) => string>,
): string[] {
  const plain = (text: string) =>
    releases
      .reduce(
        (t, r) =>
          t.replaceAll(r.sha256, `<sha256 ${r.version}>`).replaceAll(r.command, `<command ${r.version}>`),
        text,
      )
      .replace(/http:\/\/127\.0\.0\.1:\d+/g, "<address>")
      .replace(uuid, "<uuid>");
  return run.outputs.map((c) => {
    const line = c.args.join(" ");
    const stdout = narrow[line]?.(c.stdout) ?? c.stdout;
    return plain(`$ bao ${line}\n[exit ${c.code}]\n${stdout}${c.stderr}`);
  });
}
