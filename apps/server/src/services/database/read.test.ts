import { describe, expect, it } from "vitest";
import type { ConnectionRecord } from "./connection.js";
import { connectionView } from "./read.js";

const record: ConnectionRecord = {
  plugin_name: "my-db-plugin",
  plugin_version: "v1.0.0",
  verify_connection: false,
  allowed_roles: [],
  root_credentials_rotate_statements: [],
  password_policy: "",
  connection_details: {
    connection_url: "postgres://admin:secret@db/app",
    username: "admin",
    password: "secret",
    private_key: "k",
    service_account_json: "{}",
  },
};

describe("connectionView", () => {
  it("returns the stored fields without secrets and with the running version", () => {
    expect(connectionView(record, "v1.0.0", undefined)).toEqual({
      data: {
        plugin_name: "my-db-plugin",
        plugin_version: "v1.0.0",
        running_plugin_version: "v1.0.0",
        connection_details: { connection_url: "postgres://admin:xxxxx@db/app", username: "admin" },
        allowed_roles: [],
        root_credentials_rotate_statements: [],
        password_policy: "",
        verify_connection: false,
      },
      warnings: [],
    });
  });

  it.each<[string, ConnectionRecord, string | undefined, string | undefined, string[]]>([
    [
      "pinned",
      record,
      "v1.0.1",
      "v1.0.1",
      ['Plugin version is configured as "v1.0.0", but running "v1.0.1" because that version is pinned'],
    ],
    [
      "not yet reloaded",
      record,
      "v0.9.0",
      undefined,
      [
        'Plugin version is configured as "v1.0.0", but running "v0.9.0" either due to a pinned version or because the plugin was upgraded and not yet reloaded',
      ],
    ],
    ["unversioned configuration", { ...record, plugin_version: "" }, "v1.0.1", "v1.0.1", []],
    ["not running", record, undefined, undefined, []],
  ])("warnings when %s", (_name, r, running, pin, warnings) => {
    expect(connectionView(r, running, pin).warnings).toEqual(warnings);
  });

  it("leaves running_plugin_version out when nothing runs or the version is empty", () => {
    expect(connectionView(record, undefined, undefined).data).not.toHaveProperty("running_plugin_version");
    expect(connectionView(record, "", undefined).data).not.toHaveProperty("running_plugin_version");
  });

  it("shows a stored builtin version as empty", () => {
    expect(
      connectionView({ ...record, plugin_version: "v1.12.0+builtin.vault" }, "", undefined).data
        .plugin_version,
    ).toBe("");
  });
});
