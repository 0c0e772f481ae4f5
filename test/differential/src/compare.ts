// Field-by-field comparison of two normalised answers.
import type { Normalised } from "./normalise.js";

export interface Diff {
  /** "status", "content-type", or the body path: "body.data.version", "body.errors[0]". */
  where: string;
  ours: unknown;
  openbao: unknown;
}

function walk(where: string, a: unknown, b: unknown, out: Diff[]): void {
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    for (const [i, x] of a.entries()) walk(`${where}[${i}]`, x, b[i], out);
    return;
  }
  const objects =
    a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b);
  if (objects) {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    for (const k of [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort()) {
      walk(`${where}.${k}`, ra[k], rb[k], out);
    }
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ where, ours: a, openbao: b });
}

export function compare(ours: Normalised, openbao: Normalised): Diff[] {
  const out: Diff[] = [];
  if (ours.status !== openbao.status)
    out.push({ where: "status", ours: ours.status, openbao: openbao.status });
  if (ours.ending !== openbao.ending)
    out.push({ where: "body-ending", ours: ours.ending, openbao: openbao.ending });
  if (ours.contentType !== openbao.contentType)
    out.push({ where: "content-type", ours: ours.contentType, openbao: openbao.contentType });
  walk("body", ours.body, openbao.body, out);
  return out;
}
