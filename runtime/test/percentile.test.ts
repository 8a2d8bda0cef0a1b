// Percentiles, means and ratios of the statistics: exact on small known samples.
import { describe, expect, it } from 'vitest';
import { mean, median, percentile, ratio, rounded } from '../src/stats/percentile.ts';

describe('percentile (linear interpolation between closest ranks)', () => {
  it('gives the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([5, 1, 3, 1])).toBe(2);
    expect(median([7])).toBe(7);
  });

  it('interpolates other quantiles, as Excel PERCENTILE.INC and NumPy do', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 10);
    expect(percentile([1, 1, 3, 5], 0.9)).toBeCloseTo(4.4, 10);
    expect(percentile([4, 2], 0)).toBe(2);
    expect(percentile([4, 2], 1)).toBe(4);
    expect(percentile([0, 10], 0.25)).toBe(2.5);
  });

  it('is null for no values, and refuses a quantile outside 0–1', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    percentile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('mean, ratio and rounding', () => {
  it('are null where there is nothing to average or divide by', () => {
    expect(mean([])).toBeNull();
    expect(ratio(1, 0)).toBeNull();
    expect(rounded(null)).toBeNull();
  });

  it('round for reporting', () => {
    expect(mean([1, 2, 4])).toBeCloseTo(7 / 3, 10);
    expect(rounded(7 / 3)).toBe(2.33);
    expect(rounded(11 / 3)).toBe(3.67);
    expect(rounded(ratio(7, 19), 4)).toBe(0.3684);
    expect(rounded(ratio(3, 4), 4)).toBe(0.75);
  });
});
