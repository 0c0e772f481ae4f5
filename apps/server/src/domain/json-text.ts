// JSON of plain data nested as deep as Go's decoder accepts (10,000 levels), on every path that writes,
// copies or compares it. V8's JSON.parse does not recurse, but JSON.stringify, structuredClone and
// util.isDeepStrictEqual do, and overflow the stack a few thousand levels down: these fall back to a walk
// with its own stack. Values are JSON data (no toJSON, no cycles); undefined members are left out and
// undefined array items become null, as JSON.stringify does.

const quote = (s: string) => JSON.stringify(s);

/** A walk with an explicit stack. `sortKeys`: members in code-unit order (a canonical text). */
function walk(value: unknown, sortKeys: boolean): string {
  const out: string[] = [];
  // Each item is text to emit as it is, or a value (boxed) to write.
  const stack: Array<string | { v: unknown }> = [{ v: value }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item === "string") {
      out.push(item);
      continue;
    }
    const v = item.v;
    if (v === null || typeof v !== "object") {
      out.push(v === undefined || typeof v === "function" ? "null" : JSON.stringify(v));
      continue;
    }
    if (Array.isArray(v)) {
      stack.push("]");
      for (let i = v.length - 1; i >= 0; i--) {
        stack.push({ v: v[i] });
        if (i > 0) stack.push(",");
      }
      stack.push("[");
      continue;
    }
    const entries = Object.entries(v).filter(([, m]) => m !== undefined && typeof m !== "function");
    if (sortKeys) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    stack.push("}");
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, m] = entries[i] as [string, unknown];
      stack.push({ v: m });
      stack.push(`${i > 0 ? "," : ""}${quote(k)}:`);
    }
    stack.push("{");
  }
  return out.join("");
}

const overflowed = (err: unknown) => err instanceof RangeError;

/** JSON.stringify(value), also for values nested too deep for it. */
export function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (err) {
    if (!overflowed(err)) throw err;
    return walk(value, false);
  }
}

/** The same text for equal JSON values whatever the order of their members. */
export function canonicalJson(value: unknown): string {
  return walk(value, true);
}

/** Whether two JSON values are equal (member order aside). */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** A deep copy of JSON data, also for values nested too deep for structuredClone. */
export function copyJson<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch (err) {
    if (!overflowed(err)) throw err;
    return value === undefined ? value : (JSON.parse(walk(value, false)) as T);
  }
}
