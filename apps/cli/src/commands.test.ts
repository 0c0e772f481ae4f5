// Vault's documented procedure with sysplugins alone, help, version, tables and completion: the built
// command against the real server.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "./commands/index.js";
import { bin, runCli } from "./test-support.js";

let f: Fixture;
const sysplugins = (...args: string[]) => runCli({ VAULT_ADDR: f.url, VAULT_TOKEN: f.token }, ...args);

beforeAll(async () => {
  f = await startFixture();
});
afterAll(() => f.close());

describe("Vault's upgrade guide, every step with sysplugins", () => {
  it.each(["secrets", "auth"])(
    "%s: register, enable, list, register new, tune, reload, verify, disable",
    async (kind) => {
      const name = `guide-${kind}`;
      const type = kind === "auth" ? "auth" : "secret";
      const prefix = kind === "auth" ? "auth/" : "";
      await f.writePlugin(`${name}-1.0.0`, "#!/bin/sh\necho 1\n");
      const v2 = await f.writePlugin(`${name}-1.0.1`, "#!/bin/sh\necho 2\n");
      const ok = async (...args: string[]) => {
        const r = await sysplugins(...args);
        expect(r.stderr).toBe("");
        expect(r.code).toBe(0);
        return r.stdout;
      };
      await ok("register", `-binary=${join(f.pluginDir, `${name}-1.0.0`)}`, "-version=v1.0.0", type, name);
      expect(await ok(`${kind}`, "enable", "-path=my-mount", "-plugin-version=v1.0.0", name)).toBe(
        `Success! Enabled the ${name} ${kind === "auth" ? "auth method" : "secrets engine"} at: my-mount/\n`,
      );
      await ok("register", `-binary=${join(f.pluginDir, `${name}-1.0.1`)}`, "-version=v1.0.1", type, name);
      expect(await ok(kind, "tune", "-plugin-version=v1.0.1", "my-mount")).toContain(
        `Success! Tuned the ${kind === "auth" ? "auth method" : "secrets engine"} at: my-mount/`,
      );
      await ok("reload", `-mounts=${prefix}my-mount`);
      const listed = await ok(kind, "list", "-detailed");
      const [header, separator, ...rows] = listed.trim().split("\n");
      expect(header).toMatch(
        /^Path\s+Plugin\s+Accessor\s.*\sVersion\s+Running Version\s+Running SHA256\s+Deprecation Status$/,
      );
      expect(separator).toMatch(/^----\s+------\s+--------\s/);
      const row = rows.find((r) => r.startsWith("my-mount/"));
      expect(row).toMatch(new RegExp(`\\sv1\\.0\\.1\\s+v1\\.0\\.1\\s+${v2}\\s`));
      expect(await ok(kind, "list")).toMatch(
        /^Path\s+Type\s+Accessor\s+Description\n----\s+----\s+--------\s+-----------\n/,
      );
      expect(await ok(kind, "disable", "my-mount")).toContain("(if it existed) at: my-mount/");
      expect(
        (await f.call("GET", kind === "auth" ? "sys/auth" : "sys/mounts")).json.data["my-mount/"],
      ).toBeUndefined();
    },
  );

  it("tune without a flag is a usage error; enable shows Vault's error", async () => {
    const r = await sysplugins("secrets", "tune", "kv");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nothing to tune");
    const e = await sysplugins("secrets", "enable", "-path=x", "no-such-plugin");
    expect(e.code).toBe(1);
    expect(e.stderr).toMatch(/Error: POST .*sys\/mounts\/x: 400/);
  });

  it("list -detailed has the columns of vault plugin list -detailed", async () => {
    const r = await sysplugins("list", "-detailed", "secret");
    expect(r.stdout).toMatch(
      /^Name\s+Type\s+Version\s+Deprecation Status\n----\s+----\s+-------\s+------------------\n/,
    );
    expect(r.stdout).toMatch(/^kv\s+secret\s+v\S+\+builtin\S*\s+supported$/m);
  });

  it("mounts -detailed shows the full running SHA-256 and the drift", async () => {
    const sha = await f.writePlugin("detail");
    await f.call("POST", "sys/plugins/catalog/secret/detail", {
      body: { sha256: sha, command: "detail", version: "v1.0.0" },
    });
    await f.call("POST", "sys/mounts/detail", { body: { type: "detail" } });
    const r = await sysplugins("mounts", "-detailed");
    expect(r.stdout).toMatch(
      /^Path\s+Plugin\s+Version\s+Pinned\s+Running Version\s+Running SHA256\s+Drift\n----/,
    );
    expect(r.stdout).toMatch(
      new RegExp(`detail/\\s+detail\\s+v1\\.0\\.0\\s+n/a\\s+v1\\.0\\.0\\s+${sha}\\s+no`),
    );
  });
});

