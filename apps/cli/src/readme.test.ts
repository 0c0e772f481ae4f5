// The README's first command leaves a working `sysplugins` where the README says, and the packages a
// newcomer installs have READMEs that say how (issue #22 items 5 and 6).
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";

const text = (path: string) => readFile(new URL(`../../../${path}`, import.meta.url), "utf8");

describe("the README's first command", () => {
  it("pnpm start builds the CLI as well as the server (turbo filters)", async () => {
    const start: string = JSON.parse(await text("package.json")).scripts.start;
    expect(start).toMatch(/turbo run build .*--filter=@sysplugins\/server/);
    expect(start).toMatch(/turbo run build .*--filter=@sysplugins\/cli/);
    expect(JSON.parse(await text("package.json")).scripts.sysplugins).toBe("node apps/cli/dist/main.js");
  });

  it("the README names the built CLI right after the first command", async () => {
    const readme = await text("README.md");
    const intro = readme.slice(0, readme.indexOf("\n## "));
    expect(intro).toContain("node apps/cli/dist/main.js");
    expect(intro).toContain("pnpm -s sysplugins");
  });
});

describe("READMEs of the packages a user installs", () => {
  it("apps/cli/README.md exists, as the package's homepage says", async () => {
    const pkg = JSON.parse(await text("apps/cli/package.json"));
    expect(pkg.homepage).toMatch(/apps\/cli#readme$/);
    expect(await text("apps/cli/README.md")).toContain("sysplugins");
  });

  it("packages/client/README.md says ESM only and how to install the three tarballs", async () => {
    const readme = await text("packages/client/README.md");
    expect(readme).toMatch(/ESM only/i);
    for (const name of ["sysplugins-api-", "sysplugins-go-semantics-", "sysplugins-client-"])
      expect(readme).toContain(name);
  });
});
