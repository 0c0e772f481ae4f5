// Interop: real Vault clients written by others, unchanged, against the real server.
// node-vault (npm) lists with the LIST verb and with ?list=1; hvac (PyPI's current release) runs an upgrade.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import NodeVault from "node-vault";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../testing/fixture.js";

let f: Fixture;
let sha: string;
beforeAll(async () => {
  f = await startFixture();
  sha = await f.writePlugin("interop-plugin");
});
afterAll(() => f.close());

describe("node-vault", () => {
  it.each([
    ["the LIST verb", false],
    ["GET ?list=1", true],
  ])("lists the catalog with %s", async (_how, noCustomHTTPVerbs) => {
    const vault = NodeVault({ endpoint: f.url, token: f.token, noCustomHTTPVerbs });
    const r = await vault.list("sys/plugins/catalog/auth");
    expect(r.data.keys).toContain("approle");
  });

  it("registers, reads, and gets Vault's error messages", async () => {
    const vault = NodeVault({ endpoint: f.url, token: f.token });
    await vault.write("sys/plugins/catalog/secret/node-vault-plugin", {
      sha256: sha,
      command: "interop-plugin",
      version: "1.0.0",
    });
    const read = await vault.read("sys/plugins/catalog/secret/node-vault-plugin?version=v1.0.0");
    expect(read.data.sha256).toBe(sha);
    await expect(vault.write("sys/plugins/catalog/secret/x", { command: "interop-plugin" })).rejects.toThrow(
      /must provide at least one of sha256 or version/,
    );
    await expect(vault.read("sys/plugins/catalog/secret/not-there")).rejects.toMatchObject({
      response: { statusCode: 404 },
    });
  });
});

/** The hvac release proven here; `.ci/run` installs it from PyPI. */
const HVAC = "2.4.0";

/** A Python with that hvac: $PYTHON, else python3 on the PATH, else Debian's. */
async function pythonWithHvac(): Promise<string | undefined> {
  const candidates = [process.env.PYTHON, "python3", "/usr/bin/python3"].filter(Boolean) as string[];
  for (const python of candidates) {
    if (python.startsWith("/") && !existsSync(python)) continue;
    try {
      const { stdout } = await promisify(execFile)(python, [
        "-c",
        "from importlib.metadata import version; print(version('hvac'))",
      ]);
      if (stdout.trim() === HVAC) return python;
    } catch {}
  }
  return undefined;
}

describe("hvac", async () => {
  const python = await pythonWithHvac();
  if (!python) {
    const reason = `hvac ${HVAC} is not installed (python3 -m pip install hvac==${HVAC}; .ci/run does)`;
    if (process.env.CI) throw new Error(`CI must run the hvac interop test: ${reason}`);
    console.warn(`skipping the hvac interop test: ${reason}`);
  }

  it.skipIf(!python)(
    "runs the workflow: is_authenticated, checks, register, enable, tune, reload, pin, downgrade",
    async () => {
      const script = fileURLToPath(new URL("hvac_upgrade.py", import.meta.url));
      const { stdout } = await promisify(execFile)(python as string, [script], {
        env: {
          ...process.env,
          VAULT_ADDR: f.url,
          VAULT_TOKEN: f.token,
          PLUGIN_SHA256: sha,
          PLUGIN_COMMAND: "interop-plugin",
        },
      });
      const v = (configured: string, runs: string) => [configured, runs, true];
      expect(JSON.parse(stdout)).toEqual({
        hvac: HVAC,
        authenticated: [true, false],
        policies: ["root"],
        seal: [true, false, true, false],
        leader: false,
        capabilities: ["root"],
        versions: ["v1.0.0", "v1.1.0"],
        list: true,
        list_verb: true,
        info: "v1.0.0",
        mounted: [v("v1.0.0", "v1.0.0"), v("v1.0.0", "v1.0.0")],
        after_tune: [v("v1.1.0", "v1.0.0"), v("v1.1.0", "v1.0.0")],
        tune_warning: true,
        tuned_version: "v1.1.0",
        reload_id: true,
        after_reload: [v("v1.1.0", "v1.1.0"), v("v1.1.0", "v1.1.0")],
        global_reload: [202, true, true],
        pin: "v1.0.0",
        downgraded: v("v1.0.0", "v1.0.0"),
        error: [
          "must provide at least one of sha256 or version: use sha256 for binary registration (version optional) or version only for artifact registration",
        ],
        missing: null,
        after_delete: ["v1.1.0"],
      });
    },
  );
});
