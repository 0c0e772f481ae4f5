// The process runtime end to end: the real server (--plugin-runtime process) runs the project's real Go
// plugins (test/plugins, OpenBao's SDK) over HTTP: registration runs the binary, a mount's requests are
// answered by its process, reload starts a new process, a process that died is started again, and a
// binary that is not a plugin is refused in the real server's words (measured on bao 2.7.2).
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildPlugins, findGo, type PluginBinary } from "@sysplugins/plugins";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../../testing/fixture.js";

const go = findGo();
if (!go && process.env.CI) throw new Error("CI must run the process runtime tests: go is not installed");
if (!go) console.warn("skipping the process runtime tests: go is not installed (it builds the test plugins)");

let f: Fixture;
let bins: PluginBinary[] = [];

const bin = (name: string, version: string) => {
  const b = bins.find((x) => x.name === name && x.version === version);
  if (!b) throw new Error(`no build of ${name} ${version}`);
  return b;
};
const register = (type: string, name: string, b: PluginBinary, extra: Record<string, unknown> = {}) =>
  f.call("POST", `sys/plugins/catalog/${type}/${name}`, {
    body: { sha256: b.sha256, command: b.command, version: b.version, ...extra },
  });

/** Whether a process of that pid is alive (and not a zombie). */
async function alive(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  return stat !== "" && !/^\d+ \(.*\) Z /.test(stat);
}

/** Waits, bounded, until `pid` is gone. */
async function gone(pid: number, ms = 15_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!(await alive(pid))) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

