import type { HostLogger, LogLevel } from "../types.js";

export interface LogRecord {
  level: LogLevel;
  message: string;
  fields?: Record<string, unknown>;
}

export class RecordingLogger implements HostLogger {
  readonly records: LogRecord[] = [];
  log(level: LogLevel, message: string, fields?: Record<string, unknown>): void {
    this.records.push({ level, message, ...(fields ? { fields } : {}) });
  }
}
