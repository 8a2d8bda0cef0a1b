// The workbench's deadline standing: working days left (national calendar, weekends and holidays
// skipped) and the runtime's warning rule (80 % of the limit has run), for fixed instants.
import { nationalCalendar } from '@onego/engine';
import { describe, expect, it } from 'vitest';
import { deadlineStanding } from '../src/workbench/deadline.ts';

const calendar = nationalCalendar();
const at = (local: string) => new Date(`${local}+08:00`);

describe('deadlineStanding', () => {
  it('a one-working-day task accepted on Monday: on time Monday, warned from the end of Monday, overdue after Tuesday', () => {
    const accepted = '2026-11-23T01:00:00.000Z'; // Monday 09:00 in Beijing
    const due = '2026-11-24T15:59:59.999Z'; // end of Tuesday in Beijing
    expect(deadlineStanding(accepted, due, at('2026-11-23T10:00:00'), calendar)).toEqual({ state: 'on-time', remainingWorkingDays: 1 });
    expect(deadlineStanding(accepted, due, at('2026-11-24T00:30:00'), calendar)).toEqual({ state: 'warning', remainingWorkingDays: 0 });
    expect(deadlineStanding(accepted, due, at('2026-11-25T09:00:00'), calendar)).toEqual({ state: 'overdue', remainingWorkingDays: -1 });
  });

  it('counts working days only: accepted on Friday with 3 working days, due on Wednesday', () => {
    const accepted = '2026-11-20T02:00:00.000Z'; // Friday
    const due = '2026-11-25T15:59:59.999Z'; // Wednesday
    expect(deadlineStanding(accepted, due, at('2026-11-21T12:00:00'), calendar)).toEqual({ state: 'on-time', remainingWorkingDays: 3 });
    // 2 of 3 days (floor of 80 %) have run at the end of Tuesday
    expect(deadlineStanding(accepted, due, at('2026-11-24T18:00:00'), calendar)).toEqual({ state: 'on-time', remainingWorkingDays: 1 });
    expect(deadlineStanding(accepted, due, at('2026-11-25T09:00:00'), calendar)).toEqual({ state: 'warning', remainingWorkingDays: 0 });
    // overdue on the weekend after: no working day has passed since, but it is overdue
    expect(deadlineStanding(accepted, due, at('2026-11-28T09:00:00'), calendar)).toEqual({ state: 'overdue', remainingWorkingDays: -2 });
  });

  it('skips the 2026 National Day holiday', () => {
    const accepted = '2026-09-30T02:00:00.000Z'; // Wednesday 30 September
    const due = '2026-10-12T15:59:59.999Z';
    // 1–7 October are holidays; 8 October is a working day again
    expect(deadlineStanding(accepted, due, at('2026-10-02T10:00:00'), calendar)?.remainingWorkingDays).toBe(calendar.countWorkingDays('2026-10-02', '2026-10-12'));
    expect(calendar.isWorkingDay('2026-10-05')).toBe(false);
  });

  it('has nothing to say without dates', () => {
    expect(deadlineStanding(null, null, at('2026-11-23T10:00:00'), calendar)).toBeNull();
  });

  it('counts Monday to Friday in a year the calendar does not cover (a provisional deadline)', () => {
    // Accepted Monday 2031-03-03, due Wednesday 3/5 (2 working days); on Tuesday one working day is left.
    expect(deadlineStanding('2031-03-03T01:00:00.000Z', '2031-03-05T15:59:59.999Z', at('2031-03-04T10:00:00'), calendar)).toEqual({ state: 'on-time', remainingWorkingDays: 1 });
  });
});
