// Times as Go's encoding/json writes a time.Time (RFC 3339 with nanoseconds, trailing zeros dropped), and
// durations as framework.humanDuration words them.

/** RFC 3339 in UTC with the fraction's trailing zeros dropped, as Go's RFC3339Nano. */
export function goTime(d: Date): string {
  const iso = d.toISOString(); // 2026-12-06T15:57:22.470Z
  const [whole, fraction = ""] = iso.slice(0, -1).split(".");
  const trimmed = fraction.replace(/0+$/, "");
  return `${whole}${trimmed ? `.${trimmed}` : ""}Z`;
}

/** time.Duration.String() of whole seconds, then humanDuration's trimming ("1h0m0s" -> "1h"). */
export function humanDuration(seconds: number): string {
  if (seconds === 0) return "0s";
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  let out = h > 0 ? `${h}h${m}m${s}s` : m > 0 ? `${m}m${s}s` : `${s}s`;
  if (out.endsWith("m0s")) out = out.slice(0, -2);
  const at = out.indexOf("h0m");
  if (at > 0) out = out.slice(0, at + 1) + out.slice(at + 3);
  return out;
}
