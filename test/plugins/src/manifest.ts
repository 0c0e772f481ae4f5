/** The binaries `pnpm build:plugins` makes: one Go source per kind, one binary per reported version. */

export type PluginType = "secret" | "auth" | "database";

export interface PluginBuild {
  /** The name to register the binary under in the catalog. */
  name: string;
  type: PluginType;
  /** The version the binary reports to the server (set with -ldflags -X). */
  version: string;
  /** The Go package to build, relative to the module root. */
  pkg: string;
  /** True for the variant that exits before the plugin handshake. */
  broken?: boolean;
}

export const VERSION_VARIABLE = "sysplugins/testplugins/backend.Version";

export const PLUGIN_BUILDS: readonly PluginBuild[] = [
  { name: "sysplugins-secret", type: "secret", version: "v1.0.0", pkg: "./cmd/secret" },
  { name: "sysplugins-secret", type: "secret", version: "v1.0.1", pkg: "./cmd/secret" },
  { name: "sysplugins-auth", type: "auth", version: "v1.0.0", pkg: "./cmd/auth" },
  { name: "sysplugins-auth", type: "auth", version: "v1.0.1", pkg: "./cmd/auth" },
  { name: "sysplugins-database", type: "database", version: "v1.0.0", pkg: "./cmd/database" },
  { name: "sysplugins-database", type: "database", version: "v1.0.1", pkg: "./cmd/database" },
  { name: "sysplugins-broken", type: "secret", version: "v1.0.2", pkg: "./cmd/broken", broken: true },
];

/** The file a build is written to: `NAME-VERSION`, so every version of a plugin sits in one directory. */
export function fileName(build: PluginBuild): string {
  return `${build.name}-${build.version}`;
}
