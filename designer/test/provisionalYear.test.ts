// The designer's warning before publishing: the first year without a national holiday schedule that the
// longest committed time limit, counted from today, reaches.
import { nationalCalendar } from '@onego/engine';
import { describe, expect, it } from 'vitest';
import { blankBundle, type DesignDraft } from '../src/designer/draftModel.ts';
import { committedLimits, provisionalYear } from '../src/designer/provisionalYear.ts';

const calendar = nationalCalendar(); // 2025 and 2026 loaded
const LOADED = [2025, 2026];

describe('provisionalYear', () => {
  it('20 working days from 2026-12-07 reach 2027, which is not loaded', () => {
    expect(provisionalYear([{ days: 20, kind: 'working' }], '2026-12-07', LOADED, calendar)).toBe(2027);
  });

  it('5 working days from 2026-12-07 stay in 2026: no warning', () => {
    expect(provisionalYear([{ days: 5, kind: 'working' }], '2026-12-07', LOADED, calendar)).toBeNull();
  });

  it('counts working days: 3 working days from Tuesday 2026-12-29 end on Friday 2027-01-01 (Monday–Friday in 2027), 2 from Monday 2026-12-28 on 12-30', () => {
    expect(provisionalYear([{ days: 3, kind: 'working' }], '2026-12-29', LOADED, calendar)).toBe(2027);
    expect(provisionalYear([{ days: 2, kind: 'working' }], '2026-12-28', LOADED, calendar)).toBeNull();
  });

  it('takes the longest limit, natural days counted as calendar days', () => {
    expect(provisionalYear([{ days: 1, kind: 'working' }, { days: 30, kind: 'natural' }], '2026-12-07', LOADED, calendar)).toBe(2027);
    expect(provisionalYear([{ days: 24, kind: 'natural' }], '2026-12-07', LOADED, calendar)).toBeNull();
  });

  it('no warning once the year is loaded; the current year missing is warned too', () => {
    expect(provisionalYear([{ days: 20, kind: 'working' }], '2026-12-07', [...LOADED, 2027], calendar)).toBeNull();
    expect(provisionalYear([{ days: 1, kind: 'working' }], '2027-03-01', LOADED, calendar)).toBe(2027);
    expect(provisionalYear([], '2026-12-07', LOADED, calendar)).toBeNull();
  });
});

describe('committedLimits', () => {
  it('lists the bundle’s limit and each matter’s, the bundle’s commitment replacing the matter’s own, and skips one being edited', () => {
    const bundle = blankBundle();
    const matter = (id: string, days: number) => ({ id, timeLimits: { legal: { days: 60, kind: 'working' }, committed: { days, kind: 'working' } } });
    const draft = {
      bundle: { ...bundle, timeLimits: { committed: { days: 10, kind: 'working' } }, matters: [{ matter: 'a' }, { matter: 'b', committedTimeLimit: { days: 3, kind: 'working' } }, { matter: 'c' }] },
      matters: [matter('a', 15), matter('b', 20), matter('c', Number.NaN)],
    } as unknown as DesignDraft;
    expect(committedLimits(draft)).toEqual([
      { days: 10, kind: 'working' },
      { days: 15, kind: 'working' },
      { days: 3, kind: 'working' },
    ]);
  });
});
