// Which logical operation a request is (http/logical.go buildLogicalRequestNoAuth): LIST is the LIST
// method (renamed LINK by the front) or GET with a true `list`; POST and PUT update; DELETE deletes.
import { parseBool } from "@sysplugins/go-semantics";
import { VaultError } from "./vault-error.js";

export type Operation = "read" | "list" | "update" | "delete";

export function operationOf(method: string, list: string | string[] | undefined): Operation {
  switch (method) {
    case "LINK":
    case "LIST":
      return "list";
    case "GET": {
      if (list === undefined) return "read";
      const value = Array.isArray(list) ? (list[0] ?? "") : list;
      const parsed = parseBool(value);
      if (parsed === undefined) throw VaultError.status(400, []);
      return parsed ? "list" : "read";
    }
    case "POST":
    case "PUT":
      return "update";
    case "DELETE":
      return "delete";
    default:
      throw VaultError.status(405, []);
  }
}
