// Unit tests with an injected fetch: what the client sends, and what it makes of what comes back.
import { describe, expect, it } from "vitest";
import { createClient, isNotFound, VaultResponseError } from "./index.js";

type Seen = { method: string; url: string; headers: Headers; body: string; init?: Record<string, unknown> };

function fakeFetch(status: number, body?: unknown) {
  const seen: Seen[] = [];
  const fetch = async (request: Request, init?: Record<string, unknown>) => {
    seen.push({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: await request.text(),
      init,
    });
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { "Content-Type": "application/json" },
    });
  };
  return { fetch, seen };
}

const envelope = (data: unknown, warnings: string[] | null = null) => ({
  request_id: "req-1",
  lease_id: "",
  renewable: false,
  lease_duration: 0,
  data,
  wrap_info: null,
  warnings,
  auth: null,
});

describe("options", () => {
  it("default from VAULT_ADDR, VAULT_TOKEN and VAULT_NAMESPACE", async () => {
    const { fetch, seen } = fakeFetch(200, envelope({ keys: [] }));
    const client = createClient({
      fetch,
      env: { VAULT_ADDR: "https://vault.example:8200/", VAULT_TOKEN: "s.env", VAULT_NAMESPACE: "team" },
    });
    await client.catalog.names("secret");
    expect(seen[0]?.url).toBe("https://vault.example:8200/v1/sys/plugins/catalog/secret?list=true");
    expect(seen[0]?.method).toBe("GET");
    expect(seen[0]?.headers.get("x-vault-token")).toBe("s.env");
    expect(seen[0]?.headers.get("x-vault-namespace")).toBe("team");
  });

  it("explicit options win over the environment; no token sends no header", async () => {
    const { fetch, seen } = fakeFetch(200, envelope({ keys: [] }));
    await createClient({ fetch, address: "http://a:1", env: { VAULT_ADDR: "http://b:2" } }).catalog.names(
      "auth",
    );
    expect(seen[0]?.url.startsWith("http://a:1/v1/")).toBe(true);
    expect(seen[0]?.headers.has("x-vault-token")).toBe(false);
  });

  it("VAULT_SKIP_VERIFY gives every request a TLS dispatcher", async () => {
    const { fetch, seen } = fakeFetch(200, envelope({ keys: [] }));
    await createClient({ fetch, env: { VAULT_SKIP_VERIFY: "true" } }).catalog.names("auth");
    expect(seen[0]?.init?.dispatcher).toBeDefined();
    const plain = fakeFetch(200, envelope({ keys: [] }));
    await createClient({ fetch: plain.fetch, env: {} }).catalog.names("auth");
    expect(plain.seen[0]?.init?.dispatcher).toBeUndefined();
  });
});

describe("answers", () => {
  it("a 204 gives no data", async () => {
    const { fetch, seen } = fakeFetch(204);
    const r = await createClient({ fetch, env: {} }).catalog.register("secret", "p", {
      sha256: "00",
      command: "p",
    });
    expect(r).toEqual({ data: undefined, warnings: [], requestId: "", status: 204 });
    expect(JSON.parse(seen[0]?.body ?? "")).toEqual({ sha256: "00", command: "p" });
  });

  it("warnings are never lost", async () => {
    const { fetch } = fakeFetch(200, envelope({ type: "kv" }, ["Plugin version is configured as ..."]));
    const r = await createClient({ fetch, env: {} }).mounts.read("kv");
    expect(r.warnings).toEqual(["Plugin version is configured as ..."]);
    expect(r.requestId).toBe("req-1");
  });

  it.each([
    [400, { errors: ["missing plugin version"] }, ["missing plugin version"]],
    [404, { errors: [] }, []],
    [
      500,
      { errors: ["1 error occurred:\n\t* cannot delete a pinned version\n\n"] },
      ["1 error occurred:\n\t* cannot delete a pinned version\n\n"],
    ],
    [502, undefined, []],
  ])("a %i becomes one VaultResponseError", async (status, body, errors) => {
    const { fetch } = fakeFetch(status, body);
    const client = createClient({ fetch, token: "s.secret", env: {} });
    const err = await client.pins.pin("secret", "p", "1.0.0").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VaultResponseError);
    expect(err).toMatchObject({
      status,
      errors,
      method: "POST",
      url: "http://127.0.0.1:8200/v1/sys/plugins/pins/secret/p",
    });
    expect(String((err as Error).message)).not.toContain("s.secret");
    expect(isNotFound(err)).toBe(status === 404);
  });

  it("the message reads well for multierror texts", async () => {
    const { fetch } = fakeFetch(500, {
      errors: ["1 error occurred:\n\t* cannot delete a pinned version\n\n"],
    });
    const err = (await createClient({ fetch, env: {} })
      .catalog.remove("secret", "p", "1.0.0")
      .catch((e: unknown) => e)) as Error;
    expect(err.message).toBe(
      "DELETE http://127.0.0.1:8200/v1/sys/plugins/catalog/secret/p?version=1.0.0: 500 cannot delete a pinned version",
    );
  });
});