describe.skipIf(!go)("plugins run as processes", () => {
  beforeAll(async () => {
    f = await startFixture(["--plugin-runtime", "process"]);
    bins = await buildPlugins(f.pluginDir);
  }, 300_000);
  afterAll(() => f?.close());

  it("registration runs the binary: the reported version, a mismatch refused, the type of an untyped one", async () => {
    const secret = bin("sysplugins-secret", "v1.0.1");
    expect((await register("secret", "reported", secret, { version: undefined })).status).toBe(204);
    const read = await f.call("GET", "sys/plugins/catalog/secret/reported?version=v1.0.1");
    expect(read.json?.data?.version).toBe("v1.0.1");
    const mismatch = await register("secret", "mismatch", secret, { version: "v1.0.0" });
    expect(mismatch.status).toBe(400);
    expect(mismatch.json.errors).toEqual([
      "plugin version mismatch: mismatch reported version (v1.0.1) did not match requested version (v1.0.0)",
    ]);
    const auth = bin("sysplugins-auth", "v1.0.0");
    const untyped = await f.call("POST", "sys/plugins/catalog/untyped-auth", {
      body: { sha256: auth.sha256, command: auth.command },
    });
    expect(untyped.status).toBe(204);
    expect((await f.call("LIST", "sys/plugins/catalog/auth")).json.data.keys).toContain("untyped-auth");
  });

  it("a mount's requests are answered by its plugin, whose storage outlives the process and the server", async () => {
    await register("secret", "kvish", bin("sysplugins-secret", "v1.0.0"));
    await register("secret", "kvish", bin("sysplugins-secret", "v1.0.1"));
    expect(
      (
        await f.call("POST", "sys/mounts/kv1", {
          body: { type: "kvish", config: { plugin_version: "v1.0.0" } },
        })
      ).status,
    ).toBe(204);
    const info = await f.call("GET", "kv1/info");
    expect(info.status).toBe(200);
    expect(info.json.data).toMatchObject({ kind: "secret", version: "v1.0.0" });
    const firstPid = info.json.data.pid as number;
    expect(await alive(firstPid)).toBe(true);

    expect((await f.call("POST", "kv1/data/greeting", { body: { value: "hello" } })).status).toBe(204);
    expect((await f.call("GET", "kv1/data/greeting")).json.data).toMatchObject({ value: "hello" });
    expect((await f.call("LIST", "kv1/data")).json.data.keys).toEqual(["greeting"]);
    expect((await f.call("GET", "kv1/data/missing")).status).toBe(404);
    expect((await f.call("GET", "kv1/nowhere")).json.errors).toEqual([
      "1 error occurred:\n\t* unsupported path\n\n",
    ]);

    // Tune to v1.0.1 and reload: a new process, at the new version, with the same storage.
    await f.call("POST", "sys/mounts/kv1/tune", { body: { plugin_version: "v1.0.1" } });
    expect((await f.call("PUT", "sys/plugins/reload/backend", { body: { plugin: "kvish" } })).status).toBe(
      200,
    );
    const after = await f.call("GET", "kv1/info");
    expect(after.json.data.version).toBe("v1.0.1");
    expect(after.json.data.pid).not.toBe(firstPid);
    expect(await gone(firstPid)).toBe(true);
    expect((await f.call("GET", "kv1/data/greeting")).json.data).toMatchObject({ value: "hello" });

    await f.restart();
    const restarted = await f.call("GET", "kv1/info");
    expect(restarted.json.data.version).toBe("v1.0.1");
    expect((await f.call("GET", "kv1/data/greeting")).json.data).toMatchObject({ value: "hello" });
  });

  it("what a plugin stores is sealed at rest: no file of the data directory holds it, in clear or base64", async () => {
    const secret = `plugin-secret-${Date.now()}`;
    expect((await f.call("POST", "kv1/data/sealed", { body: { value: secret } })).status).toBe(204);
    expect((await f.call("GET", "kv1/data/sealed")).json.data).toMatchObject({ value: secret });
    const found: string[] = [];
    for (const name of await readdir(f.dataDir)) {
      const text = await readFile(join(f.dataDir, name), "utf8").catch(() => "");
      const decoded = (text.match(/[A-Za-z0-9+/]{12,}={0,2}/g) ?? []).map((b) =>
        Buffer.from(b, "base64").toString(),
      );
      if ([text, ...decoded].some((t) => t.includes(secret))) found.push(name);
    }
    expect(found).toEqual([]);
  });

  it("a plugin process that died is started again on the mount's next request", async () => {
    await register("secret", "dies", bin("sysplugins-secret", "v1.0.0"));
    await f.call("POST", "sys/mounts/dies", { body: { type: "dies" } });
    const pid = (await f.call("GET", "dies/info")).json.data.pid as number;
    process.kill(pid, "SIGKILL");
    expect(await gone(pid)).toBe(true);
    const again = await f.call("GET", "dies/info");
    expect(again.status).toBe(200);
    expect(again.json.data.pid).not.toBe(pid);
  });

  it("disabling the last mount of a plugin ends its process", async () => {
    await register("secret", "short", bin("sysplugins-secret", "v1.0.0"));
    await f.call("POST", "sys/mounts/short", { body: { type: "short" } });
    const pid = (await f.call("GET", "short/info")).json.data.pid as number;
    expect((await f.call("DELETE", "sys/mounts/short")).status).toBe(204);
    expect(await gone(pid)).toBe(true);
    expect((await f.call("GET", "short/info")).status).toBe(404);
  });

  it("an auth method's plugin answers under auth/, its unauthenticated paths without a token", async () => {
    await register("auth", "sp-auth", bin("sysplugins-auth", "v1.0.0"));
    expect((await f.call("POST", "sys/auth/sp", { body: { type: "sp-auth" } })).status).toBe(204);
    expect((await f.call("GET", "auth/sp/info")).json.data).toMatchObject({
      kind: "auth",
      version: "v1.0.0",
    });
    expect((await f.call("GET", "auth/sp/info", { token: "" })).status).toBe(403);
    // login is the plugin's unauthenticated path: it reaches the plugin, whose auth block needs a token store.
    const login = await f.call("POST", "auth/sp/login", { body: { name: "alice" }, token: "" });
    expect(login.status).toBe(500);
    expect(login.json.errors[0]).toContain("no token can be issued");
  });

  it("an executable that is not a plugin is refused at mount in OpenBao's words, and no mount is made", async () => {
    const sha = await f.writePlugin("notaplugin", "#!/bin/sh\necho hello from a script\n");
    await f.call("POST", "sys/plugins/catalog/secret/nap", { body: { sha256: sha, command: "notaplugin" } });
    const enable = await f.call("POST", "sys/mounts/nap", { body: { type: "nap" } });
    expect(enable.status).toBe(400);
    const [message] = enable.json.errors as string[];
    expect(message).toMatch(
      /^invalid backend version: 2 errors occurred:\n\t\* Unrecognized remote plugin message: hello from a script\n/,
    );
    expect(message).toContain(`  Path: ${join(f.pluginDir, "notaplugin")}\n`);
    expect((await f.call("GET", "sys/mounts/nap")).status).toBe(400);
  });

  it("an untyped registration of what is no plugin names every attempt (500)", async () => {
    const sha = await f.writePlugin("script2", "#!/bin/sh\necho nope\n");
    const r = await f.call("POST", "sys/plugins/catalog/script2", {
      body: { sha256: sha, command: "script2" },
    });
    expect(r.status).toBe(500);
    const [message] = r.json.errors as string[];
    expect(message).toMatch(
      /^3 errors occurred:\n\t\* failed to load plugin as database v5: Unrecognized remote/,
    );
    expect(message).toContain("\n\t* failed to load plugin as database v4: ");
    expect(message).toContain("\n\t* failed to dispense v4 backend plugin: ");
  });

  it("a checksum that differs is refused at mount as both go-plugin attempts refuse it", async () => {
    const b = bin("sysplugins-secret", "v1.0.0");
    await writeFile(join(f.pluginDir, "copy"), await readFile(b.file), { mode: 0o755 });
    await f.call("POST", "sys/plugins/catalog/secret/badsum", {
      body: { sha256: bin("sysplugins-secret", "v1.0.1").sha256, command: "copy", version: "v1.0.0" },
    });
    const r = await f.call("POST", "sys/mounts/badsum", { body: { type: "badsum" } });
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual([
      "invalid backend version: 2 errors occurred:\n\t* checksums did not match\n\t* checksums did not match\n\n",
    ]);
  });
});

describe.skipIf(!go)("--plugin-start-timeout", () => {
  let short: Fixture;
  beforeAll(async () => {
    short = await startFixture(["--plugin-runtime", "process", "--plugin-start-timeout", "1s"]);
  });
  afterAll(() => short?.close());

  it("a plugin that never prints its handshake fails with go-plugin's words once the timeout passes", async () => {
    const sha = await short.writePlugin("silent", "#!/bin/sh\nexec sleep 600\n");
    await short.call("POST", "sys/plugins/catalog/secret/silent", {
      body: { sha256: sha, command: "silent" },
    });
    const enable = await short.call("POST", "sys/mounts/silent", { body: { type: "silent" } });
    expect(enable.status).toBe(400);
    expect(enable.json.errors[0]).toMatch(
      /^invalid backend version: 2 errors occurred:\n\t\* timeout while waiting for plugin to start\n/,
    );
    expect((await short.call("GET", "sys/mounts/silent")).status).toBe(400);
  }, 30_000);
});
