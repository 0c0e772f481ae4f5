// The dev-server habits, on the built program with a temporary HOME (the real ~/.vault-token is never
// touched): the root token lasts as long as the data, it is written to ~/.vault-token unless told not to,
// HTTPS with --tls-cert-file/--tls-key-file, and a warning when listening beyond loopback without TLS.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenWarning } from "./dev-mode.js";

const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sysplugins-dev-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  url: string;
  token: string | undefined;
  output: string;
}

/** Starts the program with HOME in the test's directory; resolves once it has printed its address. */
async function start(home: string, data: string, args: string[] = []): Promise<Started> {
  await mkdir(home, { recursive: true });
  const child = spawn(
    process.execPath,
    [
      main,
      "--listen",
      "127.0.0.1:0",
      "--data-dir",
      join(dir, data),
      "--plugin-directory",
      join(dir, "p"),
      ...args,
    ],
    { env: { PATH: process.env.PATH, HOME: home, SYSPLUGINS_LOG_LEVEL: "warn" }, stdio: "pipe" },
  );
  let output = "";
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  return new Promise<Started>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed: ${output}`)), 10_000);
    child.on("exit", (code) => reject(new Error(`exited with ${code}: ${output}`)));
    const poll = setInterval(() => {
      const url = /export VAULT_ADDR='([^']+)'/.exec(output)?.[1];
      if (url && /Plugin directory: .*\n/.test(output)) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve({ child, url, token: /export VAULT_TOKEN='([^']+)'/.exec(output)?.[1], output });
      }
    }, 20);
  });
}

async function stop(s: Started): Promise<void> {
  const exited = new Promise((resolve) => s.child.once("exit", resolve));
  s.child.kill("SIGTERM");
  await exited;
}

async function lookupSelf(url: string, token: string): Promise<number> {
  const res = await fetch(`${url}/v1/auth/token/lookup-self`, { headers: { "X-Vault-Token": token } });
  return res.status;
}

describe("the root token", () => {
  it("survives a restart when the data does, and is written to ~/.vault-token", async () => {
    const home = join(dir, "home-a");
    const first = await start(home, "data-a");
    expect(first.token).toMatch(/^hvs\./);
    const token = first.token as string;
    expect(await readFile(join(home, ".vault-token"), "utf8")).toBe(token);
    expect((await stat(join(home, ".vault-token"))).mode & 0o777).toBe(0o600);
    await stop(first);

    const second = await start(home, "data-a");
    expect(second.token).toBe(token);
    expect(await lookupSelf(second.url, token)).toBe(200);
    expect(await lookupSelf(second.url, `${token}x`)).toBe(403);
    await stop(second);

    const fresh = await start(home, "data-b");
    expect(fresh.token).not.toBe(token);
    await stop(fresh);
  });

  it("is not written with --dev-no-store-token, and a configured one is not kept", async () => {
    const home = join(dir, "home-b");
    const s = await start(home, "data-c", ["--dev-no-store-token", "--root-token", "given"]);
    expect(s.output).toContain("(root token as configured)");
    await expect(stat(join(home, ".vault-token"))).rejects.toMatchObject({ code: "ENOENT" });
    await expect(stat(join(dir, "data-c", "root-token.json"))).rejects.toMatchObject({ code: "ENOENT" });
    expect(await lookupSelf(s.url, "given")).toBe(200);
    await stop(s);
  });
});

const haveOpenssl = await promisify(execFile)("openssl", ["version"]).then(
  () => true,
  () => false,
);
if (!haveOpenssl) console.warn("skipping the HTTPS test: openssl is not installed (apt-get install openssl)");

describe("listening", () => {
  it.each([
    ["127.0.0.1", undefined, false],
    ["::1", undefined, false],
    ["localhost", undefined, false],
    ["0.0.0.0", undefined, true],
    ["10.1.2.3", undefined, true],
    ["0.0.0.0", "/cert.pem", false],
  ])("on %s with TLS cert %s warns: %s", (host, tlsCertFile, warns) => {
    const warning = listenWarning(tlsCertFile ? { host, tlsCertFile } : { host });
    expect(warning !== undefined).toBe(warns);
    if (warns) expect(warning).toMatch(/WARNING: listening on .* without TLS/);
  });

  it.skipIf(!haveOpenssl)("serves HTTPS with --tls-cert-file and --tls-key-file", async () => {
    const cert = join(dir, "cert.pem");
    const key = join(dir, "key.pem");
    await promisify(execFile)("openssl", [
      ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"],
      ...["-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert],
    ]);
    const s = await start(join(dir, "home-c"), "data-d", ["--tls-cert-file", cert, "--tls-key-file", key]);
    expect(s.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const ca = await readFile(cert);
    const list = (method: string, query: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(`${s.url}/v1/sys/plugins/catalog/secret${query}`, {
          method,
          ca,
          headers: { "X-Vault-Token": s.token as string },
        });
        req.on("response", (res) => {
          let body = "";
          res.on("data", (d) => {
            body += d;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on("error", reject);
        req.end();
      });
    for (const [method, query] of [
      ["GET", "?list=true"],
      ["LIST", ""],
    ] as const) {
      const answer = await list(method, query);
      expect(answer.status, `${method} ${answer.body}`).toBe(200);
      expect(JSON.parse(answer.body).data.keys).toContain("kv");
    }
    await expect(fetch(`${s.url.replace("https", "http")}/v1/sys/health`)).rejects.toThrow();
    await stop(s);
  });
});
