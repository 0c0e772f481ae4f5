// Secrets at rest are sealed (issue #24 item 12): connection passwords, the password inside a
// connection_url, and catalog env values are AES-256-GCM ciphertext in the data directory and in
// PostgreSQL, under a key kept outside the data directory. No file and no dump holds them in clear, hex or
// base64; a server without the key refuses to serve them, and a ciphertext changed on disk is named.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, startTestCluster } from "../testing/cluster.js";
import { postgresMissing } from "../testing/postgres.js";
import { isRefusal, type Program, startProgram } from "../testing/program.js";

const tag = randomBytes(6).toString("hex");
const secrets = {
  password: `conn-pw-${tag}`,
  urlPassword: `url-pw-${tag}`,
  env: `env-val-${tag}`,
};
/** Each secret as plain text, hex, base64 and base64url. */
const forms = Object.values(secrets).flatMap((s) => [
  s,
  Buffer.from(s).toString("hex"),
  Buffer.from(s).toString("base64"),
  Buffer.from(s).toString("base64url"),
]);
const found = (text: string) => forms.filter((f) => text.includes(f));

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON
type Caller = (method: string, path: string, body?: unknown) => Promise<{ status: number; json: any }>;
/** Registers a plugin with a secret env value, mounts the engine and writes a connection with both passwords. */
async function writeSecrets(callAs: Caller, sha256: string) {
  expect(
    (
      await callAs("POST", "sys/plugins/catalog/database/sealed-db", {
        sha256,
        command: "sealed-db",
        version: "v1.0.0",
        env: [`DB_SECRET=${secrets.env}`],
      })
    ).status,
  ).toBe(204);
  expect((await callAs("POST", "sys/mounts/database", { type: "database" })).status).toBe(204);
  const write = await callAs("POST", "database/config/conn", {
    plugin_name: "sealed-db",
    verify_connection: false,
    connection_url: `postgresql://admin:${secrets.urlPassword}@db:5432/app`,
    username: "admin",
    password: secrets.password,
  });
  expect(write.status).toBe(200); // the warning about the password in the URL
  // What was written is served back as it was (unsealed); the catalog's reads do not show env.
  const entry = await callAs("GET", "sys/plugins/catalog/database/sealed-db?version=v1.0.0");
  expect(entry.status).toBe(200);
  const conn = await callAs("GET", "database/config/conn");
  expect(conn.json.data.connection_details.connection_url).toBe("postgresql://admin:xxxxx@db:5432/app");
}

describe("the embedded store", () => {
  let dir: string;
  let data: string;
  let keyFile: string;
  let sha: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "sysplugins-sealed-"));
    data = join(dir, "data");
    keyFile = join(dir, "key");
    await writeFile(keyFile, `${randomBytes(32).toString("base64")}\n`, { mode: 0o600 });
    await mkdir(join(dir, "plugins"));
    const content = "#!/bin/sh\n# sealed\n";
    await writeFile(join(dir, "plugins", "sealed-db"), content, { mode: 0o755 });
    sha = (await import("node:crypto")).createHash("sha256").update(content).digest("hex");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** The key file through the environment (SYSPLUGINS_ENCRYPTION_KEY_FILE), as a service manager sets it. */
  const start = async (key: string): Promise<Program> => {
    const p = await startProgram(
      ["--data-dir", data, "--plugin-directory", join(dir, "plugins"), "--root-token", "root"],
      { SYSPLUGINS_ENCRYPTION_KEY_FILE: key },
    );
    if (isRefusal(p)) throw new Error(`the server did not start: ${p.output}`);
    return p;
  };
  const callerOf =
    (p: Program): Caller =>
    async (method, path, body) => {
      const res = await fetch(`${p.url}/v1/${path}`, {
        method,
        headers: { "X-Vault-Token": "root", ...(body ? { "Content-Type": "application/json" } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, json: text ? JSON.parse(text) : undefined };
    };

  it("holds no secret in clear, hex or base64 in any file of the data directory", async () => {
    const p = await start(keyFile);
    try {
      await writeSecrets(callerOf(p), sha);
    } finally {
      await p.stop();
    }
    const files = await filesUnder(data);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files)
      expect({ file: f, found: found(await readFile(f, "latin1")) }).toEqual({ file: f, found: [] });
    // Nor the key's file beside it: the key is not in the data directory.
    expect(files.some((f) => f.endsWith("key"))).toBe(false);
  }, 60_000);

  it("started with another key: serves everything but the secrets, and says why", async () => {
    const other = join(dir, "other-key");
    await writeFile(other, `${randomBytes(32).toString("base64")}\n`, { mode: 0o600 });
    const p = await start(other);
    try {
      const c = callerOf(p);
      expect((await c("GET", "sys/mounts")).status).toBe(200);
      const conn = await c("GET", "database/config/conn");
      expect(conn.status).toBe(500);
      expect(conn.json.errors[0]).toMatch(/sealed with a key this server does not have/);
      const entry = await c("GET", "sys/plugins/catalog/database/sealed-db?version=v1.0.0");
      expect(entry.status).toBe(500);
      expect(entry.json.errors[0]).toMatch(/sealed with a key this server does not have/);
    } finally {
      await p.stop();
    }
  }, 60_000);

  it("started without a key (none given, none beside the directory): refuses the secrets, stores no new one", async () => {
    const p = await start("");
    try {
      const c = callerOf(p);
      expect((await c("GET", "sys/mounts")).status).toBe(200);
      const conn = await c("GET", "database/config/conn");
      expect(conn.status).toBe(500);
      expect(conn.json.errors[0]).toMatch(/sealed with a key this server does not have .*no encryption key/);
      const write = await c("POST", "database/config/other", {
        plugin_name: "sealed-db",
        verify_connection: false,
        password: "never-stored",
      });
      expect(write.status).toBe(500);
      // Refused before anything is stored: the plugin's catalog entry (its env) cannot be opened either.
      expect(write.json.errors[0]).toMatch(/no encryption key/);
      expect((await c("LIST", "database/config")).json?.data?.keys).toEqual(["conn"]);
    } finally {
      await p.stop();
    }
    expect(existsSync(`${data}.key`)).toBe(false);
  }, 60_000);

  it("a ciphertext changed on disk is detected and named", async () => {
    for (const f of await filesUnder(data)) {
      const text = await readFile(f, "utf8");
      // Change one character of every ciphertext's body (after its key id), keeping the JSON valid.
      const changed = text.replace(
        /("sealed:v1:[0-9a-f]{8}:)([A-Za-z0-9_-])/g,
        (_, head, c) => `${head}${c === "A" ? "B" : "A"}`,
      );
      if (changed !== text) await writeFile(f, changed);
    }
    const p = await start(keyFile);
    try {
      const conn = await callerOf(p)("GET", "database/config/conn");
      expect(conn.status).toBe(500);
      expect(conn.json.errors[0]).toMatch(
        /connection .*conn.*: a sealed value failed authentication \(changed on disk\?\)/,
      );
    } finally {
      await p.stop();
    }
  }, 60_000);
});

describe.skipIf(postgresMissing("the PostgreSQL encryption-at-rest test"))("PostgreSQL", () => {
  it("a dump of the database holds no secret in clear, hex or base64", async () => {
    const c = await startTestCluster(1);
    try {
      const sha = await c.writePlugin("sealed-db");
      const node = c.nodes[0]?.url as string;
      await writeSecrets((method, path, body) => call(node, method, path, body), sha);
      const dump = await c.postgres.dump("cluster");
      expect(dump).toContain("connections");
      expect(found(dump)).toEqual([]);
    } finally {
      await c.close();
    }
  }, 120_000);
});
