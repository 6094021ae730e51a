/** Rates per N inhabitants and changes between two values. */
import { roundTo } from './format.js';

/** count ÷ population × per. `population` must be > 0 (the validator guarantees it). */
export function computeRate(count: number, population: number, per: number): number {
  return (count / population) * per;
}

/**
 * True when a stated rate agrees with the one computed from count and population:
 * within half a unit of the displayed precision, and shown the same at `decimals`
 * (17.04 and 17.0 agree at 1 decimal; 17.06 does not; a stated 22.6 and a computed
 * 22.18 are within half a unit at 0 decimals but show as 23 and 22, so they do not).
 * A relative epsilon absorbs binary floating-point noise in the computed rate.
 */
export function ratesAgree(stated: number, computed: number, decimals: number): boolean {
  const half = 0.5 * 10 ** -decimals;
  const noise = 1e-9 * Math.max(1, Math.abs(computed));
  if (Math.abs(stated - computed) > half + noise) return false;
  const shown = roundTo(stated, decimals);
  return shown === roundTo(computed, decimals) || shown === roundTo(computed + noise, decimals) || shown === roundTo(computed - noise, decimals);
}

/**
 * Percent change from `from` to `to` ((to − from) ÷ |from| × 100), or `null` when it is
 * undefined: a missing value, or a start of zero (a rise from 0 has no percent).
 */
export function percentChange(from: number | null | undefined, to: number | null | undefined): number | null {
  if (typeof from !== 'number' || typeof to !== 'number' || !Number.isFinite(from) || !Number.isFinite(to)) return null;
  if (from === 0) return to === 0 ? 0 : null;
  return ((to - from) / Math.abs(from)) * 100;
}

/** How many times `value` is `reference` (1.4 → "1.4 times"), or `null` for a zero reference. */
export function ratio(value: number, reference: number): number | null {
  if (!Number.isFinite(value) || !Number.isFinite(reference) || reference === 0) return null;
  return value / reference;
}
