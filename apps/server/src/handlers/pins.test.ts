// End to end: pinned versions (TestPluginCatalog_PinnedVersionCRUD and the reference §2).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../testing/fixture.js";

let f: Fixture;
let sha: string;
beforeAll(async () => {
  f = await startFixture();
  sha = await f.writePlugin("pinned-plugin");
  for (const version of ["1.0.0", "2.0.0"]) {
    await f.call("POST", "sys/plugins/catalog/secret/pinme", {
      body: { sha256: sha, command: "pinned-plugin", version },
    });
  }
  await f.call("POST", "sys/plugins/catalog/secret/pinme", {
    body: { sha256: sha, command: "pinned-plugin" },
  });
});
afterAll(() => f.close());

describe("pins", () => {
  it("follows TestPluginCatalog_PinnedVersionCRUD", async () => {
    expect((await f.call("GET", "sys/plugins/pins")).json.data).toEqual({ pinned_versions: [] });

    const create = await f.call("POST", "sys/plugins/pins/secret/pinme", { body: { version: "1.0.0" } });
    expect(create.status).toBe(200);
    expect(create.json.data).toBeNull();
    expect((await f.call("GET", "sys/plugins/pins")).json.data.pinned_versions).toEqual([
      { name: "pinme", type: "secret", version: "v1.0.0" },
    ]);
    expect((await f.call("GET", "sys/plugins/pins/secret/pinme")).json.data).toEqual({
      name: "pinme",
      type: "secret",
      version: "v1.0.0",
    });

    await f.call("PUT", "sys/plugins/pins/secret/pinme", { body: { version: "v2.0.0" } });
    expect((await f.call("GET", "sys/plugins/pins/secret/pinme")).json.data.version).toBe("v2.0.0");

    const unregistered = await f.call("POST", "sys/plugins/pins/secret/pinme", {
      body: { version: "3.0.0" },
    });
    expect(unregistered.status).toBe(400);
    expect(unregistered.json.errors).toEqual([
      'plugin not found in the catalog; secret plugin "pinme" version v3.0.0 does not exist',
    ]);

    for (let i = 0; i < 2; i++) {
      const del = await f.call("DELETE", "sys/plugins/pins/secret/pinme");
      expect(del.status).toBe(200);
      expect(del.json.data).toBeNull();
    }
    const gone = await f.call("GET", "sys/plugins/pins/secret/pinme");
    expect(gone.status).toBe(404);
    expect(gone.json.errors).toEqual(["1 error occurred:\n\t* no pinned version for this plugin\n\n"]);
    expect((await f.call("GET", "sys/plugins/pins")).json.data).toEqual({ pinned_versions: [] });
  });

  it.each([
    [{}, "missing plugin version"],
    [{ version: "" }, "missing plugin version"],
    [{ version: null }, "missing plugin version"],
    [{ version: "1.x" }, 'version "1.x" is not a valid semantic version: Malformed version: 1.x'],
    [{ version: "v1.0.0+builtin" }, 'cannot pin a builtin plugin: "v1.0.0+builtin"'],
  ])("%j -> 400 %j", async (body, message) => {
    const r = await f.call("POST", "sys/plugins/pins/secret/pinme", { body });
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual([message]);
  });

  it("a name outside GenericNameRegex has no route", async () => {
    const r = await f.call("GET", "sys/plugins/pins/secret/-bad");
    expect(r.status).toBe(404);
    expect(r.json.errors).toEqual(["1 error occurred:\n\t* unsupported path\n\n"]);
  });

  it("lists pins in type then name order, and protects the pinned version from deletion", async () => {
    const authSha = await f.writePlugin("auth-plugin");
    await f.call("POST", "sys/plugins/catalog/auth/zeta", {
      body: { sha256: authSha, command: "auth-plugin", version: "1.0.0" },
    });
    await f.call("POST", "sys/plugins/pins/secret/pinme", { body: { version: "1.0.0" } });
    await f.call("POST", "sys/plugins/pins/auth/zeta", { body: { version: "1.0.0" } });
    const pins = (await f.call("GET", "sys/plugins/pins")).json.data.pinned_versions;
    expect(pins.map((p: { type: string; name: string }) => `${p.type}/${p.name}`)).toEqual([
      "auth/zeta",
      "secret/pinme",
    ]);

    const blocked = await f.call("DELETE", "sys/plugins/catalog/secret/pinme?version=1.0.0");
    expect(blocked.status).toBe(500);
    expect(blocked.json.errors).toEqual(["1 error occurred:\n\t* cannot delete a pinned version\n\n"]);
    // Another version, or the unversioned entry, may go.
    expect((await f.call("DELETE", "sys/plugins/catalog/secret/pinme?version=2.0.0")).status).toBe(204);
    await f.call("DELETE", "sys/plugins/pins/secret/pinme");
    await f.call("DELETE", "sys/plugins/pins/auth/zeta");
  });
});
