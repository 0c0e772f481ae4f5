// Durations as Vault's clients read VAULT_CLIENT_TIMEOUT (go-secure-stdlib parseutil.ParseDurationSecond):
// a bare integer is seconds, "Nd" is days, anything else is a Go duration ("1m30s", "250ms", "1.5h").

const units: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Milliseconds, or undefined when `text` is not a duration. */
export function parseDurationSecond(text: string): number | undefined {
  const s = text.trim();
  if (s === "") return 0;
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  const days = /^(\d+)d$/.exec(s);
  if (days) return Number(days[1]) * 86_400_000;
  const sign = s.startsWith("-") ? -1 : 1;
  const body = s.replace(/^[+-]/, "");
  if (body === "0") return 0;
  const part = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;
  let total = 0;
  let at = 0;
  while (at < body.length) {
    part.lastIndex = at;
    const m = part.exec(body);
    if (!m) return undefined;
    total += Number(m[1]) * (units[m[2] as string] as number);
    at = part.lastIndex;
  }
  return at === 0 ? undefined : sign * total;
}
