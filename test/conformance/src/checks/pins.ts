// Pinned versions, Vault 1.16+ (vault/logical_system.go handlePluginCatalogPin*, vault/plugincatalog/pin.go).
import * as expect from "../expect.js";
import { matchesSchema } from "../schemas.js";
import { check } from "./define.js";

const PINS = "/sys/plugins/pins/:type/:name";

export const pinChecks = [
  check(
    "pins.list.schema",
    "GET /sys/plugins/pins",
    "the list is an array of {name, type, version}, [] when empty",
    "vault/logical_system.go handlePluginCatalogPinList",
    ["pins"],
    async ({ send }) => {
      const a = await send("GET", "sys/plugins/pins");
      expect.status(a, 200, "GET sys/plugins/pins");
      matchesSchema(a.json, "PinListResponse", "GET sys/plugins/pins");
    },
  ),
  check(
    "pins.crud",
    PINS,
    "pin, read, overwrite, delete twice, read again",
    "vault/plugincatalog/pin_test.go TestPluginCatalog_PinnedVersionCRUD",
    ["pins", "write", "plugin"],
    async ({ send, register, pinned, prefix }) => {
      const name = `${prefix}-pin`;
      for (const v of ["1.0.0", "2.0.0"]) expect.status(await register(name, v), 204, `register ${v}`);
      pinned("secret", name);
      const create = await send("POST", `sys/plugins/pins/secret/${name}`, { body: { version: "1.0.0" } });
      expect.status(create, 200, "create a pin");
      expect.equal(create.json?.data, null, "data of a pin create");
      const read = await send("GET", `sys/plugins/pins/secret/${name}`);
      matchesSchema(read.json, "PinReadResponse", "read the pin");
      expect.equal(read.json.data, { name, type: "secret", version: "v1.0.0" }, "the pin");
      expect.status(
        await send("PUT", `sys/plugins/pins/secret/${name}`, { body: { version: "v2.0.0" } }),
        200,
        "overwrite the pin",
      );
      expect.equal(
        (await send("GET", `sys/plugins/pins/secret/${name}`)).json?.data?.version,
        "v2.0.0",
        "the overwritten pin",
      );
      for (let i = 0; i < 2; i++)
        expect.status(
          await send("DELETE", `sys/plugins/pins/secret/${name}`),
          200,
          `delete the pin (${i + 1})`,
        );
      expect.error(
        await send("GET", `sys/plugins/pins/secret/${name}`),
        404,
        "no pinned version for this plugin",
        "read a removed pin",
      );
    },
  ),
  check(
    "pins.errors",
    PINS,
    "a missing, builtin or unregistered version is refused",
    "vault/logical_system.go handlePluginCatalogPinUpdate; vault/plugincatalog/pin.go",
    ["pins", "write"],
    async ({ send, prefix }) => {
      const name = `${prefix}-nopin`;
      expect.error(
        await send("POST", `sys/plugins/pins/secret/${name}`, { body: {} }),
        400,
        "missing plugin version",
        "pin with no version",
      );
      expect.error(
        await send("POST", `sys/plugins/pins/secret/${name}`, { body: { version: "v1.0.0+builtin" } }),
        400,
        'cannot pin a builtin plugin: "v1.0.0+builtin"',
        "pin a builtin version",
      );
      expect.error(
        await send("POST", `sys/plugins/pins/secret/${name}`, { body: { version: "9.9.9" } }),
        400,
        [`plugin not found in the catalog; secret plugin "${name}" version v9.9.9 does not exist`],
        "pin an unregistered version",
      );
    },
  ),
  check(
    "pins.protect",
    "DELETE /sys/plugins/catalog/:type/:name",
    "the pinned version cannot be deregistered",
    "vault/plugincatalog/plugin_catalog.go (ErrPinnedVersion)",
    ["pins", "write", "plugin"],
    async ({ send, register, pinned, prefix }) => {
      const name = `${prefix}-protected`;
      expect.status(await register(name, "1.0.0"), 204, "register 1.0.0");
      pinned("secret", name);
      expect.status(
        await send("POST", `sys/plugins/pins/secret/${name}`, { body: { version: "1.0.0" } }),
        200,
        "pin 1.0.0",
      );
      expect.error(
        await send("DELETE", `sys/plugins/catalog/secret/${name}?version=1.0.0`),
        500,
        "cannot delete a pinned version",
        "deregister the pinned version",
      );
      await send("DELETE", `sys/plugins/pins/secret/${name}`);
    },
  ),
];
