// Deadlines over a year whose holiday schedule is not loaded: counted by the weekday rule and marked
// provisional; re-based when the year arrives to exactly what the full calendar gives from scratch,
// paused periods (补正) preserved; regional overlays on top of the national schedule.
import fc from 'fast-check';
import type { Calendar } from '@onego/schemas/types';
import { describe, expect, it } from 'vitest';
import fixture2027 from '../../test/fixtures/calendars/cn-national-2027.fixture.json' with { type: 'json' };
import { addCalendarDays } from '../src/calendar/addCalendarDays.ts';
import { dateOfDayNumber, dayNumberOf } from '../src/calendar/dayNumber.ts';
import { matterDeadline, rebasedDeadline, type HeldDeadline } from '../src/calendar/matterDeadline.ts';
import { NATIONAL_CALENDARS } from '../src/calendar/nationalCalendar.ts';
import { pausedDeadline } from '../src/calendar/pausedDeadline.ts';
import { divisionPrefix, overlayApplies, regionalCalendar } from '../src/calendar/regionalCalendar.ts';
import { WorkingDayCalendar } from '../src/calendar/WorkingDayCalendar.ts';
import type { Pause } from '../src/flow/applicationContext.ts';

const shipped = NATIONAL_CALENDARS.map((c) => c.definition);
const partial = new WorkingDayCalendar(shipped);
const full = new WorkingDayCalendar([...shipped, fixture2027]);
const working = (days: number) => ({ days, kind: 'working' as const });

/** An instant at 10:00 China Standard Time of a day number. */
const at = (day: number): string => `${dateOfDayNumber(day)}T10:00:00+08:00`;
const FIRST = dayNumberOf('2026-10-01');
const LAST = dayNumberOf('2026-12-31');

/** A start in the last quarter of 2026, a limit, and closed pauses after the start, in order. */
const arbitraryMatter = fc
  .record({
    start: fc.integer({ min: FIRST, max: LAST }),
    days: fc.integer({ min: 0, max: 60 }),
    gaps: fc.array(fc.record({ before: fc.integer({ min: 1, max: 20 }), length: fc.integer({ min: 0, max: 15 }) }), { maxLength: 3 }),
  })
  .map(({ start, days, gaps }) => {
    const pauses: Pause[] = [];
    let day = start;
    for (const gap of gaps) {
      const from = day + gap.before;
      const to = from + gap.length;
      pauses.push({ from: at(from), to: at(to) });
      day = to;
    }
    return { startedAt: at(start), limit: working(days), pauses };
  });

const held = (m: { startedAt: string; limit: { days: number; kind: 'working' }; pauses: Pause[] }, calendar: WorkingDayCalendar): HeldDeadline | null => {
  const d = matterDeadline(m.startedAt, m.limit, m.pauses, calendar);
  return d.dueAt === null ? null : { ...m, warned: false, overdue: false, dueAt: d.dueAt, provisional: d.provisional };
};

