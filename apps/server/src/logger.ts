// A small leveled logger writing one JSON line per event to a stream. Callers pass fields explicitly, and
// nothing in this server passes request headers, bodies or tokens: secrets never reach the log.

export const logLevels = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof logLevels)[number];

export interface Logger {
  /** Whether events at this level are written (to skip building fields that would be dropped). */
  enabled(level: Exclude<LogLevel, "silent">): boolean;
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export function createLogger(level: LogLevel, stream: NodeJS.WritableStream = process.stderr): Logger {
  const threshold = logLevels.indexOf(level);
  const at =
    (lvl: Exclude<LogLevel, "silent">) =>
    (message: string, fields: Record<string, unknown> = {}): void => {
      if (logLevels.indexOf(lvl) < threshold) return;
      stream.write(`${JSON.stringify({ time: new Date().toISOString(), level: lvl, message, ...fields })}\n`);
    };
  return {
    enabled: (lvl) => logLevels.indexOf(lvl) >= threshold,
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
  };
}
