import { describe, expect, it } from "vitest";
import { dropNulls, parseVaultBody } from "./body.js";

describe("parseVaultBody", () => {
  it.each([
    ["", "application/json", {}],
    ["  ", "", {}],
    ["null", "application/json", {}],
    ['{"a":1}', "text/plain;charset=UTF-8", { a: 1 }],
    ['{"a":1}', "application/x-www-form-urlencoded", { a: 1 }],
    ["a=1&b=two", "application/x-www-form-urlencoded", { a: "1", b: "two" }],
  ])("%j as %j", (text, type, want) => {
    expect(parseVaultBody(text, type)).toEqual(want);
  });

  it.each(["{", "[1]", '"s"', "1", "a=1"])("%j is not a JSON object: error parsing JSON", (text) => {
    expect(() => parseVaultBody(text, "application/json")).toThrow("error parsing JSON");
  });

  it("refuses nesting deeper than Go's decoder does, without overflowing the stack", () => {
    const deep = `${"[".repeat(20_000)}${"]".repeat(20_000)}`;
    expect(() => dropNulls(parseVaultBody(`{"a":${deep}}`, "application/json"))).toThrow(
      "error parsing JSON",
    );
    const shallow = `${"[".repeat(100)}${"]".repeat(100)}`;
    expect(() => dropNulls(parseVaultBody(`{"a":${shallow}}`, "application/json"))).not.toThrow();
  });

  it("drops nulls at every depth", () => {
    expect(dropNulls({ a: null, b: 1, c: { d: null, e: [null] } })).toEqual({ b: 1, c: { e: [null] } });
  });
});
