// Every shape measured on the real releases (POST sys/plugins/catalog/secret/x with the body as text/plain,
// bao server -dev 2.6.1 and 2.7.0/2.7.2, 2026-12-06): the text after "failed to decode JSON input: ", or
// the value when the release accepted the body.
import { describe, expect, it } from "vitest";
import { goDecode, quoteChar } from "./go-json-decoder.js";

type Want = string | { value: unknown };
const cases: [body: string, openbao261: Want, openbao27: Want][] = [
  ["{not json", "invalid character 'n'", "invalid character 'o' in literal null (expecting 'u')"],
  ["{", "unexpected EOF", "unexpected EOF"],
  ['{"a":}', "invalid character '}' looking for beginning of value", "missing value after object key"],
  ['{"a" 1}', "invalid character '1' after object key", "invalid character '1' after object key"],
  [
    '{"a":1,}',
    "invalid character '}' looking for beginning of object key string",
    "invalid character ',' looking for beginning of value",
  ],
  [
    '{"a":1}x',
    "invalid character 'x' looking for beginning of value",
    "invalid character 'x' looking for beginning of value",
  ],
  ['{"a":1} {"b":2}', { value: { a: 1 } }, { value: { a: 1 } }],
  ['{"a":"\\x"}', "invalid character 'x' in string escape code", "invalid escape sequence `\\x` in string"],
  ['{"sha256":"00"', "unexpected EOF", "unexpected EOF"],
  [
    '{"a":[1,}',
    "invalid character '}' looking for beginning of value",
    "invalid character ',' looking for beginning of value",
  ],
  ["{'a':1}", "invalid character '\\''", "invalid character '\\'' looking for beginning of value"],
  [
    '{"a":nul}',
    "invalid character '}' in literal null (expecting 'l')",
    "invalid character '}' in literal null (expecting 'l')",
  ],
  [
    '{"a":1]',
    "invalid character ']' after object key:value pair",
    "invalid character ']' after object key:value pair",
  ],
  ["[", "unexpected EOF", "unexpected EOF"],
  ["[1,2]", { value: [1, 2] }, { value: [1, 2] }],
];

describe("goDecode, as OpenBao's releases answered", () => {
  it.each(cases)("%s", (body, v1, v2) => {
    const as = (w: Want) => (typeof w === "string" ? { error: w } : w);
    expect(goDecode(body, "go-stream-1")).toEqual(as(v1));
    expect(goDecode(body, "go-stream-2")).toEqual(as(v2));
  });
});

describe("quoteChar", () => {
  it.each([
    ["x", "'x'"],
    ["'", "'\\''"],
    ['"', `'"'`],
    ["\n", "'\\n'"],
    ["\u0001", "'\\x01'"],
  ])("%j is %s", (c, want) => expect(quoteChar(c)).toBe(want));
});
