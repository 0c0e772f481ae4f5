// How Go's fmt prints a decoded JSON value with %v, for messages that quote a request's input as Vault's
// do: a map as map[k:v …] with its keys sorted, a slice as [a b], nil as <nil>, strings bare. Numbers are
// json.Number in Vault (its decoder keeps their text); the parsed number's shortest text stands in for it.
// Walks with its own stack: the value may be nested as deep as the body parser allows.

export function goFormat(value: unknown): string {
  const out: string[] = [];
  const stack: Array<string | { v: unknown }> = [{ v: value }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item === "string") {
      out.push(item);
      continue;
    }
    const v = item.v;
    if (v === null || v === undefined) out.push("<nil>");
    else if (Array.isArray(v)) {
      stack.push("]");
      for (let i = v.length - 1; i >= 0; i--) {
        stack.push({ v: v[i] });
        if (i > 0) stack.push(" ");
      }
      stack.push("[");
    } else if (typeof v === "object") {
      const keys = Object.keys(v).sort();
      stack.push("]");
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i] as string;
        stack.push({ v: (v as Record<string, unknown>)[k] });
        stack.push(`${i > 0 ? " " : ""}${k}:`);
      }
      stack.push("map[");
    } else out.push(String(v));
  }
  return out.join("");
}
