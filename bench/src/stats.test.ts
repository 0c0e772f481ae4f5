import { describe, expect, it } from "vitest";
import { formatSpread, spread } from "./stats.js";
import { parseWrkSummary } from "./wrk.js";

describe("spread", () => {
  it.each([
    [[3], { median: 3, min: 3, max: 3 }],
    [[5, 1, 3], { median: 3, min: 1, max: 5 }],
    [[4, 1, 3, 2], { median: 2.5, min: 1, max: 4 }],
  ])("%j -> %j", (values, want) => expect(spread(values)).toEqual(want));

  it("refuses no values, formats a spread", () => {
    expect(() => spread([])).toThrow("no values");
    expect(formatSpread({ median: 2.5, min: 1, max: 4 }, 1)).toBe("2.5 (1.0–4.0)");
  });
});

describe("parseWrkSummary", () => {
  it("reads the JSON line the Lua done() hook prints among wrk's own output", () => {
    const out =
      'Running 1s test @ http://127.0.0.1:1\n  1 threads\n{"requests":100,"duration_us":1000000,"errors":0,"non2xx":2,"p50_us":900,"p99_us":2500}\n';
    expect(parseWrkSummary(out)).toEqual({
      requests: 100,
      seconds: 1,
      rps: 100,
      errors: 0,
      non2xx: 2,
      p50ms: 0.9,
      p99ms: 2.5,
    });
  });
  it("fails loudly without one", () => {
    expect(() => parseWrkSummary("nothing")).toThrow("no summary");
  });
});
