// GET <mount>/config/:name as Vault's connectionReadHandler answers it: the stored fields, secrets left out,
// connection_url redacted, the running version when the connection runs, and one warning when configured
// and running versions differ.
import { isBuiltinVersion } from "../versions.js";
import { type ConnectionRecord, redactUrl } from "./connection.js";

/** Connection details a read never returns. */
const secretDetails = ["password", "private_key", "service_account_json"];

export interface ConnectionView {
  data: Record<string, unknown>;
  warnings: string[];
}

/**
 * `running` is the version the connection runs on this node, undefined when it could not be started.
 * `pin` is the plugin's pinned version, if any.
 */
export function connectionView(
  record: ConnectionRecord,
  running: string | undefined,
  pin: string | undefined,
): ConnectionView {
  const details: Record<string, unknown> = { ...record.connection_details };
  if (typeof details.connection_url === "string") details.connection_url = redactUrl(details.connection_url);
  for (const k of secretDetails) delete details[k];
  const pluginVersion = isBuiltinVersion(record.plugin_version) ? "" : record.plugin_version;

  const data: Record<string, unknown> = {
    plugin_name: record.plugin_name,
    plugin_version: pluginVersion,
  };
  if (running) data.running_plugin_version = running;
  Object.assign(data, {
    connection_details: details,
    allowed_roles: record.allowed_roles,
    root_credentials_rotate_statements: record.root_credentials_rotate_statements,
    password_policy: record.password_policy,
    verify_connection: record.verify_connection,
  });

  const warnings: string[] = [];
  if (running !== undefined && pluginVersion !== "" && pluginVersion !== running) {
    const why =
      pin === running
        ? " because that version is pinned"
        : " either due to a pinned version or because the plugin was upgraded and not yet reloaded";
    warnings.push(`Plugin version is configured as "${pluginVersion}", but running "${running}"${why}`);
  }
  return { data, warnings };
}
