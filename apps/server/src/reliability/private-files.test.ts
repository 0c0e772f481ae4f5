// The data directory and the files in it are the server's alone (issue #24 item 3): a directory that is
// not private to the server's user is refused, as PostgreSQL refuses its data directory; temporary files
// are created exclusively and never through a symlink; a root-token.json that another user wrote, or that
// others can read, is refused. The built program, as a user runs it.
import { execFileSync } from "node:child_process";
import { chmod, chown, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRefusal, startProgram } from "../testing/program.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sysplugins-private-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Another account to own files, when this process may give files away (root). */
const other = (() => {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync("id", ["-u", "nobody"], { encoding: "utf8" }).trim());
    return { uid, gid: Number(execFileSync("id", ["-g", "nobody"], { encoding: "utf8" }).trim()) };
  } catch {
    return undefined;
  }
})();
if (!other)
  console.warn("skipping the tests of files owned by another user: only root can give a file away here");

let n = 0;
async function start(dataDir: string, args: string[] = ["--root-token", "root"]) {
  const plugins = join(dir, `plugins-${n++}`);
  await mkdir(plugins, { recursive: true });
  return startProgram(["--data-dir", dataDir, "--plugin-directory", plugins, ...args]);
}

describe("the data directory", () => {
  it.each([
    ["world-writable", 0o777],
    ["group-writable", 0o770],
    ["readable by others", 0o705],
  ])("%s: refused as PostgreSQL refuses its own", async (_, mode) => {
    const data = join(dir, `data-mode-${mode.toString(8)}`);
    await mkdir(data);
    await chmod(data, mode);
    const r = await start(data);
    if (!isRefusal(r)) {
      await r.stop();
      throw new Error(`a data directory of mode ${mode.toString(8)} was accepted`);
    }
    expect(r.output).toContain(`data directory "${data}" has invalid permissions`);
    expect(r.output).toContain("Permissions should be u=rwx (0700) or u=rwx,g=rx (0750).");
  });

  it.skipIf(!other)("owned by another user: refused", async () => {
    const data = join(dir, "data-other");
    await mkdir(data, { mode: 0o700 });
    await chown(data, other?.uid ?? 0, other?.gid ?? 0);
    const r = await start(data);
    if (!isRefusal(r)) {
      await r.stop();
      throw new Error("a data directory owned by another user was accepted");
    }
    expect(r.output).toContain(`data directory "${data}" has wrong ownership`);
  });

  it("0750 and 0700 are accepted, and a new one is made 0700", async () => {
    for (const [name, mode] of [
      ["data-0750", 0o750],
      ["data-new", undefined],
    ] as const) {
      const data = join(dir, name);
      if (mode) {
        await mkdir(data);
        await chmod(data, mode);
      }
      const r = await start(data);
      if (isRefusal(r)) throw new Error(r.output);
      await r.stop();
    }
  });
});

describe("temporary files", () => {
  it("store.json.tmp and cluster.json.tmp planted as symlinks: their targets are left alone", async () => {
    const data = join(dir, "data-symlinks");
    await mkdir(data, { mode: 0o700 });
    const victims = [join(dir, "victim-store"), join(dir, "victim-cluster")];
    for (const v of victims) await writeFile(v, "not yours\n");
    await symlink(victims[0] as string, join(data, "store.json.tmp"));
    await symlink(victims[1] as string, join(data, "cluster.json.tmp"));
    const r = await start(data);
    if (isRefusal(r)) throw new Error(r.output);
    try {
      // The cluster's identity is made (and cluster.json written) when it is first asked for.
      const status = await fetch(`${r.url}/v1/sys/seal-status`);
      expect(status.status).toBe(200);
      expect(
        await fetch(`${r.url}/v1/sys/mounts/kv`, {
          method: "POST",
          headers: { "X-Vault-Token": "root" },
          body: '{"type":"kv"}',
        }).then((x) => x.status),
      ).toBe(204);
    } finally {
      await r.stop();
    }
    for (const v of victims) expect(await readFile(v, "utf8")).toBe("not yours\n");
    expect(JSON.parse(await readFile(join(data, "cluster.json"), "utf8"))).toHaveProperty("cluster_id");
  });
});

describe("root-token.json", () => {
  const plant = async (name: string, mode: number, owner?: { uid: number; gid: number }) => {
    const data = join(dir, name);
    await mkdir(data, { mode: 0o700 });
    const file = join(data, "root-token.json");
    await writeFile(file, `${JSON.stringify({ token: "hvs.planted", creation_time: 1 })}\n`, { mode });
    await chmod(file, mode);
    if (owner) await chown(file, owner.uid, owner.gid);
    return { data, file };
  };

  it.skipIf(!other)("written by another user: refused, not taken as the root token", async () => {
    const { data, file } = await plant("token-other", 0o600, other);
    const r = await start(data, []);
    if (!isRefusal(r)) {
      await r.stop();
      throw new Error("a root-token.json owned by another user was accepted");
    }
    expect(r.output).toContain(`${file} is not owned by this server's user`);
  });

  it("readable by others: refused", async () => {
    const { data, file } = await plant("token-readable", 0o644);
    const r = await start(data, []);
    if (!isRefusal(r)) {
      await r.stop();
      throw new Error("a root-token.json readable by others was accepted");
    }
    expect(r.output).toContain(`${file} can be read or written by others (mode 644)`);
  });

  it("its own, private: kept", async () => {
    const { data } = await plant("token-own", 0o600);
    const r = await start(data, []);
    if (isRefusal(r)) throw new Error(r.output);
    try {
      expect(
        (await fetch(`${r.url}/v1/auth/token/lookup-self`, { headers: { "X-Vault-Token": "hvs.planted" } }))
          .status,
      ).toBe(200);
    } finally {
      await r.stop();
    }
  });
});
