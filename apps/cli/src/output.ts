// Tables for people (with Vault's separator row under the header), JSON for scripts.

export interface Output {
  json: boolean;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Columns as Vault's CLI prints them: the header, a row of dashes as long as each header, the rows. */
export function table(rows: string[][]): string {
  const [header, ...body] = rows;
  if (!header) return "";
  const all = [header, header.map((h) => "-".repeat(h.length)), ...body];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  return all
    .map((r) =>
      r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join("    ")
        .trimEnd(),
    )
    .join("\n");
}

/** Key/value pairs, as `vault read` prints them. */
export function keyValues(data: Record<string, unknown>): string {
  return table([
    ["Key", "Value"],
    ...Object.entries(data).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]),
  ]);
}

export const short = (sha: string) => (sha ? `${sha.slice(0, 12)}…` : "");

/** A progress line's timestamp, as Vault's logs write them (UTC, seconds). */
export const stamp = (now = new Date()) => `${now.toISOString().slice(0, 19)}Z`;

/**
 * Go's multierror list ("2 errors occurred:\n\t* A\n\t* A") said once when every item is the same, as
 * OpenBao's database engine answers a plugin that does not start (its v5 attempt, then its v4 one).
 */
export function collapseRepeated(message: string): string {
  const m = /(\d+) errors occurred:\n\t\* ([\s\S]*)$/.exec(message);
  if (!m) return message;
  const items = (m[2] ?? "").split("\n\t* ").map((i) => i.trimEnd());
  if (items.length < 2 || items.some((i) => i !== items[0])) return message;
  return `${message.slice(0, m.index)}${m[1]} errors occurred, all the same: ${items[0]}`;
}

/** The first line of a message, and a pointer to the rest when there is more. */
export const firstLine = (message: string) => {
  const [first = "", ...rest] = message.split("\n");
  return rest.length > 0 ? `${first.trimEnd()} … (in full above)` : first;
};
