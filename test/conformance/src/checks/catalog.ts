// The plugin catalog (vault/logical_system.go handlePluginCatalog*, vault/plugincatalog/plugin_catalog.go).
import * as expect from "../expect.js";
import { releasesOf, rules } from "../releases.js";
import { matchesSchema } from "../schemas.js";
import { check } from "./define.js";

const LIST_ALL = "GET /sys/plugins/catalog";
const LIST_TYPE = "LIST /sys/plugins/catalog/:type";
const READ = "GET /sys/plugins/catalog/:type/:name";
const WRITE = "POST /sys/plugins/catalog/:type/:name";
const DELETE = "DELETE /sys/plugins/catalog/:type/:name";

const bytewise = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
const isSorted = (xs: string[]) => xs.every((x, i) => i === 0 || bytewise(xs[i - 1] as string, x) <= 0);

export const catalogChecks = [
  check(
    "catalog.list.schema",
    LIST_ALL,
    "names per type and a detailed array, as the contract says",
    "vault/logical_system.go handlePluginCatalogUntypedList",
    [],
    async ({ send }) => {
      const a = await send("GET", "sys/plugins/catalog");
      expect.status(a, 200, "GET sys/plugins/catalog");
      matchesSchema(a.json, "CatalogListResponse", "GET sys/plugins/catalog");
      for (const type of ["auth", "database", "secret"]) {
        expect.truthy(isSorted(a.json.data[type]), `data.${type} is not sorted bytewise (Go sort.Strings)`);
      }
    },
  ),
  check(
    "catalog.list.detailed-order",
    LIST_ALL,
    "detailed is ordered by type, then name",
    "vault/plugincatalog/plugin_catalog.go sortVersionedPlugins",
    [],
    async ({ send }) => {
      const detailed: { type: string; name: string }[] = (await send("GET", "sys/plugins/catalog")).json.data
        .detailed;
      const order = ["unknown", "auth", "database", "secret"];
      for (let i = 1; i < detailed.length; i++) {
        const [a, b] = [detailed[i - 1], detailed[i]] as [
          { type: string; name: string },
          { type: string; name: string },
        ];
        const ok =
          order.indexOf(a.type) < order.indexOf(b.type) ||
          (a.type === b.type && bytewise(a.name, b.name) <= 0);
        expect.truthy(ok, `detailed[${i - 1}] ${a.type}/${a.name} comes before ${b.type}/${b.name}`);
      }
    },
  ),
  check(
    "catalog.typed.list-verb",
    LIST_TYPE,
    "the LIST method lists a type's names, sorted and unique",
    "http/logical.go; vault/logical_system.go handlePluginCatalogTypedList",
    [],
    async ({ send }) => {
      const a = await send("LIST", "sys/plugins/catalog/database");
      expect.status(a, 200, "LIST sys/plugins/catalog/database");
      matchesSchema(a.json, "KeysResponse", "LIST sys/plugins/catalog/database");
      const keys: string[] = a.json.data.keys;
      expect.truthy(
        isSorted(keys) && new Set(keys).size === keys.length,
        `keys are not sorted and unique: ${keys.join(", ")}`,
      );
    },
  ),
  check(
    "catalog.typed.list-spellings",
    LIST_TYPE,
    "?list= takes every true spelling of Go's ParseBool, and refuses others",
    "http/logical.go (strconv.ParseBool)",
    [],
    async ({ send }) => {
      for (const value of ["1", "t", "T", "TRUE", "true", "True"]) {
        expect.status(
          await send("GET", `sys/plugins/catalog/auth?list=${value}`),
          200,
          `GET sys/plugins/catalog/auth?list=${value}`,
        );
      }
      expect.status(
        await send("GET", "sys/plugins/catalog/auth?list=maybe"),
        400,
        "GET sys/plugins/catalog/auth?list=maybe",
      );
    },
  ),
  check(
    "catalog.typed.get-405",
    LIST_TYPE,
    "GET of a type without list is 405: that route only lists",
    "vault/logical_system_paths.go (route order)",
    [],
    async ({ send }) => {
      expect.status(await send("GET", "sys/plugins/catalog/secret"), 405, "GET sys/plugins/catalog/secret");
    },
  ),
  check(
    "catalog.read.builtin",
    READ,
    "a builtin reads with no command, args or sha256, and a builtin version",
    "vault/logical_system_test.go TestSystemBackend_PluginCatalog_CRUD",
    [],
    async ({ send, builtinSuffix }) => {
      const name =
        (await send("LIST", "sys/plugins/catalog/database")).json.data.keys.find((k: string) =>
          k.startsWith("mysql-"),
        ) ?? "mysql-database-plugin";
      const a = await send("GET", `sys/plugins/catalog/database/${name}`);
      expect.status(a, 200, `GET sys/plugins/catalog/database/${name}`);
      matchesSchema(a.json, "CatalogReadResponse", `GET sys/plugins/catalog/database/${name}`);
      const d = a.json.data;
      expect.equal(
        [d.builtin, d.command, d.sha256, d.args],
        [true, "", "", null],
        "builtin, command, sha256, args",
      );
      expect.truthy(
        typeof d.version === "string" && d.version.endsWith(builtinSuffix),
        `version ${d.version} lacks ${builtinSuffix}`,
      );
      expect.truthy(typeof d.deprecation_status === "string", "a builtin has a deprecation_status");
    },
  ),
  check(
    "catalog.read.missing",
    READ,
    "a missing entry is 404 with an empty errors array",
    "sdk/logical/response_util.go (nil response to a read)",
    [],
    async ({ send, prefix }) => {
      const a = await send("GET", `sys/plugins/catalog/secret/${prefix}-missing`);
      expect.status(a, 404, "GET a missing catalog entry");
      expect.equal(a.json, { errors: [] }, "the body");
    },
  ),
  check(
    "catalog.read.bad-version",
    READ,
    "an invalid version is 400 with go-version's message",
    "vault/logical_system.go getVersion",
    [],
    async ({ send, prefix }) => {
      const a = await send("GET", `sys/plugins/catalog/secret/${prefix}-x?version=1.x`);
      expect.error(
        a,
        400,
        'version "1.x" is not a valid semantic version: Malformed version: 1.x',
        "GET ?version=1.x",
      );
    },
  ),
  check(
    "catalog.register.errors",
    WRITE,
    "invalid registrations are refused in the words of the product and release",
    `vault/logical_system.go handlePluginCatalogUpdate; TestSystemBackend_PluginCatalog_CannotRegisterBuiltinPlugins; Vault: ${rules.vaultOciCommandText.evidence}, ${rules.vaultArtifactText.evidence}; OpenBao (measured on bao 2.6.1 to 2.7.2): a bad hex is reported without detail, and ${rules.openbaoShaLength.evidence}`,
    ["write"],
    async ({ send, prefix, product, at }) => {
      const sha = "00".repeat(32);
      const openbao = product === "openbao";
      const short: [Record<string, unknown>, string][] = at(rules.openbaoShaLength)
        ? [[{ sha256: "0011", command: "x" }, "Decoded SHA-256 value is not 32 bytes"]]
        : [];
      const cases: [Record<string, unknown>, string][] = [
        ...short,
        [
          { version: "1.x", sha256: sha, command: "x" },
          'version "1.x" is not a valid semantic version: Malformed version: 1.x',
        ],
        [
          { version: "v1.2.3+special.builtin", sha256: sha, command: "x" },
          `version "v1.2.3+special.builtin" is not allowed because 'builtin' is a reserved metadata identifier`,
        ],
        [
          { sha256: "zz", command: "x" },
          openbao
            ? "Could not decode SHA-256 value from Hex"
            : "Could not decode SHA256 value from Hex zz: encoding/hex: invalid byte: U+007A 'z'",
        ],
        [{ sha256: sha, command: "x --a", args: ["--b"] }, "must not specify args in command and args field"],
        [
          { command: "x" },
          at(rules.vaultArtifactText)
            ? "must provide at least one of sha256 or version: use sha256 for binary registration (version optional) or version only for artifact registration"
            : "missing SHA-256 value",
        ],
        [
          { sha256: sha },
          at(rules.vaultOciCommandText)
            ? "must provide at least one of command or oci_image"
            : "missing command value",
        ],
      ];
      for (const [body, text] of cases) {
        expect.error(
          await send("POST", `sys/plugins/catalog/secret/${prefix}-invalid`, { body }),
          400,
          text,
          `register ${JSON.stringify(body)}`,
        );
      }
    },
  ),
  check(
    "catalog.register.short-sha",
    WRITE,
    "a SHA-256 that is not 32 bytes is stored as given (Vault, OpenBao 2.6.1) or refused (OpenBao 2.7.0 and later)",
    `vault/logical_system.go handlePluginCatalogUpdate (hex.DecodeString, no length check); ${rules.openbaoShaLength.evidence}`,
    ["write", "plugin"],
    async ({ send, register, prefix, at }) => {
      const a = await register(`${prefix}-short`, "", "secret", { sha256: "0011" });
      if (at(rules.openbaoShaLength)) {
        expect.error(
          a,
          400,
          "Decoded SHA-256 value is not 32 bytes",
          `register sha256 "0011" (${releasesOf(rules.openbaoShaLength)})`,
        );
        return;
      }
      expect.status(
        a,
        204,
        `register sha256 "0011" (${releasesOf(rules.openbaoShaLength, false)} and Vault take any hex)`,
      );
      const read = await send("GET", `sys/plugins/catalog/secret/${prefix}-short`);
      expect.equal(read.json?.data?.sha256, "0011", "the sha256 read back");
    },
  ),
  check(
    "catalog.register.204",
    WRITE,
    "a registration answers 204 with an empty body",
    "vault/logical_system.go handlePluginCatalogUpdate (nil response)",
    ["write", "plugin"],
    async ({ register, prefix }) => {
      const a = await register(`${prefix}-plain`);
      expect.status(a, 204, "register");
      expect.equal(a.text, "", "the body of a 204");
    },
  ),
  check(
    "catalog.register.read-back",
    READ,
    "versions are canonicalised; sha256 is hex, the command relative, env never returned",
    "vault/logical_system.go handlePluginCatalogRead; TestSystemBackend_PluginCatalog_CRUD",
    ["write", "plugin"],
    async ({ send, register, prefix, plugin }) => {
      expect.status(
        await register(`${prefix}-canon`, "1.0", "secret", { env: ["SYSPLUGINS_CONF_SECRET=hunter2"] }),
        204,
        "register version 1.0",
      );
      const a = await send("GET", `sys/plugins/catalog/secret/${prefix}-canon?version=1.0.0`);
      expect.status(a, 200, "read ?version=1.0.0");
      matchesSchema(a.json, "CatalogReadResponse", "read");
      expect.equal(a.json.data.version, "v1.0.0", "version");
      expect.equal(a.json.data.sha256, plugin.sha256.toLowerCase(), "sha256");
      expect.equal(a.json.data.command, plugin.command.split(" ")[0], "command");
      expect.truthy(!a.text.includes("hunter2"), "env came back in the read");
    },
  ),
  check(
    "catalog.read.env-never-returned",
    READ,
    "a catalog entry's env is never returned: no env key in a read, versioned or not, nor in the detailed list",
    "vault/logical_system.go handlePluginCatalogRead and handlePluginCatalogUntypedList (no env in the response)",
    ["write", "plugin"],
    async ({ send, register, prefix }) => {
      const name = `${prefix}-env`;
      const env = { env: ["SYSPLUGINS_CONF_TOKEN=s3cr3t-value"] };
      expect.status(await register(name, "", "secret", env), 204, "register unversioned with env");
      expect.status(await register(name, "1.0.0", "secret", env), 204, "register v1.0.0 with env");
      const reads: [string, string][] = [
        [`sys/plugins/catalog/secret/${name}?version=v1.0.0`, "read ?version=v1.0.0"],
        [`sys/plugins/catalog/secret/${name}`, "read without a version"],
      ];
      for (const [path, what] of reads) {
        const a = await send("GET", path);
        // OpenBao stores an unversioned registration under the version the binary reports: then the
        // unversioned read is a 404, and there is nothing to look at.
        if (a.status === 404 && what.includes("without")) continue;
        expect.status(a, 200, what);
        expect.truthy(!("env" in (a.json?.data ?? {})), `${what}: env came back`);
        expect.truthy(!a.text.includes("s3cr3t-value"), `${what}: an env value came back`);
      }
      const list = await send("GET", "sys/plugins/catalog");
      const mine = (list.json?.data?.detailed ?? []).filter((d: { name: string }) => d.name === name);
      expect.truthy(mine.length > 0, "the entries are in the detailed list");
      expect.truthy(
        mine.every((d: object) => !("env" in d)),
        "the detailed list: env came back",
      );
      expect.truthy(!list.text.includes("s3cr3t-value"), "the detailed list: an env value came back");
    },
  ),
  check(
    "catalog.versions.order",
    LIST_ALL,
    "versions of a plugin are listed in semantic order, unversioned first",
    "vault/plugincatalog/plugin_catalog.go sortVersionedPlugins",
    ["write", "plugin"],
    async ({ send, register, prefix }) => {
      for (const v of ["1.10.0", "1.2.0", "1.2.0-rc.1", ""])
        expect.status(await register(`${prefix}-order`, v), 204, `register ${v || "unversioned"}`);
      const versions = (await send("GET", "sys/plugins/catalog")).json.data.detailed
        .filter((d: { name: string }) => d.name === `${prefix}-order`)
        .map((d: { version: string }) => d.version);
      expect.equal(versions, ["", "v1.2.0-rc.1", "v1.2.0", "v1.10.0"], "detailed versions");
    },
  ),
  check(
    "catalog.names.slash",
    READ,
    "names may contain slashes",
    "vault/plugincatalog/plugin_catalog_test.go TestPluginCatalog_ListHandlesPluginNamesWithSlashes",
    ["write", "plugin"],
    async ({ send, register, prefix }) => {
      expect.status(await register(`${prefix}/with/slash`), 204, "register a name with slashes");
      expect.equal(
        (await send("GET", `sys/plugins/catalog/secret/${prefix}/with/slash`)).json?.data?.name,
        `${prefix}/with/slash`,
        "name read back",
      );
      expect.truthy(
        (await send("LIST", "sys/plugins/catalog/secret")).json.data.keys.includes(`${prefix}/with/slash`),
        "the name is not listed",
      );
    },
  ),
  check(
    "catalog.delete.idempotent",
    DELETE,
    "deleting what does not exist is 204",
    "vault/plugincatalog/plugin_catalog.go Delete",
    ["write"],
    async ({ send, prefix }) => {
      const a = await send("DELETE", `sys/plugins/catalog/secret/${prefix}-never`);
      expect.status(a, 204, "DELETE a missing entry");
    },
  ),
  check(
    "catalog.delete.builtin",
    DELETE,
    "a builtin version cannot be deleted",
    "vault/logical_system.go handlePluginCatalogDelete",
    ["write"],
    async ({ send }) => {
      const kv = (await send("GET", "sys/plugins/catalog")).json.data.detailed.find(
        (d: { name: string; builtin: boolean; type: string }) =>
          d.name === "kv" && d.builtin && d.type === "secret",
      );
      expect.truthy(kv, "no builtin kv in the catalog");
      const a = await send(
        "DELETE",
        `sys/plugins/catalog/secret/kv?version=${encodeURIComponent(kv.version)}`,
      );
      expect.error(a, 400, `version "${kv.version}" cannot be deleted`, "DELETE the builtin kv version");
    },
  ),
];
