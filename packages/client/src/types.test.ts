// Type-level tests: `pnpm typecheck` compiles this file; every @ts-expect-error must be an error.
import { describe, expectTypeOf, it } from "vitest";
import { createClient, type VaultResult } from "./index.js";

const client = createClient({ env: {}, fetch: async () => new Response(null, { status: 204 }) });

describe("the client's types come from the contract", () => {
  it("rejects misuse at compile time", () => {
    // @ts-expect-error: "plugin" is not a plugin type
    void client.catalog.read("plugin", "x");
    // @ts-expect-error: sha256 is a string
    void client.catalog.register("secret", "x", { sha256: 1, command: "x" });
    // @ts-expect-error: plugin_version belongs under config
    void client.mounts.enable("x", { type: "kv", config: { plugin_version: 1 } });
    // @ts-expect-error: type is required to enable a mount
    void client.mounts.enable("x", { description: "no type" });
    // @ts-expect-error: the scope is "" or "global"
    void client.reload.plugin("secret", "x", "everywhere");
    // @ts-expect-error: no such path in the contract
    void client.raw.GET("/sys/no-such-path");
  });

  it("types what comes back", () => {
    expectTypeOf(client.catalog.read).returns.resolves.toEqualTypeOf<
      VaultResult<{
        name: string;
        args: string[] | null;
        command: string;
        sha256: string;
        builtin: boolean;
        version: string;
        deprecation_status?: "supported" | "deprecated" | "pending removal" | "removed";
        oci_image?: string;
        runtime?: string;
        oci?: boolean;
        declarative?: boolean;
      }>
    >();
    expectTypeOf(client.catalog.register).returns.resolves.toEqualTypeOf<VaultResult<undefined>>();
    expectTypeOf<
      Awaited<ReturnType<typeof client.mounts.read>>["data"]["running_plugin_version"]
    >().toEqualTypeOf<string>();
  });
});
