// Vault's upgrade procedure for a database plugin, every step, with curl: the shell block of
// docs/DATABASE.md, run as it is written there with bash, against the real server. What the block leaves
// behind is then read back over HTTP, so the document and the server are checked together.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../testing/fixture.js";

const run = promisify(execFile);
const doc = new URL("../../../../docs/DATABASE.md", import.meta.url);

/** The first ```sh block after the heading "## The procedure with curl". */
async function procedure(): Promise<string> {
  const text = await readFile(doc, "utf8");
  const section = text.split("## The procedure with curl")[1] ?? "";
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error("docs/DATABASE.md has no sh block under 'The procedure with curl'");
  return block;
}

async function curlMissing(): Promise<string | undefined> {
  const found = await run("curl", ["--version"]).then(
    () => undefined,
    (err: Error) => `curl is not installed (${err.message})`,
  );
  if (found && process.env.CI) throw new Error(`CI must run the curl procedure: ${found}`);
  if (found) console.warn(`skipping the database procedure with curl: ${found}`);
  return found;
}

const skip = await curlMissing();
let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
  await f.writePlugin("my-db-plugin-1.0.0", "#!/bin/sh\n# my-db-plugin 1.0.0\n");
  await f.writePlugin("my-db-plugin-1.0.1", "#!/bin/sh\n# my-db-plugin 1.0.1\n");
});
afterAll(() => f?.close());

const bash = async (script: string, token: string) =>
  run("bash", ["-c", script], {
    env: { PATH: process.env.PATH, VAULT_ADDR: f.url, VAULT_TOKEN: token, PLUGIN_DIR: f.pluginDir },
  });

describe.skipIf(skip)("docs/DATABASE.md: the database procedure with curl", () => {
  it("a wrong token stops the script at the first step, with Vault's error, and changes nothing", async () => {
    const failed = await bash(await procedure(), "not-the-token").then(
      () => undefined,
      (err: { code: number; stdout: string; stderr: string }) => err,
    );
    expect(failed?.code).toBe(22);
    expect(JSON.parse(failed?.stdout ?? "{}").errors.join()).toContain("permission denied");
    expect((await f.call("GET", "sys/plugins/catalog/database/my-db-plugin?version=v1.0.0")).status).toBe(
      404,
    );
  });

  it("runs every step; the connection runs v1.0.1 with its other settings kept", async () => {
    const { stdout } = await bash(await procedure(), f.token);
    const answers = stdout
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line));
    // The two reads the block makes: before and after step 5.
    expect(answers.map((a) => [a.data.plugin_version, a.data.running_plugin_version])).toEqual([
      ["v1.0.0", "v1.0.0"],
      ["v1.0.1", "v1.0.1"],
    ]);
    expect(stdout).not.toContain("a-secret");
    const read = await f.call("GET", "database/config/my-db");
    expect(read.json.data).toMatchObject({
      plugin_name: "my-db-plugin",
      plugin_version: "v1.0.1",
      running_plugin_version: "v1.0.1",
      allowed_roles: ["readonly"],
      connection_details: {
        connection_url: "postgresql://{{username}}:{{password}}@db.internal:5432/app",
        username: "vault",
      },
      verify_connection: false,
    });
    expect(read.json.warnings).toBeNull();
  });
});
