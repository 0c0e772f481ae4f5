// The client's edges: type guards, typed connection errors, timeouts and AbortSignals, per call and
// per client, VAULT_CLIENT_TIMEOUT as Vault's clients read it. Against real sockets, no server needed.
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { closedPort } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  createClient,
  isConnectionError,
  isNotFound,
  isPermissionDenied,
  type MountInfo,
  type Pin,
  type PluginDetails,
  parseDurationSecond,
  VaultConnectionError,
  VaultResponseError,
} from "./index.js";

// A server that never answers: every call to it waits until it is aborted or times out.
let silent: Server;
let silentUrl: string;
beforeAll(async () => {
  silent = createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
});
afterAll(async () => {
  silent.closeAllConnections();
  await new Promise((resolve) => silent.close(resolve));
});

describe("connection failures", () => {
  it("a refused connection is a VaultConnectionError with the address and the cause", async () => {
    const address = await closedPort();
    const err = await createClient({ address, env: {} })
      .mounts.list()
      .catch((e: unknown) => e);
    expect(isConnectionError(err)).toBe(true);
    if (!isConnectionError(err)) throw err;
    expect(err.address).toBe(address);
    expect(err.code).toBe("ECONNREFUSED");
    expect(err.message).toContain(`cannot reach ${address}`);
    expect(err.message).toContain("ECONNREFUSED");
    expect(err.url).toBe(`${address}/v1/sys/mounts`);
  });

  it.each([
    ["per client", { timeout: 50 }, undefined],
    ["per call", {}, { timeout: 50 }],
    ["from VAULT_CLIENT_TIMEOUT", { env: { VAULT_CLIENT_TIMEOUT: "50ms" } }, undefined],
  ])("a timeout %s fails the call with code TimeoutError", async (_name, options, call) => {
    const client = createClient({ address: silentUrl, env: {}, ...options });
    const err = await client.pins.list(call).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VaultConnectionError);
    expect((err as VaultConnectionError).code).toBe("TimeoutError");
    expect((err as VaultConnectionError).message).toContain("timed out");
  });

  // The flaky "a timeout per call" of a loaded full run: a timeout signal only weakly held (Node's
  // AbortSignal.timeout inside AbortSignal.any) is collected with the garbage and never fires, so the
  // call waits forever. A collection while the call waits must not lose its timeout.
  it("a call's timeout survives a garbage collection while the call waits", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const arrived = once(silent, "request");
    const client = createClient({ address: silentUrl, env: {} });
    const pending = client.pins.list({ timeout: 200 }).catch((e: unknown) => e);
    await arrived;
    for (let i = 0; i < 3; i++) gc();
    const err = await pending;
    expect((err as VaultConnectionError).code).toBe("TimeoutError");
  }, 10_000);

  it("a call's own timeout replaces the client's, so it may be longer", async () => {
    const client = createClient({ address: silentUrl, env: {}, timeout: 10 });
    const started = Date.now();
    const err = await client.pins.list({ timeout: 300 }).catch((e: unknown) => e);
    expect((err as VaultConnectionError).code).toBe("TimeoutError");
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it.each([
    ["per call", (s: AbortSignal) => [{}, { signal: s }] as const],
    ["per client", (s: AbortSignal) => [{ signal: s }, undefined] as const],
  ])("an AbortSignal %s aborts the call", async (_name, place) => {
    const controller = new AbortController();
    const [options, call] = place(controller.signal);
    const pending = createClient({ address: silentUrl, env: {}, ...options })
      .catalog.list(call)
      .catch((e: unknown) => e);
    controller.abort();
    const err = await pending;
    expect((err as VaultConnectionError).code).toBe("AbortError");
  });

  it("the raw client gets the client's timeout too", async () => {
    const err = await createClient({ address: silentUrl, env: {}, timeout: 30 })
      .raw.GET("/sys/plugins/pins")
      .catch((e: unknown) => e);
    expect((err as VaultConnectionError).code).toBe("TimeoutError");
  });

  it.each([
    ["127.0.0.1:8200", "http://127.0.0.1:8200"],
    ["localhost:8200", "http://localhost:8200"],
    ["ftp://vault:8200", "http://vault:8200"],
  ])(
    "the address %j is refused with the URL meant (%s), not fetch's 'Failed to parse URL'",
    (address, meant) => {
      expect(() => createClient({ address, env: {} })).toThrow(
        `the address "${address}" is not an http:// or https:// URL: did you mean ${meant}?`,
      );
    },
  );

  it("https:// against a plain-HTTP server says so, not OpenSSL's 'wrong version number'", async () => {
    const address = silentUrl.replace(/^http:/, "https:");
    const err = await createClient({ address, env: {} })
      .pins.list()
      .catch((e: unknown) => e);
    expect(isConnectionError(err)).toBe(true);
    expect((err as Error).message).toContain(`the server answered in plain HTTP, not TLS: use ${silentUrl}`);
    expect((err as Error).message).not.toMatch(/SSL routines/);
  });

  it("an unreadable VAULT_CLIENT_TIMEOUT is refused as Vault's client refuses it", () => {
    expect(() => createClient({ env: { VAULT_CLIENT_TIMEOUT: "soon" } })).toThrow(
      'could not parse "VAULT_CLIENT_TIMEOUT"',
    );
  });
});

describe("parseDurationSecond", () => {
  it.each([
    ["", 0],
    ["10", 10_000],
    ["90s", 90_000],
    ["1m30s", 90_000],
    ["250ms", 250],
    ["1.5h", 5_400_000],
    ["2d", 172_800_000],
    ["0", 0],
    ["ten", undefined],
    ["10x", undefined],
    ["s", undefined],
  ])("%j is %j ms", (text, ms) => {
    expect(parseDurationSecond(text)).toBe(ms);
  });
});

describe("type guards and exported types", () => {
  it("narrow an unknown error", () => {
    const err: unknown = new VaultResponseError(404, [], "GET", "http://x/v1/y");
    if (isNotFound(err)) expectTypeOf(err).toEqualTypeOf<VaultResponseError>();
    if (isPermissionDenied(err)) expectTypeOf(err.errors).toEqualTypeOf<string[]>();
    if (isConnectionError(err)) expectTypeOf(err.address).toEqualTypeOf<string>();
    expect(isNotFound(err)).toBe(true);
    expect(isPermissionDenied(err)).toBe(false);
    expect(isConnectionError(err)).toBe(false);
  });

  it("the response types are the wrappers' data", () => {
    const client = createClient({ env: {} });
    expectTypeOf<Awaited<ReturnType<typeof client.catalog.read>>["data"]>().toEqualTypeOf<PluginDetails>();
    expectTypeOf<Awaited<ReturnType<typeof client.pins.read>>["data"]>().toEqualTypeOf<Pin>();
    expectTypeOf<Awaited<ReturnType<typeof client.mounts.read>>["data"]>().toEqualTypeOf<MountInfo>();
  });
});
