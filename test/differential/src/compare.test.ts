import { describe, expect, it } from "vitest";
import { compare } from "./compare.js";
import { normalise } from "./normalise.js";
import type { Exchange, Target } from "./run.js";

const target = (pluginDir: string): Target => ({ name: "t", address: "", token: "", pluginDir });
const exchange = (status: number, json: unknown, contentType = "application/json", end = "\n"): Exchange => ({
  step: { method: "GET", path: "x" },
  status,
  contentType,
  text: `${JSON.stringify(json)}${end}`,
  json,
});

describe("normalise then compare", () => {
  const cases: [string, Exchange, Exchange, string[]][] = [
    [
      "request ids, accessors, uuids and pids are placeholders",
      exchange(200, {
        request_id: "a",
        data: { accessor: "kv_1", uuid: "u1", pid: 1, note: "id 0b1e4e7a-8c8d-4f4e-9e2b-2f0c8f0c1a11" },
      }),
      exchange(200, {
        request_id: "b",
        data: { accessor: "kv_2", uuid: "u2", pid: 2, note: "id 11111111-2222-3333-4444-555555555555" },
      }),
      [],
    ],
    [
      "each server's plugin directory reads the same",
      exchange(500, { errors: ["lstat /tmp/ours/missing: no such file"] }),
      exchange(500, { errors: ["lstat /tmp/bao/missing: no such file"] }),
      [],
    ],
    [
      "a status, a header and a nested field that differ are each reported",
      exchange(200, { data: { version: "v1.0.0", keys: ["a"] } }),
      exchange(204, { data: { version: "v1.0.1", keys: ["a"] } }, "application/json; charset=utf-8"),
      ["status", "content-type", "body.data.version"],
    ],
    [
      "a missing field and arrays of other lengths differ",
      exchange(200, { data: { keys: ["a"] }, warnings: null }),
      exchange(200, { data: { keys: ["a", "b"] } }),
      ["body.data.keys", "body.warnings"],
    ],
    [
      "a JSON body without Go's final newline differs",
      exchange(200, { a: 1 }, "application/json", ""),
      exchange(200, { a: 1 }),
      ["body-ending"],
    ],
    [
      "an empty accessor is kept",
      exchange(200, { accessor: "" }),
      exchange(200, { accessor: "x" }),
      ["body.accessor"],
    ],
  ];
  it.each(cases)("%s", (_, ours, theirs, want) => {
    const diffs = compare(normalise(ours, target("/tmp/ours")), normalise(theirs, target("/tmp/bao")));
    expect(diffs.map((d) => d.where)).toEqual(want);
  });
});
