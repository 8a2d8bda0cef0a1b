// The from / to filters of the statistics.
import { describe, expect, it } from 'vitest';
import { parseDateRange } from '../src/stats/dateRange.ts';

describe('parseDateRange', () => {
  it('reads a date as the whole day in China Standard Time, both ends inclusive', () => {
    expect(parseDateRange('2026-04-29', '2026-04-29')).toEqual({ from: '2026-04-28T16:00:00.000Z', to: '2026-04-29T15:59:59.999Z' });
  });

  it('reads an instant with a zone as it is', () => {
    expect(parseDateRange('2026-04-30T10:00:00+08:00', '2026-04-30T03:00:00Z')).toEqual({ from: '2026-04-30T02:00:00.000Z', to: '2026-04-30T03:00:00.000Z' });
  });

  it('leaves an absent end open', () => {
    expect(parseDateRange(undefined, undefined)).toEqual({ from: null, to: null });
    expect(parseDateRange(undefined, '2026-01-01').from).toBeNull();
  });

  it('refuses what is neither, a day that does not exist, an instant without a zone, repeated parameters and a reversed range', () => {
    for (const bad of ['yesterday', '2026-02-30', '2026-04-30T10:00:00', ['2026-01-01', '2026-01-02']]) {
      expect(() => parseDateRange(bad, undefined), JSON.stringify(bad)).toThrow(/from must be a date/);
    }
    expect(() => parseDateRange('2026-05-01', '2026-04-30')).toThrow(/from must not be after to/);
  });
});
