import { describe, expect, it } from "vitest";
import { createMemoryStorage } from "../storage/memory.js";
import { childrenOf, pluginStorage } from "./plugin-storage.js";

describe("a plugin's logical.Storage over the storage port", () => {
  it.each([
    [["a", "b/c", "b/d/e", "bb"], "", ["a", "b/", "bb"]],
    [["a", "b/c", "b/d/e", "bb"], "b/", ["c", "d/"]],
    [["x/1", "x/1/2"], "x/", ["1", "1/"]],
    [["a"], "z/", []],
  ] as [string[], string, string[]][])("keys %j listed under %j: %j", (keys, prefix, want) => {
    expect(childrenOf(keys, prefix)).toEqual(want);
  });

  it("keeps bytes exactly, per mount, and lists one level", async () => {
    const storage = createMemoryStorage();
    const a = pluginStorage(storage, "mount-a");
    const b = pluginStorage(storage, "mount-b");
    const bytes = new Uint8Array([0, 1, 254, 255]);
    await a.put({ key: "config", value: bytes, sealWrap: true });
    await a.put({ key: "data/one", value: new Uint8Array([7]) });
    await b.put({ key: "config", value: new Uint8Array([9]) });
    expect(await a.get("config")).toEqual({ key: "config", value: Buffer.from(bytes), sealWrap: true });
    expect(await a.list("")).toEqual(["config", "data/"]);
    expect((await b.get("config"))?.value).toEqual(Buffer.from([9]));
    await a.delete("config");
    expect(await a.get("config")).toBeUndefined();
    expect(await b.list("")).toEqual(["config"]);
  });
});
