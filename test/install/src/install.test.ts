// Packages a user can install: each public package packed as pnpm publishes it, clean for publint and
// `npm publish --dry-run`, installed from the tarballs into a temporary project outside the workspace;
// then the installed server bin runs, the installed CLI talks to it, and a strict TypeScript program
// without @types/node compiles against the installed client and talks to it too. Dependencies come from
// the local pnpm store when it has them (--prefer-offline), else from the npm registry.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closedPort } from "@sysplugins/server/testing";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicPackages, root } from "./public-packages.js";

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}
/** The environment without the npm_config_* settings `pnpm run` passes down, which npm warns about and
 *  which would tie the temporary project to the workspace's settings. */
const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_/i.test(k)));
const sh = (cmd: string, args: string[], cwd: string, env: Record<string, string | undefined> = {}) =>
  new Promise<Ran>((resolve) =>
    execFile(
      cmd,
      args,
      { cwd, env: { ...clean, ...env }, timeout: 240_000, maxBuffer: 1 << 24 },
      (e, stdout, stderr) => resolve({ code: e ? Number(e.code ?? 1) : 0, stdout, stderr }),
    ),
  );

let dir: string;
let project: string;
const tarballs = new Map<string, string>();
let server: ChildProcess | undefined;
let address = "";
const token = "install-test-token";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sysplugins-install-"));
  project = join(dir, "project");
  await mkdir(join(dir, "tarballs"));
  for (const folder of publicPackages) {
    const packed = await sh(
      "pnpm",
      ["pack", "--pack-destination", join(dir, "tarballs")],
      join(root, folder),
    );
    expect(packed.code, packed.stderr).toBe(0);
    const pkg = JSON.parse(await readFile(join(root, folder, "package.json"), "utf8"));
    tarballs.set(pkg.name, packed.stdout.trim().split("\n").at(-1) as string);
  }
  // A fresh project outside the workspace. The tarballs stand in for the registry's copies of our
  // packages (overrides), as they would be once published.
  await mkdir(project);
  const overrides = Object.fromEntries([...tarballs].map(([name, file]) => [name, `file:${file}`]));
  await writeFile(
    join(project, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module", pnpm: { overrides } }),
  );
  const add = await sh(
    "pnpm",
    [
      "add",
      "--prefer-offline",
      "--ignore-workspace",
      ...["@sysplugins/client", "@sysplugins/cli", "@sysplugins/server"].map(
        (n) => tarballs.get(n) as string,
      ),
    ],
    project,
  );
  expect(add.code, `${add.stdout}\n${add.stderr}`).toBe(0);
});

afterAll(async () => {
  server?.kill("SIGTERM");
  await rm(dir, { recursive: true, force: true });
});

describe("every public package", () => {
  it.each(publicPackages)("%s is clean for publint and npm publish --dry-run", async (folder) => {
    const pkg = JSON.parse(await readFile(join(root, folder, "package.json"), "utf8"));
    expect(pkg.private).toBeUndefined();
    expect(pkg.license).toBe("MIT");
    expect(pkg.repository?.directory).toBe(folder);
    const tarball = tarballs.get(pkg.name) as string;
    const { messages } = await publint({
      pack: { tarball: (await readFile(tarball)).buffer as ArrayBuffer },
      strict: true,
    });
    expect(messages.map((m) => formatMessage(m, pkg))).toEqual([]);
    const dry = await sh("npm", ["publish", "--dry-run", "--access=public", tarball], dir);
    expect(dry.code, dry.stderr).toBe(0);
    // Only the warning that nobody is logged in, which a dry run outside a release is bound to give.
    const warnings = dry.stderr
      .split("\n")
      .filter((l) => /npm warn/i.test(l) && !/requires you to be logged in/.test(l));
    expect(warnings).toEqual([]);
    const listed = dry.stderr + dry.stdout;
    expect(listed).toContain("LICENSE");
    expect(listed).toContain("package.json");
    const packed = await sh("tar", ["-xzOf", tarball, "package/package.json"], dir);
    expect(packed.stdout).not.toContain("workspace:");
  });
});

describe("installed from the tarballs", () => {
  it("the server bin starts and says where it listens", async () => {
    const bin = join(project, "node_modules", ".bin", "sysplugins-server");
    const child = spawn(
      bin,
      [
        "--listen",
        "127.0.0.1:0",
        "--data-dir",
        join(dir, "data"),
        "--plugin-directory",
        join(dir, "plugins"),
      ],
      {
        cwd: project,
        env: { ...process.env, SYSPLUGINS_ROOT_TOKEN: token, SYSPLUGINS_LOG_LEVEL: "warn" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    server = child;
    address = await new Promise<string>((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => reject(new Error(`the server did not start: ${out}`)), 60_000);
      child.stdout?.on("data", (d) => {
        out += d;
        const m = /export VAULT_ADDR='([^']+)'/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1] as string);
        }
      });
      child.stderr?.on("data", (d) => {
        out += d;
      });
      child.on("exit", (code) => reject(new Error(`the server exited ${code}: ${out}`)));
    });
    expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const version = await sh(bin, ["--version"], project);
    expect(version.stdout).toBe("sysplugins-server v0.1.0\n");
  });

  it("the CLI runs against it", async () => {
    const cli = join(project, "node_modules", ".bin", "sysplugins");
    expect((await sh(cli, ["--version"], project)).stdout).toBe("sysplugins v0.1.0\n");
    const env = { VAULT_ADDR: address, VAULT_TOKEN: token };
    const enable = await sh(cli, ["secrets", "enable", "-path=installed", "kv"], project, env);
    expect(enable.stdout, enable.stderr).toContain("Success! Enabled the kv secrets engine at: installed/");
    const list = await sh(cli, ["secrets", "list", "-format=json"], project, env);
    expect(Object.keys(JSON.parse(list.stdout))).toContain("installed/");
  });

  it("a strict TypeScript program without @types/node compiles against the client and runs", async () => {
    await writeFile(
      join(project, "main.ts"),
      (await readFile(new URL("./fixtures/consumer.ts", import.meta.url), "utf8")).replace(
        "CLOSED_ADDRESS",
        await closedPort(),
      ),
    );
    await writeFile(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          lib: ["ES2022", "DOM"],
          types: [],
          skipLibCheck: false,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          noEmitOnError: true,
          outDir: "out",
        },
        files: ["main.ts"],
      }),
    );
    expect(await sh("test", ["-e", join(project, "node_modules", "@types", "node")], project)).toMatchObject({
      code: 1,
    });
    const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
    const compiled = await sh(process.execPath, [tsc, "-p", "tsconfig.json"], project);
    expect(compiled.stdout + compiled.stderr).toBe("");
    expect(compiled.code).toBe(0);
    const ran = await sh(process.execPath, ["out/main.js"], project, {
      VAULT_ADDR: address,
      VAULT_TOKEN: token,
    });
    expect(ran.stderr).toBe("");
    expect(JSON.parse(ran.stdout)).toMatchObject({ mounted: true, notFound: 404, refused: "ECONNREFUSED" });
  });
});
