// Percentiles of a sample, by linear interpolation between the closest ranks (the "R-7" / Excel
// PERCENTILE.INC / NumPy default method, and PostgreSQL's percentile_cont): the median of an even count is
// the mean of the middle two, p90 of [1..10] is 9.1. Null for an empty sample.

/** The p-quantile (0 ≤ p ≤ 1) of values already in ascending order (as an ORDER BY gives them). */
export function percentileOfSorted(sorted: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a quantile is from 0 to 1, got ${p}`);
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const below = sorted[lower] as number;
  const above = sorted[Math.min(lower + 1, sorted.length - 1)] as number;
  return below + (h - lower) * (above - below);
}

/** The p-quantile (0 ≤ p ≤ 1) of the values (in any order). */
export function percentile(values: readonly number[], p: number): number | null {
  return percentileOfSorted([...values].sort((a, b) => a - b), p);
}

export const median = (values: readonly number[]): number | null => percentile(values, 0.5);

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** A ratio, or null when there is nothing to divide by. */
export const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Rounded to `digits` decimals for reporting (null stays null). */
export function rounded(value: number | null, digits = 2): number | null {
  if (value === null) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
