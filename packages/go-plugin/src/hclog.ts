// The plugin's stderr into the host's logger, as go-plugin's client does it: a JSON line of hclog's
// (with @level, @message, @timestamp) at its level with its other keys as fields; a plain line at the
// level its [TRACE]/[DEBUG]/[INFO]/[WARN]/[ERROR] prefix names, else at debug; a line too long to hold
// in pieces at debug.
import type { HostLogger, LogLevel } from "./types.js";

const LEVELS: readonly LogLevel[] = ["trace", "debug", "info", "warn", "error"];

function levelFromString(text: unknown): LogLevel | undefined {
  if (typeof text !== "string") return undefined;
  const level = text.trim().toLowerCase();
  return (LEVELS as readonly string[]).includes(level) ? (level as LogLevel) : undefined;
}

export function logStderrLine(
  logger: HostLogger,
  line: string,
  partial: boolean,
  continuation: boolean,
  base: Record<string, unknown>,
): void {
  if (partial || continuation) {
    logger.log("debug", line, base);
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    parsed = undefined;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    const prefix = /^\[(TRACE|DEBUG|INFO|WARN|ERROR)\]/.exec(line)?.[1];
    logger.log(prefix ? (prefix.toLowerCase() as LogLevel) : "debug", line, base);
    return;
  }
  const {
    "@level": level,
    "@message": message,
    "@timestamp": timestamp,
    ...rest
  } = parsed as Record<string, unknown>;
  const known = levelFromString(level);
  if (!known) {
    logger.log("debug", line, base);
    return;
  }
  const fields: Record<string, unknown> = { ...base, ...rest };
  if (typeof timestamp === "string") fields.timestamp = timestamp;
  logger.log(known, typeof message === "string" ? message : "", fields);
}
