// Processing time in working days and on-time, counted as deadlines are (national calendar, China
// Standard Time days, the submission day not counted).
import { NATIONAL_CALENDARS, WorkingDayCalendar } from '@onego/engine';
import { describe, expect, it } from 'vitest';
import { applicationPauses, processingTime } from '../src/stats/processingTime.ts';

const calendar = new WorkingDayCalendar(NATIONAL_CALENDARS.map((c) => c.definition));
const at = (local: string) => new Date(Date.parse(`${local}+08:00`)).toISOString();

describe('processingTime', () => {
  it('counts the working days after the submission day up to the end day', () => {
    // Monday 2026-04-27 → Wednesday 4/29: 2 working days, whatever the hours.
    expect(processingTime(at('2026-04-27T23:00:00'), at('2026-04-29T08:00:00'), 2, calendar)).toEqual({ workingDays: 2, dueAt: '2026-04-29T15:59:59.999Z', onTime: true });
    // Finished on the day it was submitted: 0 (即办).
    expect(processingTime(at('2026-04-27T09:00:00'), at('2026-04-27T17:00:00'), 0, calendar)).toMatchObject({ workingDays: 0, onTime: true });
  });

  it('skips weekends and holidays and counts make-up working days (Labour Day 2026: 5/1–5/5 off, Saturday 5/9 on)', () => {
    // 4/28, 4/29, 4/30, 5/6, 5/7, 5/8, 5/9 = 7.
    expect(processingTime(at('2026-04-27T09:00:00'), at('2026-05-09T10:00:00'), 7, calendar)).toMatchObject({ workingDays: 7, onTime: true });
  });

  it('is late after the end of the last working day of the limit, also when the end falls on a rest day', () => {
    // Limit 4 from Monday 4/27: due at the end of Wednesday 5/6.
    expect(processingTime(at('2026-04-27T09:00:00'), at('2026-05-06T23:59:59'), 4, calendar)).toMatchObject({ workingDays: 4, dueAt: '2026-05-06T15:59:59.999Z', onTime: true });
    expect(processingTime(at('2026-04-27T09:00:00'), at('2026-05-07T00:00:01'), 4, calendar)).toMatchObject({ workingDays: 5, onTime: false });
    // Limit 1 from Thursday 4/30: due at the end of 5/6 (the holiday follows); finishing on the holiday is on time.
    expect(processingTime(at('2026-04-30T09:00:00'), at('2026-05-02T09:00:00'), 1, calendar)).toMatchObject({ workingDays: 0, dueAt: '2026-05-06T15:59:59.999Z', onTime: true });
    // Limit 1 from Thursday 4/23: due at the end of Friday 4/24; finished on Saturday 4/25 it took 1 working day and is late.
    expect(processingTime(at('2026-04-23T09:00:00'), at('2026-04-25T09:00:00'), 1, calendar)).toMatchObject({ workingDays: 1, onTime: false });
  });

  it('leaves out the days the application waited for the applicant (补正), as deadlines do', () => {
    // Mon 3/2 → Fri 3/13 is 9 working days; returned Tue 3/3, supplemented Mon 3/9: Tue–Mon (5 working days) out.
    const pauses = [{ from: at('2026-03-03T10:00:00'), to: at('2026-03-09T10:00:00') }];
    const time = processingTime(at('2026-03-02T09:00:00'), at('2026-03-13T09:00:00'), 5, calendar, pauses);
    expect(time.workingDays).toBe(4);
    // The 5-day limit from Mon 3/2, nothing used before the return, counts again from Tue 3/10 → due Mon 3/16.
    expect(time).toMatchObject({ dueAt: '2026-03-16T15:59:59.999Z', onTime: true });
    expect(processingTime(at('2026-03-02T09:00:00'), at('2026-03-13T09:00:00'), 5, calendar).onTime).toBe(false);
  });

  it('merges the overlapping waits of parallel matters into the application’s', () => {
    const merged = applicationPauses(
      [[{ from: at('2026-03-03T10:00:00'), to: at('2026-03-05T10:00:00') }], [{ from: at('2026-03-04T10:00:00'), to: at('2026-03-09T10:00:00') }, { from: at('2026-03-11T10:00:00') }]],
      at('2026-03-12T10:00:00'),
    );
    expect(merged).toEqual([
      { from: at('2026-03-03T10:00:00'), to: at('2026-03-09T10:00:00') },
      { from: at('2026-03-11T10:00:00'), to: at('2026-03-12T10:00:00') },
    ]);
  });
});
