export const pluginTypes = ["auth", "database", "secret"] as const;
export type PluginType = (typeof pluginTypes)[number];
/** A catalog entry's type: "unknown" marks a legacy registration made without a type. */
export type CatalogType = PluginType | "unknown";
