// Secrets engines, tune and what runs (vault/logical_system.go handleMount, validateVersion, handleReadMount,
// handleTuneWriteCommon; vault/mount.go; vault/external_plugin_test.go).
import * as expect from "../expect.js";
import { rules } from "../releases.js";
import { matchesSchema } from "../schemas.js";
import { check } from "./define.js";

const ENABLE = "POST /sys/mounts/:path";
const READ = "GET /sys/mounts/:path";
const TUNE = "POST /sys/mounts/:path/tune";

export const mountChecks = [
  check(
    "mounts.list.top-level",
    "GET /sys/mounts",
    "mounts are keyed path/ in data, and copied to the top level",
    "http/handler.go injectDataIntoTopRoutes",
    [],
    async ({ send }) => {
      const a = await send("GET", "sys/mounts");
      expect.status(a, 200, "GET sys/mounts");
      matchesSchema(a.json, "MountListResponse", "GET sys/mounts");
      for (const [path, info] of Object.entries(a.json.data)) {
        expect.truthy(path.endsWith("/"), `mount key ${path} has no trailing /`);
        expect.equal(a.json[path], info, `top-level copy of ${path}`);
      }
    },
  ),
  check(
    "mounts.read.missing",
    READ,
    "reading a path with no mount is 400 No secret engine mount",
    "vault/logical_system.go handleReadMount",
    [],
    async ({ send, prefix }) => {
      expect.error(
        await send("GET", `sys/mounts/${prefix}-none`),
        400,
        `No secret engine mount at ${prefix}-none/`,
        "GET a missing mount",
      );
    },
  ),
  check(
    "mounts.enable.clash",
    ENABLE,
    "a path inside an existing mount is refused, naming the existing path",
    "vault/mount.go mountInternal (a coded 409); OpenBao: a plain error, 400 (measured on bao 2.6.1 to 2.7.2)",
    ["write"],
    async ({ enable, prefix, product }) => {
      expect.status(await enable("mounts", `${prefix}-outer`, { type: "kv" }), 204, "enable kv");
      const a = await enable("mounts", `${prefix}-outer/inner`, { type: "kv" });
      expect.error(
        a,
        product === "openbao" ? 400 : 409,
        `path is already in use at ${prefix}-outer/`,
        "enable a path inside an existing mount",
      );
    },
  ),
  check(
    "mounts.enable.latest",
    ENABLE,
    "without a version, the latest registered version is mounted, and runs with its sha256",
    "vault/external_plugin_test.go TestCore_EnableExternalPlugin_MultipleVersions",
    ["write", "plugin"],
    async ({ send, register, enable, prefix, plugin }) => {
      const name = `${prefix}-latest`;
      for (const v of ["1.0.0", "1.0.1"]) expect.status(await register(name, v), 204, `register ${v}`);
      const e = await enable("mounts", `${prefix}-latest`, { type: name });
      expect.status(e, 204, "enable");
      const a = await send("GET", `sys/mounts/${prefix}-latest`);
      matchesSchema(a.json, "MountReadResponse", "read the mount");
      const d = a.json.data;
      expect.equal(
        [d.plugin_version, d.running_plugin_version, d.running_sha256],
        ["v1.0.1", "v1.0.1", plugin.sha256.toLowerCase()],
        "plugin_version, running_plugin_version, running_sha256",
      );
    },
  ),
  check(
    "mounts.enable.missing-version",
    ENABLE,
    "a version that is not registered is refused",
    "vault/external_plugin_test.go TestCore_EnableExternalCredentialPlugin_NoVersionOnRegister",
    ["write", "plugin"],
    async ({ register, enable, prefix }) => {
      const name = `${prefix}-onlyone`;
      expect.status(await register(name, "1.0.0"), 204, "register 1.0.0");
      const a = await enable("mounts", `${prefix}-onlyone`, {
        type: name,
        config: { plugin_version: "9.9.9" },
      });
      expect.error(
        a,
        400,
        `plugin not found in the catalog: ${name}, version=v9.9.9`,
        "enable an unregistered version",
      );
    },
  ),
  check(
    "mounts.tune.then-reload",
    TUNE,
    "tune changes the configured version only; a reload makes it run",
    "vault/logical_system.go handleTuneWriteCommon, handleReadMount (the version warning, Vault 1.16+); vault/plugin_reload.go; corrected by bao 2.7.2: OpenBao's mount read has no such warning (openbao internal/vault/logical_system.go handleReadMount)",
    ["write", "plugin"],
    async ({ send, register, enable, prefix, at }) => {
      const name = `${prefix}-tune`;
      const path = `${prefix}-tune`;
      for (const v of ["1.0.0", "1.0.1"]) expect.status(await register(name, v), 204, `register ${v}`);
      expect.status(
        await enable("mounts", path, { type: name, config: { plugin_version: "v1.0.0" } }),
        204,
        "enable v1.0.0",
      );
      expect.status(
        await send("POST", `sys/mounts/${path}/tune`, { body: { plugin_version: "1.0.1" } }),
        204,
        "tune to 1.0.1",
      );
      const tuned = await send("GET", `sys/mounts/${path}`);
      expect.equal(
        [tuned.json.data.plugin_version, tuned.json.data.running_plugin_version],
        ["v1.0.1", "v1.0.0"],
        "configured and running after tune",
      );
      if (at(rules.vault116)) {
        expect.truthy(
          Array.isArray(tuned.json.warnings) && tuned.json.warnings.length > 0,
          "reading a mount whose configured and running versions differ carries a warning (Vault 1.16 and later)",
        );
      } else {
        expect.equal(
          tuned.json.warnings,
          null,
          "the warnings on that read (OpenBao and Vault before 1.16 have none)",
        );
      }
      expect.equal(
        (await send("GET", `sys/mounts/${path}/tune`)).json?.data?.plugin_version,
        "v1.0.1",
        "tune read plugin_version",
      );
      const reload = await send("POST", "sys/plugins/reload/backend", { body: { mounts: [path] } });
      expect.status(reload, 200, "reload the mount");
      expect.equal(
        (await send("GET", `sys/mounts/${path}`)).json?.data?.running_plugin_version,
        "v1.0.1",
        "running after reload",
      );
    },
  ),
  check(
    "mounts.tune.empty-version",
    TUNE,
    'plugin_version "" is refused, not a reset',
    "vault/logical_system.go handleTuneWriteCommon (go-version NewVersion)",
    ["write", "plugin"],
    async ({ send, register, enable, prefix }) => {
      const name = `${prefix}-empty`;
      expect.status(await register(name, "1.0.0"), 204, "register");
      expect.status(await enable("mounts", name, { type: name }), 204, "enable");
      expect.error(
        await send("POST", `sys/mounts/${name}/tune`, { body: { plugin_version: "" } }),
        400,
        'version "" is not a valid semantic version: Malformed version: ',
        'tune plugin_version ""',
      );
    },
  ),
  check(
    "mounts.pin-wins",
    "POST /sys/plugins/reload/:type/:name",
    "a pin wins over the configured version at the next reload, and blocks tune",
    "vault/external_tests/plugin/external_plugin_test.go TestCore_UpgradePluginUsingPinnedVersion_AuthAndSecret",
    ["write", "plugin", "pins", "reloadByType"],
    async ({ send, register, enable, pinned, prefix }) => {
      const name = `${prefix}-pinwins`;
      for (const v of ["1.0.0", "1.0.1"]) expect.status(await register(name, v), 204, `register ${v}`);
      expect.status(
        await enable("mounts", name, { type: name, config: { plugin_version: "v1.0.1" } }),
        204,
        "enable v1.0.1",
      );
      pinned("secret", name);
      expect.status(
        await send("POST", `sys/plugins/pins/secret/${name}`, { body: { version: "1.0.0" } }),
        200,
        "pin 1.0.0",
      );
      expect.equal(
        (await send("GET", `sys/mounts/${name}`)).json?.data?.running_plugin_version,
        "v1.0.1",
        "running before reload",
      );
      expect.error(
        await send("POST", `sys/mounts/${name}/tune`, { body: { plugin_version: "1.0.1" } }),
        400,
        `plugin_version cannot be set for secret plugin "${name}" as a pinned version v1.0.0 is in effect`,
        "tune while pinned",
      );
      expect.status(
        await send("POST", `sys/plugins/reload/secret/${name}`, { body: {} }),
        200,
        "reload the plugin",
      );
      expect.equal(
        (await send("GET", `sys/mounts/${name}`)).json?.data?.running_plugin_version,
        "v1.0.0",
        "running after reload",
      );
      await send("DELETE", `sys/plugins/pins/secret/${name}`);
    },
  ),
];
