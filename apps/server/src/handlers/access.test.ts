// End to end on the real server (127.0.0.1, real HTTP): the token store, ACL policies and their
// enforcement on every route, in both flavours. Facts from `bao server -dev` 2.7.2 (test/differential
// compares the same requests with it) and from the products' source.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../testing/fixture.js";

const denied = { errors: ["1 error occurred:\n\t* permission denied\n\n"] };

async function policy(f: Fixture, name: string, text: string) {
  const r = await f.call("PUT", `sys/policies/acl/${name}`, { body: { policy: text } });
  expect(r.status).toBe(204);
}

async function token(f: Fixture, body: Record<string, unknown>, as?: string) {
  const r = await f.call("POST", "auth/token/create", { body, ...(as ? { token: as } : {}) });
  expect(r.status, JSON.stringify(r.json)).toBe(200);
  return r.json.auth as { client_token: string; accessor: string; policies: string[] };
}

describe.each([
  ["openbao", "s.", { errors: ["permission denied"] }],
  ["vault", "hvs.", denied],
])("tokens and policies (%s flavour)", (flavor, prefix, badTokenAnswer) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture(["--flavor", flavor]);
  });
  afterAll(() => f.close());

  it("creates a child token with the policies asked, default added; it is stored hashed, never in clear", async () => {
    const r = await f.call("POST", "auth/token/create", {
      body: { policies: ["p1", " P2"], ttl: "1h", meta: { team: "a" }, display_name: "CI job", num_uses: 3 },
    });
    expect(r.status).toBe(200);
    expect(r.json.data).toBeNull();
    expect(r.json.warnings).toEqual(['Policy "p1" does not exist', 'Policy "p2" does not exist']);
    const auth = r.json.auth;
    expect(auth).toMatchObject({
      policies: ["default", "p1", "p2"],
      token_policies: ["default", "p1", "p2"],
      metadata: { team: "a" },
      lease_duration: 3600,
      renewable: true,
      entity_id: "",
      token_type: "service",
      orphan: false,
      mfa_requirement: null,
      num_uses: 3,
    });
    expect(auth.client_token).toMatch(new RegExp(`^${prefix.replace(".", "\\.")}[0-9A-Za-z]{24}$`));
    expect(auth.accessor).toMatch(/^[0-9A-Za-z]{24}$/);
    const look = await f.call("POST", "auth/token/lookup", { body: { token: auth.client_token } });
    expect(look.json.data).toMatchObject({
      id: auth.client_token,
      display_name: "token-CI-job",
      path: "auth/token/create",
      num_uses: 3,
      orphan: false,
      creation_ttl: 3600,
      explicit_max_ttl: 0,
      renewable: true,
      meta: { team: "a" },
    });
    expect(look.json.data.ttl).toBeGreaterThan(3590);
    // Neither the snapshot nor the journal holds the token (only its SHA-256).
    const files = await readdir(f.dataDir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = await readFile(join(f.dataDir, file), "utf8").catch(() => "");
      expect(text).not.toContain(auth.client_token);
    }
  });

  it("a token with no policy for a path is denied in go-multierror's words; an unknown token in the flavour's", async () => {
    const t = await token(f, { policies: ["default"] });
    const r = await f.call("GET", "sys/plugins/catalog", { token: t.client_token });
    expect(r.status).toBe(403);
    expect(r.json).toEqual(denied);
    const bogus = await f.call("GET", "sys/plugins/catalog", { token: `${prefix}bogus` });
    expect(bogus.status).toBe(403);
    expect(bogus.json).toEqual(badTokenAnswer);
    expect((await f.call("GET", "auth/token/lookup-self", { token: t.client_token })).status).toBe(200);
  });

  it("enforces capabilities: LIST needs list, reads need read, root-protected paths need sudo too", async () => {
    await policy(
      f,
      "catalog-reader",
      `path "sys/plugins/catalog" { capabilities = ["read"] }
path "sys/plugins/catalog/*" { capabilities = ["read", "list"] }
path "sys/auth/*" { capabilities = ["read", "update", "sudo"] }
path "sys/mounts/*" { capabilities = ["read"] }`,
    );
    const t = (await token(f, { policies: ["catalog-reader"] })).client_token;
    const as = (method: string, path: string, body?: unknown) =>
      f.call(method, path, { token: t, ...(body === undefined ? {} : { body }) }).then((r) => r.status);
    expect(await as("GET", "sys/plugins/catalog")).toBe(200);
    // plugins/catalog/* is root-protected: read and list are not enough without sudo.
    expect(await as("LIST", "sys/plugins/catalog/secret")).toBe(403);
    expect(await as("GET", "sys/plugins/catalog/secret/kv")).toBe(403);
    expect(await as("GET", "sys/auth/token/tune")).toBe(200);
    expect(await as("GET", "sys/mounts/secret/tune")).not.toBe(403);
    expect(await as("POST", "sys/mounts/x", { type: "kv" })).toBe(403);
    const caps = await f.call("POST", "sys/capabilities-self", {
      token: t,
      body: { paths: ["sys/plugins/catalog/secret/kv", "sys/auth/x", "sys/health"] },
    });
    // Created by root (sudo), the token has default too, which allows sys/capabilities-self.
    expect(caps.json.data).toEqual({
      "sys/plugins/catalog/secret/kv": ["list", "read"],
      "sys/auth/x": ["read", "sudo", "update"],
      "sys/health": ["deny"],
    });
  });

  it("capabilities, -self and -accessor answer from the policies", async () => {
    await policy(
      f,
      "mixed",
      `path "secret/*" { capabilities = ["read", "list"] }
path "secret/+/x" { capabilities = ["update"] }
path "secret/a/*" { capabilities = ["deny"] }`,
    );
    const t = await token(f, { policies: ["mixed"] });
    const self = await f.call("POST", "sys/capabilities-self", {
      token: t.client_token,
      body: { paths: "secret/b/x,secret/a/y,secret/c" },
    });
    expect(self.status).toBe(200);
    expect(self.json.data).toEqual({
      "secret/b/x": ["update"],
      "secret/a/y": ["deny"],
      "secret/c": ["list", "read"],
    });
    const other = await f.call("POST", "sys/capabilities", {
      body: { token: t.client_token, path: "secret/c" },
    });
    expect(other.json.data).toEqual({ "secret/c": ["list", "read"], capabilities: ["list", "read"] });
    expect(other.json.capabilities).toEqual(["list", "read"]);
    const byAccessor = await f.call("POST", "sys/capabilities-accessor", {
      body: { accessor: t.accessor, paths: ["secret/b/x"] },
    });
    expect(byAccessor.json.data).toEqual({ "secret/b/x": ["update"], capabilities: ["update"] });
    const root = await f.call("POST", "sys/capabilities-self", { body: { path: "anything" } });
    expect(root.json.data).toEqual({ anything: ["root"], capabilities: ["root"] });
    const unknown = await f.call("POST", "sys/capabilities", { body: { token: "nope", path: "x" } });
    expect([unknown.status, unknown.json]).toEqual([
      400,
      { errors: ["1 error occurred:\n\t* invalid token\n\n"] },
    ]);
  });

  it("a child's policies must be its parent's unless it has sudo; orphans need sudo unless create-orphan", async () => {
    await policy(f, "maker", `path "auth/token/create" { capabilities = ["update"] }`);
    const maker = (await token(f, { policies: ["maker"] })).client_token;
    const wider = await f.call("POST", "auth/token/create", { token: maker, body: { policies: ["root"] } });
    expect([wider.status, wider.json]).toEqual([
      400,
      { errors: ["child policies must be subset of parent"] },
    ]);
    const orphan = await f.call("POST", "auth/token/create", { token: maker, body: { no_parent: true } });
    expect([orphan.status, orphan.json]).toEqual([
      400,
      { errors: ["root or sudo privileges required to create orphan token"] },
    ]);
    const child = await f.call("POST", "auth/token/create", { token: maker, body: {} });
    expect(child.json.auth.policies).toEqual(["default", "maker"]);
  });

  it("num_uses runs out: each request is a use, the last one is answered, then the token is gone", async () => {
    const t = (await token(f, { policies: ["default"], num_uses: 2 })).client_token;
    const first = await f.call("GET", "auth/token/lookup-self", { token: t });
    expect(first.json.data.num_uses).toBe(1);
    const last = await f.call("GET", "auth/token/lookup-self", { token: t });
    expect([last.status, last.json.data.num_uses]).toEqual([200, -1]);
    const after = await f.call("GET", "auth/token/lookup-self", { token: t });
    expect([after.status, after.json]).toEqual([403, badTokenAnswer]);
  });

  it("revoking a parent revokes its children; revoking an orphan's parent does not", async () => {
    await policy(f, "makers", `path "auth/token/create*" { capabilities = ["update"] }`);
    const parent = (await token(f, { policies: ["makers"] })).client_token;
    const child = (await token(f, {}, parent)).client_token;
    const grandchild = (await token(f, {}, child)).client_token;
    const orphanResp = await f.call("POST", "auth/token/create-orphan", { token: parent, body: {} });
    const orphan = orphanResp.json.auth.client_token as string;
    expect(orphanResp.json.auth.orphan).toBe(true);
    expect((await f.call("POST", "auth/token/revoke", { body: { token: parent } })).status).toBe(204);
    for (const gone of [parent, child, grandchild]) {
      expect((await f.call("POST", "auth/token/lookup", { body: { token: gone } })).json).toEqual({
        errors: ["bad token"],
      });
    }
    expect((await f.call("POST", "auth/token/lookup", { body: { token: orphan } })).status).toBe(200);
    const byAccessor = await f.call("POST", "auth/token/revoke-accessor", { body: { accessor: "nope" } });
    expect([byAccessor.status, byAccessor.json.warnings]).toEqual([
      200,
      ["No token found with this accessor"],
    ]);
  });

  it("renew extends by the increment, capped by explicit_max_ttl; a root token is not renewable", async () => {
    const t = await token(f, { policies: ["default"], ttl: "10m", explicit_max_ttl: "1h" });
    const r = await f.call("POST", "auth/token/renew", { body: { token: t.client_token, increment: "2h" } });
    expect(r.status).toBe(200);
    expect(r.json.auth.lease_duration).toBeLessThanOrEqual(3600);
    expect(r.json.auth.lease_duration).toBeGreaterThan(3590);
    expect(r.json.warnings[0]).toMatch(
      /^TTL of "2h" exceeded the effective max_ttl of "(59m\d+s|1h)"; TTL value is capped accordingly$/,
    );
    const self = await f.call("POST", "auth/token/renew-self", {
      token: t.client_token,
      body: { increment: 60 },
    });
    expect(self.json.auth.lease_duration).toBe(60);
    const root = await f.call("POST", "auth/token/renew-self", { body: {} });
    expect([root.status, root.json]).toEqual([400, { errors: ["lease is not renewable"] }]);
  });

  it("expiry is enforced: a token whose TTL ran out is a bad token, with its children", async () => {
    const t = (await token(f, { policies: ["maker"], ttl: "4s" })).client_token;
    const child = (await token(f, {}, t)).client_token;
    // Bounded wait on the token's own answer (no fixed sleep): at most 100 polls over ~10 s.
    let status = 200;
    for (let i = 0; i < 100 && status === 200; i++) {
      status = (await f.call("GET", "auth/token/lookup-self", { token: t })).status;
      if (status === 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(403);
    expect((await f.call("POST", "auth/token/lookup", { body: { token: child } })).status).toBe(403);
  });

  it("policies: list, read (root and default as shipped), write (lower-cased), delete; legacy sys/policy", async () => {
    await policy(f, "Upper", `path "x" { capabilities = ["read"] }`);
    const list = await f.call("LIST", "sys/policies/acl");
    expect(list.json.data.keys.at(-1)).toBe("root");
    expect(list.json.data.keys).toContain("upper");
    const root = await f.call("GET", "sys/policies/acl/root");
    expect(root.json.data).toEqual({
      allow_slashes_in_identity_templates: false,
      allow_wildcards_in_identity_templates: false,
      cas_required: false,
      name: "root",
      policy: "",
      version: 0,
    });
    const def = await f.call("GET", "sys/policies/acl/default");
    expect(def.json.data.policy).toContain('path "auth/token/lookup-self"');
    expect((await f.call("GET", "sys/policies/acl/nope")).status).toBe(404);
    const bad = await f.call("PUT", "sys/policies/acl/bad", {
      body: { policy: 'path "x" { capabilities = ["bogus"] }' },
    });
    expect(bad.json).toEqual({
      errors: ['failed to parse policy: path "x": path "x": invalid capability "bogus"'],
    });
    expect((await f.call("PUT", "sys/policies/acl/root", { body: { policy: 'path "x" {}' } })).json).toEqual({
      errors: ['cannot update "root" policy'],
    });
    expect((await f.call("DELETE", "sys/policies/acl/default")).json).toEqual({
      errors: ["cannot delete default policy"],
    });
    const legacy = await f.call("PUT", "sys/policy/old", {
      body: { rules: 'path "y" { policy = "write" }' },
    });
    expect([legacy.status, legacy.json.warnings]).toEqual([
      200,
      ["'rules' is deprecated, please use 'policy' instead"],
    ]);
    const read = await f.call("GET", "sys/policy/old");
    expect(read.json.rules).toBe('path "y" { policy = "write" }');
    expect(read.json.data.rules).toBe('path "y" { policy = "write" }');
    expect((await f.call("DELETE", "sys/policies/acl/old")).status).toBe(204);
  });

  it("tokens survive a restart", async () => {
    const t = (await token(f, { policies: ["default"] })).client_token;
    await f.restart();
    expect((await f.call("GET", "auth/token/lookup-self", { token: t })).status).toBe(200);
  });
});
