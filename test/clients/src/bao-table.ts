// Reads the tables the bao (and vault) CLI prints: a header line, a line of dashes per column, then rows.
// Columns are located by the runs of dashes, so values with single spaces ("per-token private secret
// storage") stay whole.

export type Row = Record<string, string>;

export function parseTable(output: string): Row[] {
  const lines = output.split("\n");
  const dashes = lines.findIndex((l) => /^-+(\s+-+)*\s*$/.test(l) && l.trim() !== "");
  if (dashes < 1) throw new Error(`no table in:\n${output}`);
  const header = lines[dashes - 1] as string;
  const starts = [...(lines[dashes] as string).matchAll(/-+/g)].map((m) => m.index);
  const cut = (line: string) =>
    starts.map((start, i) => line.slice(start, starts[i + 1] ?? line.length).trim());
  const names = cut(header);
  return lines
    .slice(dashes + 1)
    .filter((l) => l.trim() !== "")
    .map((line) => Object.fromEntries(cut(line).map((value, i) => [names[i] as string, value])));
}

/** A two-column Key/Value table as an object. */
export function parseKeyValues(output: string): Record<string, string> {
  return Object.fromEntries(parseTable(output).map((row) => [row.Key as string, row.Value as string]));
}
