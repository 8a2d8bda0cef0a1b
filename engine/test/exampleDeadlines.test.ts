// The examples' time limits on the national calendar: an application accepted just before the 2026
// Spring Festival (holiday 2/15–2/23, make-up working days Sat 2/14 and Sat 2/28).
import { describe, expect, it } from 'vitest';
import { dueAt, nationalCalendar, pausedDeadline, warningAt } from '../src/index.ts';
import { loadExample } from './support/loadExample.ts';

const calendar = nationalCalendar();
const ACCEPTED = '2026-02-12T09:30:00+08:00'; // a Thursday

describe('newborn deadlines across the Spring Festival 2026', () => {
  const { compiled } = loadExample('newborn');
  const limits = new Map(compiled.notice().matters.map((m) => [m.matterId, m.timeLimit]));

  it('counts the make-up Saturday and skips the nine-day holiday', () => {
    // 4 working days: Fri 2/13, Sat 2/14 (调休), then Tue 2/24, Wed 2/25.
    const card = limits.get('social-security-card');
    expect(card).toEqual({ days: 4, kind: 'working' });
    expect(dueAt(ACCEPTED, card ?? { days: 0, kind: 'working' }, calendar)).toBe('2026-02-25T15:59:59.999Z');
    // 1 working day: Fri 2/13.
    expect(dueAt(ACCEPTED, limits.get('birth-medical-certificate') ?? { days: 0, kind: 'working' }, calendar)).toBe('2026-02-13T15:59:59.999Z');
  });

  it('warns before the deadline (80 % of the working days)', () => {
    const card = limits.get('social-security-card') ?? { days: 0, kind: 'working' };
    const warning = warningAt(ACCEPTED, card, calendar);
    expect(warning < dueAt(ACCEPTED, card, calendar)).toBe(true);
    expect(warning).toBe('2026-02-24T15:59:59.999Z');
  });

  it('the whole bundle’s promise (6 working days) ends on 2026-02-27', () => {
    expect(dueAt(ACCEPTED, compiled.bundle.timeLimits.committed, calendar)).toBe('2026-02-27T15:59:59.999Z');
  });

  it('counts a deadline in a year without a calendar by the weekday rule, marked provisional', () => {
    // 2027-12-30 is a Thursday: Fri 31, then Mon 3 … Fri 7 January 2028 by the weekday rule.
    expect(dueAt('2027-12-30T09:00:00+08:00', { days: 6, kind: 'working' }, calendar)).toBe('2028-01-07T15:59:59.999Z');
    expect(pausedDeadline('2027-12-30T09:00:00+08:00', { days: 6, kind: 'working' }, [], calendar).provisional).toBe(true);
    expect(pausedDeadline(ACCEPTED, compiled.bundle.timeLimits.committed, [], calendar).provisional).toBe(false);
    expect(pausedDeadline('2027-12-30T09:00:00+08:00', { days: 6, kind: 'natural' }, [], calendar).provisional).toBe(false);
  });
});
