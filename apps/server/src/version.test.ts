// `sysplugins-server --version`: the built program prints its package's version and starts nothing.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));

describe("--version", () => {
  it("prints the package version and exits 0", async () => {
    const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
    const out = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, [main, "--version"], { timeout: 10_000 }, (err, stdout) =>
        err ? reject(err) : resolve(stdout),
      ),
    );
    expect(out).toBe(`sysplugins-server v${pkg.version}\n`);
  });
});