describe('provisional deadlines', () => {
  it('are marked exactly when the days counted reach a year without a schedule', () => {
    fc.assert(
      fc.property(arbitraryMatter, (m) => {
        const d = matterDeadline(m.startedAt, m.limit, m.pauses, partial);
        if (d.dueAt === null) return;
        expect(d.provisional).toBe(d.dueAt >= '2026-12-31T16:00:00.000Z');
        expect(matterDeadline(m.startedAt, m.limit, m.pauses, full).provisional).toBe(false);
      }),
    );
  });

  it('re-based with the full calendar equal the deadline computed from scratch with it, paused periods preserved', () => {
    fc.assert(
      fc.property(arbitraryMatter, (m) => {
        const before = held(m, partial);
        if (!before) return;
        const rebase = rebasedDeadline(before, full);
        const scratch = pausedDeadline(m.startedAt, m.limit, m.pauses, full);
        expect(rebase?.to ?? before.dueAt).toBe(scratch.dueAt);
        expect(rebase === null || rebase.provisional === false).toBe(true);
        // Only provisional deadlines move; a moved one is re-based again to nothing (idempotent).
        if (!before.provisional) expect(rebase).toBeNull();
        if (rebase) expect(rebasedDeadline({ ...before, dueAt: rebase.to, provisional: rebase.provisional }, full)).toBeNull();
        // The working days of the limit are all spent outside the pauses: with every pause one day
        // longer, the deadline is never earlier.
        const longer = m.pauses.map((p) => ({ from: p.from, to: `${addCalendarDays((p.to ?? p.from).slice(0, 10), 1)}T10:00:00+08:00` }));
        const later = pausedDeadline(m.startedAt, m.limit, longer, full).dueAt;
        if (later && scratch.dueAt) expect(later >= scratch.dueAt).toBe(true);
      }),
    );
  });

  it('move by the year’s holidays: a 5-day limit from 2026-12-28 is due 2027-01-04 provisionally, 2027-01-05 with 元旦', () => {
    const m = { startedAt: '2026-12-28T09:00:00+08:00', limit: working(5), pauses: [] };
    const before = held(m, partial);
    expect(before).toMatchObject({ dueAt: '2027-01-04T15:59:59.999Z', provisional: true });
    expect(rebasedDeadline(before as HeldDeadline, full)).toEqual({ from: '2027-01-04T15:59:59.999Z', to: '2027-01-05T15:59:59.999Z', provisional: false, warningAt: '2027-01-04T15:59:59.999Z' });
  });

  it('a year loaded with no holiday at all changes only the mark', () => {
    const plain = new WorkingDayCalendar([...shipped, { id: 'cn-national', year: 2027, holidays: [], workdays: [], source: { ref: 'test' } }]);
    const before = held({ startedAt: '2026-12-20T09:00:00+08:00', limit: working(20), pauses: [] }, partial) as HeldDeadline;
    const rebase = rebasedDeadline(before, plain);
    expect(rebase).toMatchObject({ from: before.dueAt, to: before.dueAt, provisional: false });
  });

  it('never moves a deadline that passed and fired, and never schedules a warning that fired', () => {
    const before = held({ startedAt: '2026-12-28T09:00:00+08:00', limit: working(5), pauses: [] }, partial) as HeldDeadline;
    expect(rebasedDeadline({ ...before, overdue: true }, full)).toEqual({ from: before.dueAt, to: before.dueAt, provisional: false, warningAt: null });
    expect(rebasedDeadline({ ...before, overdue: true, provisional: false }, full)).toBeNull();
    expect(rebasedDeadline({ ...before, warned: true }, full)).toMatchObject({ to: '2027-01-05T15:59:59.999Z', warningAt: null });
  });

  it('a matter waiting for the applicant has no deadline to re-base', () => {
    const before = held({ startedAt: '2026-12-28T09:00:00+08:00', limit: working(5), pauses: [] }, partial) as HeldDeadline;
    expect(rebasedDeadline({ ...before, pauses: [{ from: '2026-12-29T09:00:00+08:00' }] }, full)).toBeNull();
  });
});

describe('regional calendars', () => {
  const name = { zh: '壮族三月三', en: 'Zhuang Sanyuesan' };
  const guangxi: Calendar = {
    id: 'cn-450000',
    year: 2026,
    region: { divisionCode: '450000', name: { zh: '广西壮族自治区', en: 'Guangxi' } },
    holidays: [{ name, from: '2026-04-20', to: '2026-04-21' }],
    workdays: [],
    source: { ref: 'illustrative test overlay' },
  };
  const documents = [...shipped, guangxi];

  it('apply an overlay in its region and every part of it, nowhere else', () => {
    expect(divisionPrefix('450000')).toBe('45');
    expect(divisionPrefix('370100')).toBe('3701');
    expect(divisionPrefix('370102')).toBe('370102');
    expect(overlayApplies('450000', '450103')).toBe(true);
    expect(overlayApplies('450000', '410000')).toBe(false);
    expect(overlayApplies('370100', '370102')).toBe(true);
    expect(overlayApplies('370102', '370100')).toBe(false);
    const nanning = regionalCalendar(documents, '450100');
    const henan = regionalCalendar(documents, '410000');
    expect(nanning.isWorkingDay('2026-04-20')).toBe(false);
    expect(henan.isWorkingDay('2026-04-20')).toBe(true);
    expect(nanning.addWorkingDays('2026-04-17', 1)).toBe('2026-04-22');
    expect(henan.addWorkingDays('2026-04-17', 1)).toBe('2026-04-20');
    // National holidays still count in the region.
    expect(nanning.isWorkingDay('2026-10-01')).toBe(false);
  });

  it('a region with overlays is provisional in a year its overlay is missing, even when the nation has it', () => {
    const nanning = regionalCalendar(documents, '450100');
    expect(nanning.isProvisional('2026-04-01', '2026-04-30')).toBe(false);
    expect(nanning.covers(2025)).toBe(false);
    expect(regionalCalendar(documents, '410000').covers(2025)).toBe(true);
  });
});