describe("help, version, completion", () => {
  it.each(Object.keys(commands))("help %s lists every flag with its default and an example", async (name) => {
    const r = await sysplugins("help", ...name.split(" "));
    expect(r.code).toBe(0);
    const c = commands[name];
    expect(r.stdout).toContain(`Usage: ${c?.usage}`);
    expect(r.stdout).toMatch(/Examples?:\n\n {6}\$ /);
    for (const flag of c?.flags ?? []) {
      expect(r.stdout).toContain(`  -${flag.name}`);
      // The flag's paragraph: its head line, then its indented help up to the blank line.
      const lines = r.stdout.split("\n");
      const head = lines.indexOf(`  -${flag.name}${flag.value ? `=<${flag.value}>` : ""}`);
      expect(head).toBeGreaterThan(-1);
      const end = lines.indexOf("", head);
      const own = lines
        .slice(head + 1, end)
        .join(" ")
        .replace(/\s+/g, " ");
      if (flag.default) expect(own).toContain(`The default is ${flag.default}.`);
      else if (!/\(required\)/.test(flag.help)) expect(own).toMatch(/The default is (false|none)\./);
    }
    expect((await sysplugins(...name.split(" "), "-h")).stdout).toBe(r.stdout);
  });

  it("help shows the HTTP flags with their defaults", async () => {
    const r = await sysplugins("help", "upgrade");
    expect(r.stdout).toContain("-address=<URL>");
    expect(r.stdout.replace(/\s+/g, " ")).toContain(
      "The default is $VAULT_ADDR, else http://127.0.0.1:8200.",
    );
    expect(r.stdout).toContain("-no-rollback");
    expect(r.stdout).toContain("The default is false.");
  });

  it.each([["version"], ["--version"], ["-version"]])("%s prints the package's version", async (arg) => {
    const r = await runCli({}, arg);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("sysplugins v0.1.0\n");
  });

  it("bash completion, generated from the command table, completes commands, subcommands and flags", async () => {
    const script = (await runCli({}, "completion", "bash")).stdout;
    const complete = (line: string) =>
      new Promise<string>((resolve, reject) => {
        const words = line.split(" ");
        const program = `${script}\nPATH=${JSON.stringify(process.env.PATH)}\nsysplugins() { ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} "$@"; }\nCOMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(" ")}); COMP_CWORD=${words.length - 1}; _sysplugins; printf '%s\\n' "\${COMPREPLY[@]}"`;
        execFile("bash", ["-c", program], (error, stdout) => (error ? reject(error) : resolve(stdout)));
      });
    expect((await complete("sysplugins up")).trim()).toBe("upgrade");
    expect((await complete("sysplugins secrets t")).trim()).toBe("tune");
    expect((await complete("sysplugins secrets tune -plugin-v")).trim()).toBe("-plugin-version=");
    expect((await complete("sysplugins upgrade -no")).trim()).toBe("-no-rollback");
    expect((await complete("sysplugins list -format=j")).trim()).toBe("-format=json");
    expect((await complete("sysplugins pin -version=v1 a")).trim()).toBe("auth");
  });

  it("zsh completion names every command and flag", async () => {
    const script = (await runCli({}, "completion", "zsh")).stdout;
    expect(script.startsWith("#compdef sysplugins")).toBe(true);
    for (const [name, c] of Object.entries(commands)) {
      expect(script).toContain(`"${name}")`);
      for (const flag of c.flags) expect(script).toContain(`'-${flag.name}`);
    }
  });

  it("an unknown subcommand names the ones there are", async () => {
    const r = await runCli({}, "secrets", "move");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("one of enable, disable, tune, list");
  });
});
