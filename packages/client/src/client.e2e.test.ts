// End to end: the client against the real server.
import { type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, isNotFound, type SysPluginsClient } from "./index.js";

let f: Fixture;
let client: SysPluginsClient;
beforeAll(async () => {
  f = await startFixture();
  client = createClient({ address: f.url, token: f.token, env: {} });
});
afterAll(() => f.close());

describe("the client against the server", () => {
  it("runs the common jobs", async () => {
    expect((await client.health()).initialized).toBe(true);
    const sha = await f.writePlugin("client-plugin");
    for (const version of ["1.0.0", "1.1.0"]) {
      await client.catalog.register("secret", "client-plugin", {
        sha256: sha,
        command: "client-plugin",
        version,
      });
    }
    expect((await client.catalog.versions("secret", "client-plugin")).map((v) => v.version)).toEqual([
      "v1.0.0",
      "v1.1.0",
    ]);
    expect((await client.catalog.names("secret")).data.keys).toContain("client-plugin");
    expect((await client.catalog.read("secret", "client-plugin", "1.1.0")).data.sha256).toBe(sha);

    await client.mounts.enable("cp", { type: "client-plugin", config: { plugin_version: "v1.0.0" } });
    await client.mounts.tune("cp", { plugin_version: "v1.1.0" });
    const tuned = await client.mounts.read("cp");
    expect(tuned.data.running_plugin_version).toBe("v1.0.0");
    expect(tuned.warnings).toHaveLength(1);

    const reload = await client.reload.backend({ mounts: ["cp"] });
    expect((await client.reload.status(reload.data.reload_id)).data.reload_id).toBe(reload.data.reload_id);
    expect((await client.mounts.read("cp")).data.running_plugin_version).toBe("v1.1.0");

    await client.pins.pin("secret", "client-plugin", "1.0.0");
    expect((await client.pins.list()).data.pinned_versions).toEqual([
      { name: "client-plugin", type: "secret", version: "v1.0.0" },
    ]);
    expect((await client.reload.plugin("secret", "client-plugin", "global")).status).toBe(202);
    expect((await client.mounts.read("cp")).data.running_plugin_version).toBe("v1.0.0");
    await client.pins.unpin("secret", "client-plugin");
    await client.mounts.disable("cp");
    await client.catalog.remove("secret", "client-plugin", "1.0.0");
  });

  it("names with slashes and auth mounts work", async () => {
    const sha = await f.writePlugin("slash-plugin");
    await client.catalog.register("auth", "team/auth", { sha256: sha, command: "slash-plugin" });
    expect((await client.catalog.read("auth", "team/auth")).data.name).toBe("team/auth");
    await client.auth.enable("team-auth", { type: "team/auth" });
    expect((await client.auth.list()).data["team-auth/"]?.type).toBe("team/auth");
  });

  it("throws Vault's errors", async () => {
    const missing = await client.catalog.read("secret", "nope").catch((e: unknown) => e);
    expect(isNotFound(missing)).toBe(true);
    await expect(client.pins.pin("secret", "nope", "")).rejects.toMatchObject({
      status: 400,
      errors: ["missing plugin version"],
    });
    await expect(
      createClient({ address: f.url, token: "wrong", env: {} }).catalog.list(),
    ).rejects.toMatchObject({
      status: 403,
    });
  });
});
