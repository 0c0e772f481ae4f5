// parseutil.ParseDurationSecond: whole seconds, or a Go duration ("90s", "1h30m", "2d").
const units: Record<string, number> = {
  ns: 1e-9,
  us: 1e-6,
  µs: 1e-6,
  ms: 1e-3,
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
};
const part = /([0-9]*(?:\.[0-9]*)?)(ns|us|µs|ms|s|m|h|d)/y;

/** Seconds, or throws with Go's message. */
export function parseDurationSecond(input: string): number {
  if (/^-?[0-9]+$/.test(input)) return Number(input);
  const text = input.startsWith("-") || input.startsWith("+") ? input.slice(1) : input;
  let total = 0;
  part.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    part.lastIndex = at;
    const m = part.exec(text);
    if (!m || m[1] === "" || m[1] === ".") throw new Error(`time: invalid duration "${input}"`);
    total += Number(m[1]) * (units[m[2] as string] as number);
    at = part.lastIndex;
  }
  if (text.length === 0) throw new Error(`time: invalid duration "${input}"`);
  return Math.floor(input.startsWith("-") ? -total : total);
}
