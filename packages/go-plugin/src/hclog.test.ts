import { describe, expect, it } from "vitest";
import { logStderrLine } from "./hclog.js";
import { RecordingLogger } from "./test-support/logger.js";

describe("logStderrLine", () => {
  it.each([
    {
      line: '{"@level":"warn","@message":"careful","@module":"kv","@timestamp":"2026-12-06T16:00:00.000000Z","n":1}',
      level: "warn",
      message: "careful",
      fields: { "@module": "kv", n: 1, timestamp: "2026-12-06T16:00:00.000000Z", pid: 7 },
    },
    { line: '{"@level":"TRACE","@message":"t"}', level: "trace", message: "t", fields: { pid: 7 } },
    { line: '{"@level":"loud","@message":"x"}', level: "debug", message: '{"@level":"loud","@message":"x"}' },
    { line: '{"no":"level"}', level: "debug", message: '{"no":"level"}' },
    { line: "[ERROR] plain", level: "error", message: "[ERROR] plain" },
    { line: "[WARN] plain", level: "warn", message: "[WARN] plain" },
    { line: "panic: boom", level: "debug", message: "panic: boom" },
    { line: "[1,2]", level: "debug", message: "[1,2]" },
  ])("$line", ({ line, level, message, fields }) => {
    const logger = new RecordingLogger();
    logStderrLine(logger, line, false, false, { pid: 7 });
    expect(logger.records).toEqual([{ level, message, fields: fields ?? { pid: 7 } }]);
  });

  it("logs the pieces of a line too long to hold at debug", () => {
    const logger = new RecordingLogger();
    logStderrLine(logger, '{"@level":"error","@message":"cut', true, false, {});
    logStderrLine(logger, ' here"}', false, true, {});
    expect(logger.records.map((r) => r.level)).toEqual(["debug", "debug"]);
  });
});
