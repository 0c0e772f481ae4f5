// What must differ between two servers, replaced by placeholders before the comparison.
import type { Exchange, Target } from "./run.js";

/** Fields that are fresh per request, per mount or per process. */
const VOLATILE = new Set([
  "request_id",
  "reload_id",
  "uuid",
  "accessor",
  "client_token",
  "entity_id",
  "pid",
  "server_time_utc",
  "cluster_name",
  "cluster_id",
  // Token and policy times: when each server made or renewed them.
  "creation_time",
  "issue_time",
  "expire_time",
  "last_renewal",
  "last_renewal_time",
  "modified",
]);
/** Seconds left, which tick between two servers' answers: only whether there are any is compared. */
const COUNTDOWN = new Set(["ttl"]);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/**
 * A call to a plugin process that dies in the middle of it fails with one of two texts, whichever side
 * notices first (the gRPC stream's end, or go-plugin's watch of the process): measured on OpenBao 2.6.1
 * and 2.7.x under load. Both are the same event.
 */
const DROPPED_CALL =
  /rpc error: code = Unavailable desc = error reading from server: EOF|plugin is shut down/g;

function value(v: unknown, target: Target, key?: string): unknown {
  if (key && VOLATILE.has(key) && v !== "" && v !== null && v !== undefined) return `<${key}>`;
  if (key && COUNTDOWN.has(key) && typeof v === "number" && v > 0) return `<${key}>`;
  if (typeof v === "string") {
    return v
      .split(target.pluginDir)
      .join("<plugin_dir>")
      .replace(UUID, "<uuid>")
      .replace(DROPPED_CALL, "<the plugin's call dropped>");
  }
  if (Array.isArray(v)) return v.map((x) => value(x, target));
  if (v && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, value(x, target, k)]));
  }
  return v;
}

export interface Normalised {
  status: number;
  contentType: string | null;
  /** How a JSON body ends: Go's encoder writes a newline after the value ("" for an empty body). */
  ending: string;
  body: unknown;
}

export function normalise(exchange: Exchange, target: Target): Normalised {
  return {
    status: exchange.status,
    contentType: exchange.contentType,
    ending: exchange.json === undefined ? "" : exchange.text.endsWith("\n") ? "newline" : "none",
    body: exchange.json === undefined ? exchange.text : value(exchange.json, target),
  };
}
