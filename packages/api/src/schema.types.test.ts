// Type-level tests: `pnpm typecheck` compiles this file, so a wrong expectation fails the build.
// The runtime part only proves the file loads; the assertions are the types.
import { describe, expectTypeOf, it } from "vitest";
import type { components, operations, paths } from "./index.js";

type Ops = operations;
type Schemas = components["schemas"];

describe("generated types follow the contract", () => {
  it("register answers 204 with no body and 200 with an envelope", () => {
    type Register = Ops["plugins-catalog-register-plugin-with-type"]["responses"];
    expectTypeOf<Register[204]["content"]>().toEqualTypeOf<undefined>();
    expectTypeOf<Register[200]["content"]["application/json"]["data"]>().toEqualTypeOf<null>();
  });

  it("catalog delete, enable, disable and tune answer 204 with no body", () => {
    expectTypeOf<
      Ops["plugins-catalog-remove-plugin-with-type"]["responses"][204]["content"]
    >().toEqualTypeOf<undefined>();
    expectTypeOf<
      Ops["mounts-enable-secrets-engine"]["responses"][204]["content"]
    >().toEqualTypeOf<undefined>();
    expectTypeOf<
      Ops["mounts-disable-secrets-engine"]["responses"][204]["content"]
    >().toEqualTypeOf<undefined>();
    expectTypeOf<
      Ops["auth-tune-configuration-parameters"]["responses"][204]["content"]
    >().toEqualTypeOf<undefined>();
  });

  it("detailed is an array of entries, with the per-type name arrays beside it", () => {
    expectTypeOf<Schemas["CatalogList"]["detailed"]>().toEqualTypeOf<Schemas["CatalogListEntry"][]>();
    expectTypeOf<Schemas["CatalogList"]["secret"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Schemas["PinListResponse"]["data"]["pinned_versions"]>().toEqualTypeOf<Schemas["Pin"][]>();
  });

  it("plugin_version on enable lives under config", () => {
    expectTypeOf<NonNullable<Schemas["EnableRequest"]["config"]>["plugin_version"]>().toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf<Schemas["EnableRequest"]["type"]>().toEqualTypeOf<string>();
  });

  it("pins answer 200 with data null, global reload 202 with a reload_id", () => {
    type PinCreate = Ops["plugins-catalog-pins-create-pinned-version"]["responses"];
    expectTypeOf<PinCreate[200]["content"]["application/json"]["data"]>().toEqualTypeOf<null>();
    type Reload = Ops["plugins-reload-backends"]["responses"];
    expectTypeOf<Reload[202]["content"]["application/json"]["data"]["reload_id"]>().toEqualTypeOf<string>();
  });

  it("paths take typed parameters", () => {
    type ReadParams = paths["/sys/plugins/catalog/{type}/{name}"]["get"]["parameters"];
    expectTypeOf<ReadParams["path"]["type"]>().toEqualTypeOf<"auth" | "database" | "secret">();
    expectTypeOf<NonNullable<ReadParams["query"]>["version"]>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error: a type that Vault does not have is not a plugin type
    const bad: ReadParams["path"]["type"] = "plugin";
    void bad;
  });

  it("envelope fields and errors are typed", () => {
    expectTypeOf<Schemas["Envelope"]["warnings"]>().toEqualTypeOf<string[] | null>();
    expectTypeOf<Schemas["ErrorResponse"]["errors"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Schemas["PluginDetails"]["args"]>().toEqualTypeOf<string[] | null>();
  });
});
