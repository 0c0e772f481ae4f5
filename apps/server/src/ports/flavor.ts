// The flavour port: the product this server emulates. Everything that differs between Vault and its forks
// lives behind it, and nothing outside adapters/flavor/ names a product, a product version or a builtin.
//
// Shape, and how to add a flavour (one new file, adapters/flavor/<product>.ts, plus one line in
// adapters/flavor/index.ts so that main.ts can pick it by name):
// - `product`, `version`: what sys/health reports ("vault", "1.20.0").
// - `builtins`: the builtin plugins and their deprecation statuses (`find` includes removed ones, which
//   the catalog does not list but mounts refuse in words of their own), and the version each reports.
// - `core`: backends compiled into the core: their version string, which can be mounted only at that
//   version and which cannot be mounted at all (singletons), and mount type aliases ("generic" → "kv").
// - `features`: the route groups and request fields this product has (OpenBao has no pins, for example);
//   a route tagged with a feature the flavour lacks does not exist (404 "unsupported path").
// - `errors`: where this product answers a domain error with another status than Vault's (the HTTP edge
//   applies it; http/error-codes.ts holds Vault's table).
// - `text(code, message)`: where this product words an error differently (identity for Vault).
// - `health()`: the rest of the sys/health body (the cluster's id and name come from the cluster port).
// - `sealStatus()`: the product's own fields of sys/seal-status (the build date, under its name).
import type { ErrorCode } from "../domain/errors.js";
import type { PluginType } from "../domain/plugin-type.js";
import type { PolicyLanguage } from "../domain/policy/policy.js";
import type { CatalogRecord, MountTable } from "../domain/records.js";

/** How a Go decoder reads a malformed body (OpenBao's releases differ: http/go-json-decoder.ts). */
export type GoJsonDialect = "go-stream-1" | "go-stream-2";

export type DeprecationStatus = "supported" | "deprecated" | "pending removal" | "removed";

export interface Builtin {
  readonly name: string;
  readonly type: PluginType;
  readonly status: DeprecationStatus;
  /** The version it reports ("v0.15.0+builtin", "v1.20.0+builtin.vault"). */
  readonly version: string;
}

export const features = [
  /** sys/plugins/pins and the pin rules of mounts and tune (Vault 1.16+). */
  "pins",
  /** POST sys/plugins/reload/:type/:name (Vault 1.16+). */
  "reload-by-type",
  /** scope=global reloads (202) and GET sys/plugins/reload/backend/status; without it `scope` is ignored. */
  "global-reload",
  /**
   * Database connections report running_plugin_version and verify_connection, <mount>/reload/:plugin_name
   * exists, and sys/plugins/reload by plugin reaches connections (Vault 1.16+; not OpenBao).
   */
  "database-plugin-reload",
] as const;
export type Feature = (typeof features)[number];

export interface Flavor {
  readonly product: string;
  readonly version: string;
  readonly builtins: {
    /** The builtin of that type and name, removed ones included. */
    find(type: PluginType, name: string): Builtin | undefined;
    /** The builtins the catalog lists (every one but the removed), in no particular order. */
    listed(type: PluginType): readonly Builtin[];
  };
  readonly core: {
    /** The version core backends and in-tree builtins run at. */
    readonly version: string;
    readonly backends: Readonly<
      Record<MountTable, { mountable: readonly string[]; singleton: readonly string[] }>
    >;
    /** Mount types that name another ("generic" → "kv"). */
    readonly aliases: Readonly<Record<string, string>>;
  };
  readonly features: ReadonlySet<Feature>;
  /** Statuses (and body shapes: "bare" message or go-multierror text) that differ from Vault's, per code. */
  readonly errors: Readonly<
    Partial<Record<ErrorCode, number | { status: number; shape: "bare" | "multierror" }>>
  >;
  /** An error's message as this product words it. */
  text(code: ErrorCode, message: string): string;
  health(): { version: string } & Record<string, unknown>;
  /** The product's own fields of sys/seal-status (Vault's build_date, OpenBao's commit_date). */
  sealStatus(): Record<string, unknown>;
  /** Rules whose order, words or answers differ between the products. */
  readonly rules: Rules;
}

/** A registration body as handlePluginCatalogUpdate reads it, in the product's order and words. */
export type RegistrationReader = (
  pluginDirectory: string,
  type: PluginType | "unknown",
  name: string,
  input: Record<string, unknown>,
) => Promise<CatalogRecord>;

/** Tokens and policies as the product ships them. */
export interface AccessRules {
  /** What a new service token starts with ("s." OpenBao; "hvs." Vault). */
  tokenPrefix: string;
  policy: PolicyLanguage;
  /** The text of the default policy the product writes at its first start. */
  defaultPolicy: string;
  /**
   * Paths that need `sudo` besides their own capability: the root-protected paths of the system backend and
   * of the token store, from the API root; a trailing `*` makes a prefix (router.RootPath).
   */
  sudoPaths: readonly string[];
  /** The dev server's root token's display_name and path. */
  rootToken: { display_name: string; path: string };
}

export interface Rules {
  readRegistration: RegistrationReader;
  /**
   * How the product starts a plugin process (sdk/helper/pluginutil run_config.go): the variables it adds
   * (the server's version, under the product's name), where its own environment goes, and the words of
   * the go-plugin release it is built with.
   */
  pluginProcess: {
    env: Record<string, string>;
    parentEnv: "under" | "over" | "none";
    wording: "1.6" | "1.8";
  };
  /** Fields a catalog read adds for an external entry (OpenBao: oci, declarative). */
  catalogReadExtras(record: Pick<CatalogRecord, "oci">): Record<string, unknown>;
  /** Per operationId, body fields the release does not read at all (neither checked nor used). */
  unreadFields?: Readonly<Record<string, readonly string[]>>;
  /** The error for a body that is not a JSON object, from the decoder's detail. */
  jsonError(detail: string): string;
  /** How a body JSON.parse refuses is read (http/go-json-decoder.ts): the Go decoder's first value or its
   *  error text; absent, the body is refused with JSON.parse's detail. */
  jsonDecoder?: GoJsonDialect;
  /** A missing or wrong token is answered in go-multierror's words (Vault) or as the bare message (OpenBao). */
  deniedShape: "bare" | "multierror";
  /** Every response envelope carries mount_type (Vault 1.13+; OpenBao does not). */
  envelopeMountType: boolean;
  /** A mount read warns when the configured version is not the one running (Vault 1.16+). */
  versionWarning: boolean;
  access: AccessRules;
  reload: {
    /** The error for a scope that is neither unset nor "global"; absent, the scope is not checked. */
    scopeError?: string;
    /** Reloading no plugin warns "no plugins were reloaded" (Vault; OpenBao answers without a warning). */
    warnWhenNone: boolean;
    /** A reload by plugin name is checked against the catalog first (OpenBao #2398): the error to throw, if any. */
    checkPlugin?(name: string, typesInCatalog: readonly PluginType[]): void;
  };
}
