// Tables for people, JSON for scripts.

export interface Output {
  json: boolean;
  out: (text: string) => void;
  err: (text: string) => void;
}

export function table(rows: string[][]): string {
  if (rows.length === 0) return "";
  const widths = (rows[0] as string[]).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows
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
    ["---", "-----"],
    ...Object.entries(data).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]),
  ]);
}

export const short = (sha: string) => (sha ? `${sha.slice(0, 12)}…` : "");
