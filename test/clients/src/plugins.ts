// The plugins the workflows register: a secrets engine and an auth method, two releases each, as files in
// the server's plugin directory. Our server hashes the files but never runs them, so any file works.
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface Release {
  version: string;
  command: string;
  sha256: string;
}
export interface Subject {
  name: string;
  releases: Release[];
}
export interface Plugins {
  secret: Subject;
  auth: Subject;
}

async function release(dir: string, command: string, version: string): Promise<Release> {
  const content = `#!/bin/sh\necho ${command} ${version}\n`;
  await writeFile(join(dir, command), content, { mode: 0o755 });
  return { version, command, sha256: createHash("sha256").update(content).digest("hex") };
}

/** Writes the four files into `pluginDir` under names unique to `prefix`; returns what was written. */
export async function writePlugins(pluginDir: string, prefix: string): Promise<Plugins> {
  const subject = async (kind: string): Promise<Subject> => ({
    name: `${prefix}-${kind}`,
    releases: [
      await release(pluginDir, `${prefix}-${kind}-1`, "v1.0.0"),
      await release(pluginDir, `${prefix}-${kind}-2`, "v1.1.0"),
    ],
  });
  return { secret: await subject("secrets"), auth: await subject("auth") };
}
