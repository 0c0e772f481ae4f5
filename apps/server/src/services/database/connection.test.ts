import { describe, expect, it } from "vitest";
import { type ConnectionRecord, connectionWarnings, mergeConnection, redactUrl } from "./connection.js";

const stored: ConnectionRecord = {
  plugin_name: "my-db-plugin",
  plugin_version: "v1.0.0",
  verify_connection: false,
  allowed_roles: ["a", "b"],
  root_credentials_rotate_statements: ["ALTER"],
  password_policy: "pp",
  connection_details: { connection_url: "postgres://{{username}}@db", username: "admin", password: "pw" },
};

describe("mergeConnection", () => {
  it("create: defaults for what is omitted, the rest are connection details", () => {
    const { record, requestedVersion, unrecognized } = mergeConnection(undefined, {
      plugin_name: "my-db-plugin",
      username: "u",
      connection_url: "x",
    });
    expect(requestedVersion).toBeUndefined();
    expect(unrecognized).toEqual(["connection_url", "username"]);
    expect(connectionWarnings(record, unrecognized)).toEqual([]);
    const withPassword = { ...record, connection_details: { connection_url: "postgres://u:p@db/x" } };
    expect(connectionWarnings(withPassword, unrecognized)).toEqual([
      "Password found in connection_url, use a templated url to enable root rotation and prevent read access to password information.",
      "Endpoint ignored these unrecognized parameters: [connection_url username]",
    ]);
    expect(record).toEqual({
      plugin_name: "my-db-plugin",
      plugin_version: "",
      verify_connection: true,
      allowed_roles: [],
      root_credentials_rotate_statements: [],
      password_policy: "",
      connection_details: { connection_url: "x", username: "u" },
    });
  });

  it("update with only plugin_version keeps every other parameter", () => {
    const { record, requestedVersion, unrecognized } = mergeConnection(stored, { plugin_version: "v1.0.1" });
    expect(requestedVersion).toBe("v1.0.1");
    expect(unrecognized).toEqual([]);
    expect(record).toEqual(stored);
    expect(record.connection_details).not.toBe(stored.connection_details);
  });

  it("update merges details over the stored ones and replaces named fields that are given", () => {
    const { record } = mergeConnection(stored, {
      username: "other",
      max_open_connections: 4,
      allowed_roles: "x, y,",
      verify_connection: "true",
    });
    expect(record.connection_details).toEqual({
      ...stored.connection_details,
      username: "other",
      max_open_connections: 4,
    });
    expect(record.allowed_roles).toEqual(["x", "y"]);
    expect(record.verify_connection).toBe(true);
    expect(record.password_policy).toBe("pp");
  });

  it.each<[string, Record<string, unknown>, unknown]>([
    ["allowed_roles as an array", { allowed_roles: ["r1", "r2"] }, ["r1", "r2"]],
    ["root_rotation_statements as one string", { root_rotation_statements: "ALTER USER" }, ["ALTER USER"]],
    ["verify_connection as 0", { verify_connection: 0 }, false],
    ["plugin_name as a number", { plugin_name: 7 }, "7"],
  ])("weak typing: %s", (_name, body, expected) => {
    const { record } = mergeConnection(stored, body);
    const value =
      "allowed_roles" in body
        ? record.allowed_roles
        : "root_rotation_statements" in body
          ? record.root_credentials_rotate_statements
          : "verify_connection" in body
            ? record.verify_connection
            : record.plugin_name;
    expect(value).toEqual(expected);
  });

  it.each<[string, ConnectionRecord | undefined, Record<string, unknown>, string]>([
    ["create without plugin_name", undefined, { connection_url: "x" }, "empty plugin name"],
    ["update that empties plugin_name", stored, { plugin_name: "" }, "empty plugin name"],
    [
      "verify_connection that is not a boolean",
      stored,
      { verify_connection: "maybe" },
      'Field validation failed: error converting input maybe for field "verify_connection": cannot parse \'\' as bool: strconv.ParseBool: parsing "maybe": invalid syntax',
    ],
    [
      "plugin_version that is an object",
      stored,
      { plugin_version: {} },
      "Field validation failed: error converting input map[] for field \"plugin_version\": '' expected type 'string', got unconvertible type 'map[string]interface {}'",
    ],
    [
      "plugin_name that is a map, printed as Go prints it",
      undefined,
      { plugin_name: { b: 2, a: [1, "x", true, { c: 1.5 }] } },
      "Field validation failed: error converting input map[a:[1 x true map[c:1.5]] b:2] for field \"plugin_name\": '' expected type 'string', got unconvertible type 'map[string]interface {}'",
    ],
    [
      "allowed_roles holding a map (mapstructure's error for the element)",
      stored,
      { allowed_roles: ["r", { a: 1 }] },
      "Field validation failed: error converting input [r map[a:1]] for field \"allowed_roles\": 1 error(s) decoding:\n\n* '[1]' expected type 'string', got unconvertible type 'map[string]interface {}', value: 'map[a:1]'",
    ],
  ])("refuses %s with 400", (_name, base, body, message) => {
    expect(() => mergeConnection(base, body)).toThrow(message);
  });
});

describe("connection_url", () => {
  it.each<[string, string, boolean]>([
    ["postgres://user:secret@db:5432/app", "postgres://user:xxxxx@db:5432/app", true],
    [
      "postgres://{{username}}:{{password}}@db:5432/app",
      "postgres://{{username}}:{{password}}@db:5432/app",
      false,
    ],
    ["postgres://user@db/app", "postgres://user@db/app", false],
    ["host=db user=u password=p", "host=db user=u password=p", false],
    ["mysql://u:p@tcp(db:3306)/x", "mysql://u:xxxxx@tcp(db:3306)/x", true],
  ])("%s", (url, redacted, warns) => {
    expect(redactUrl(url)).toBe(redacted);
    const record = mergeConnection(undefined, { plugin_name: "p", connection_url: url }).record;
    expect(connectionWarnings(record).length > 0).toBe(warns);
  });
});
