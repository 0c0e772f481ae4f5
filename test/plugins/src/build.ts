import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, readFile, realpath } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { findGo } from "./go.js";
import { fileName, PLUGIN_BUILDS, type PluginBuild, VERSION_VARIABLE } from "./manifest.js";

const run = promisify(execFile);

/** The Go module's root: this package's directory (dist/ or src/ sit one level below it). */
export const MODULE_DIR = fileURLToPath(new URL("..", import.meta.url));

export interface PluginBinary extends PluginBuild {
  /** Lowercase hex SHA-256 of the file, as the catalog's `sha256` wants it. */
  sha256: string;
  /** Absolute path, with symlinks resolved (OpenBao refuses a plugin reached through one). */
  file: string;
  /** The file's name inside the directory: what the catalog's `command` is. */
  command: string;
}

export class GoMissingError extends Error {
  constructor() {
    super("go is not installed (neither on PATH nor in /usr/local/go/bin): cannot build the test plugins");
  }
}

/** Builds every plugin of the manifest into `dir` (created if needed) and returns what was written. */
export async function buildPlugins(dir: string, builds: readonly PluginBuild[] = PLUGIN_BUILDS) {
  const go = findGo();
  if (!go) throw new GoMissingError();
  await mkdir(dir, { recursive: true });
  const realDir = await realpath(dir);
  const out: PluginBinary[] = [];
  for (const build of builds) {
    const command = fileName(build);
    const file = join(realDir, command);
    const ldflags = `-s -w -X ${VERSION_VARIABLE}=${build.version}`;
    try {
      await run(go, ["build", "-trimpath", "-buildvcs=false", "-ldflags", ldflags, "-o", file, build.pkg], {
        cwd: MODULE_DIR,
        env: { ...process.env, CGO_ENABLED: "0", GOFLAGS: "-mod=readonly" },
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? "";
      throw new Error(`go build ${build.pkg} (${build.version}) failed:\n${stderr}`);
    }
    const sha256 = createHash("sha256")
      .update(await readFile(file))
      .digest("hex");
    out.push({ ...build, sha256, file, command });
  }
  return out;
}

/** One line per binary, `NAME VERSION SHA256 FILE`, as `pnpm build:plugins` prints them. */
export function formatLine(binary: PluginBinary): string {
  return `${binary.name} ${binary.version} ${binary.sha256} ${binary.file}`;
}
