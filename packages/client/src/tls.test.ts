// TLS: a custom CA (VAULT_CACERT) is trusted, an unknown one is not, and VAULT_SKIP_VERIFY skips the check.
// The certificate is made with openssl for 127.0.0.1 at test time.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "./index.js";

let dir: string;
let server: Server;
let address: string;

const haveOpenssl = await promisify(execFile)("openssl", ["version"]).then(
  () => true,
  () => false,
);
if (!haveOpenssl) console.warn("skipping the TLS tests: openssl is not installed (apt-get install openssl)");

beforeAll(async () => {
  if (!haveOpenssl) return;
  dir = await mkdtemp(join(tmpdir(), "sysplugins-tls-"));
  await promisify(execFile)("openssl", [
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-days",
    "1",
    "-subj",
    "/CN=127.0.0.1",
    "-addext",
    "subjectAltName=IP:127.0.0.1",
    "-keyout",
    join(dir, "key.pem"),
    "-out",
    join(dir, "cert.pem"),
  ]);
  server = createServer(
    { key: await readFile(join(dir, "key.pem")), cert: await readFile(join(dir, "cert.pem")) },
    (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(
        JSON.stringify({
          initialized: true,
          sealed: false,
          standby: false,
          version: "1.20.0",
          server_time_utc: 0,
        }),
      );
    },
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  address = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  if (!haveOpenssl) return;
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!haveOpenssl)("TLS", () => {
  it("trusts the CA in VAULT_CACERT", async () => {
    const client = createClient({ env: { VAULT_ADDR: address, VAULT_CACERT: join(dir, "cert.pem") } });
    expect((await client.health()).version).toBe("1.20.0");
  });

  it("refuses a certificate it cannot verify", async () => {
    await expect(createClient({ env: { VAULT_ADDR: address } }).health()).rejects.toThrow();
  });

  it("skips verification with VAULT_SKIP_VERIFY", async () => {
    const client = createClient({ env: { VAULT_ADDR: address, VAULT_SKIP_VERIFY: "1" } });
    expect((await client.health()).initialized).toBe(true);
  });
});
