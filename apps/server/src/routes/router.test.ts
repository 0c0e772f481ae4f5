// Routes are typed wiring: an operationId must be the contract's, and an operation whose contract takes a
// body cannot be wired without its validator (the server stops at boot).
import { contract } from "@sysplugins/api";
import { describe, expect, it } from "vitest";
import { handler } from "../http/contract-types.js";
import { bodyValidators } from "../http/validation.js";
import { createRouter, type Route } from "./router.js";

const pinSet = handler("plugins-catalog-pins-create-pinned-version", () => ({ data: null }));
const route: Route = {
  pattern: /^\/v1\/sys\/plugins\/pins\/(secret)\/(x)$/,
  params: ["type", "name"],
  ops: { update: pinSet },
};

describe("createRouter", () => {
  it("refuses at boot an operation with a body and no validator", () => {
    expect(() => createRouter([route], contract, new Map())).toThrow(
      "no request validator for operation plugins-catalog-pins-create-pinned-version",
    );
  });

  it("wires it when the contract's validator is there", () => {
    expect(() => createRouter([route], contract, bodyValidators(contract))).not.toThrow();
  });

  it("takes only the contract's operationIds, and their types", () => {
    // @ts-expect-error: not an operation of the contract
    handler("plugins-catalog-pins-create-pinned-versions", () => ({}));
    // @ts-expect-error: a pin read's data is a pin, not a list of keys
    handler("plugins-catalog-pins-read-pinned-version", () => ({ data: { keys: [] } }));
    handler("plugins-catalog-pins-read-pinned-version", ({ path }) => ({
      data: { name: path.name, type: path.type, version: "v1.0.0" },
    }));
  });
});
