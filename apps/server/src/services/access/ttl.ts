// framework.CalculateTTL, in whole seconds: the TTL a token gets at creation or renewal, capped by the
// effective max TTL (the system's, or the token's explicit max if lower) counted from when it was issued.
import { humanDuration } from "./times.js";

export interface TtlInput {
  increment: number;
  backendTtl: number;
  period: number;
  explicitMaxTtl: number;
  /** Unix seconds the lease started (its issue time). */
  start: number;
  /** Unix seconds now. */
  now: number;
  systemDefault: number;
  systemMax: number;
}

export class TtlError extends Error {}

export function calculateTtl(i: TtlInput): { ttl: number; warnings: string[] } {
  const warnings: string[] = [];
  let maxTtl = i.systemMax;
  if (i.explicitMaxTtl > 0 && i.explicitMaxTtl < maxTtl) maxTtl = i.explicitMaxTtl;
  if (maxTtl <= 0) throw new TtlError("max TTL must be greater than zero");
  let ttl: number;
  let maxValid: number | undefined;
  if (i.period > 0) {
    let period = i.period;
    if (period > maxTtl) {
      warnings.push(
        `period of "${humanDuration(period)}" exceeded the effective max_ttl of "${humanDuration(maxTtl)}"; period value is capped accordingly`,
      );
      period = maxTtl;
    }
    ttl = period;
    if (i.explicitMaxTtl > 0) maxValid = i.start + i.explicitMaxTtl;
  } else {
    ttl = i.increment > 0 ? i.increment : i.backendTtl > 0 ? i.backendTtl : i.systemDefault;
    maxValid = i.start + maxTtl;
  }
  if (maxValid !== undefined) {
    const left = maxValid - i.now;
    if (left <= 0) throw new TtlError("past the max TTL, cannot renew");
    if (left < ttl) {
      warnings.push(
        `TTL of "${humanDuration(ttl)}" exceeded the effective max_ttl of "${humanDuration(left)}"; TTL value is capped accordingly`,
      );
      ttl = left;
    }
  }
  return { ttl, warnings };
}
