import fc from 'fast-check';
import type { Calendar } from '@onego/schemas/types';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../src/calendar/addCalendarDays.ts';
import { InvalidCalendarError, InvalidDateError } from '../src/calendar/calendarErrors.ts';
import { dateOfDayNumber, dayNumberOf, weekdayOfDayNumber } from '../src/calendar/dayNumber.ts';
import { deadlineOf } from '../src/calendar/deadlineOf.ts';
import { dueAt } from '../src/calendar/dueAt.ts';
import { endOfLocalDay, epochMillisOf, localDateOf } from '../src/calendar/localTime.ts';
import { NATIONAL_CALENDARS, nationalCalendar } from '../src/calendar/nationalCalendar.ts';
import { warningAt, warningDays } from '../src/calendar/warningAt.ts';
import { WorkingDayCalendar } from '../src/calendar/WorkingDayCalendar.ts';
import { checkCalendar } from '../src/definition/checkCalendar.ts';
import { loadDefinitions } from '../src/definition/loadDefinitions.ts';

const national = nationalCalendar();
const working = (days: number) => ({ days, kind: 'working' as const });
const natural = (days: number) => ({ days, kind: 'natural' as const });

/** The error a call throws, for asserting on its fields. */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

const calendarOf = (year: number, extra: Partial<Calendar> = {}): Calendar => ({
  id: 'test',
  year,
  holidays: [],
  workdays: [],
  source: { ref: 'illustrative' },
  ...extra,
});

describe('shipped national calendars', () => {
  it('pass the calendar schema and checkCalendar with no issues', () => {
    for (const { file, definition } of NATIONAL_CALENDARS) expect(checkCalendar(definition, file)).toEqual([]);
    const loaded = loadDefinitions(NATIONAL_CALENDARS.map(({ file, definition }) => ({ file, json: definition })));
    expect(loaded.issues).toEqual([]);
    expect(loaded.definitions.calendars).toHaveLength(2);
  });

  it('cover 2025 and 2026 under the id cn-national', () => {
    expect(national.id).toBe('cn-national');
    expect(national.years).toEqual([2025, 2026]);
    expect(national.covers(2025) && national.covers(2026) && !national.covers(2027)).toBe(true);
  });

  it('list the published holidays and make-up working days', () => {
    const [y2025, y2026] = NATIONAL_CALENDARS.map((c) => c.definition);
    expect(y2025?.holidays.map((h) => `${h.from}/${h.to}`)).toEqual([
      '2025-01-01/2025-01-01',
      '2025-01-28/2025-02-04',
      '2025-04-04/2025-04-06',
      '2025-05-01/2025-05-05',
      '2025-05-31/2025-06-02',
      '2025-10-01/2025-10-08',
    ]);
    expect(y2025?.workdays.map((w) => w.date)).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    expect(y2026?.holidays.map((h) => `${h.from}/${h.to}`)).toEqual([
      '2026-01-01/2026-01-03',
      '2026-02-15/2026-02-23',
      '2026-04-04/2026-04-06',
      '2026-05-01/2026-05-05',
      '2026-06-19/2026-06-21',
      '2026-09-25/2026-09-27',
      '2026-10-01/2026-10-07',
    ]);
    expect(y2026?.workdays.map((w) => w.date)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });

  it('make every make-up working day a weekend day', () => {
    for (const { definition } of NATIONAL_CALENDARS) {
      for (const { date } of definition.workdays) expect([0, 6], date).toContain(weekdayOfDayNumber(dayNumberOf(date)));
    }
  });

  it('give 248 working days in 2025 and in 2026 (261 weekdays − holidays on weekdays + make-up days)', () => {
    // 2025: 261 − 18 + 5; 2026: 261 − 19 + 6.
    expect(national.countWorkingDays('2024-12-31', '2025-12-31')).toBe(248);
    expect(national.countWorkingDays('2025-12-31', '2026-12-31')).toBe(248);
  });
});

describe('isWorkingDay', () => {
  it('follows weekdays, holidays and make-up working days', () => {
    expect(national.isWorkingDay('2025-01-02')).toBe(true); // Thursday
    expect(national.isWorkingDay('2025-01-04')).toBe(false); // Saturday
    expect(national.isWorkingDay('2025-01-01')).toBe(false); // 元旦, Wednesday
    expect(national.isWorkingDay('2025-01-26')).toBe(true); // 调休 Sunday
    expect(national.isWorkingDay('2025-02-08')).toBe(true); // 调休 Saturday
    expect(national.isWorkingDay('2025-10-08')).toBe(false); // last day of the 8-day National Day break
    expect(national.isWorkingDay('2026-02-14')).toBe(true); // 调休 Saturday
    expect(national.isWorkingDay('2026-02-23')).toBe(false); // 正月初七, Monday
  });
});

describe('addWorkingDays / countWorkingDays', () => {
  it('Spring Festival 2026: 5 working days from 2026-02-12 count Sat 2/14 and land after the break', () => {
    // 2/13 Fri (1), 2/14 Sat 调休 (2), 2/15–2/23 holiday, 2/24 (3), 2/25 (4), 2/26 (5)
    expect(national.addWorkingDays('2026-02-12', 5)).toBe('2026-02-26');
    expect(national.countWorkingDays('2026-02-12', '2026-02-26')).toBe(5);
    expect(national.addWorkingDays('2026-02-12', 2)).toBe('2026-02-14');
  });

  it('Spring Festival 2025: counts Sun 1/26 and Sat 2/8, skips 1/28–2/4', () => {
    // 1/24 Fri → 1/26 Sun (1), 1/27 Mon (2), 2/5 Wed (3)
    expect(national.addWorkingDays('2025-01-24', 1)).toBe('2025-01-26');
    expect(national.addWorkingDays('2025-01-24', 3)).toBe('2025-02-05');
    // 2/5 (1), 2/6 (2), 2/7 (3), 2/8 Sat 调休 (4), 2/10 Mon (5)
    expect(national.addWorkingDays('2025-02-04', 4)).toBe('2025-02-08');
    expect(national.addWorkingDays('2025-02-04', 5)).toBe('2025-02-10');
  });

  it('National Day 2025: the 8-day break 10/1–10/8 with Sun 9/28 and Sat 10/11 worked', () => {
    expect(national.addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(national.addWorkingDays('2025-09-28', 1)).toBe('2025-09-29');
    expect(national.addWorkingDays('2025-09-29', 2)).toBe('2025-10-09');
    // 10/9 (1), 10/10 (2), 10/11 Sat (3), 10/13 Mon (4)
    expect(national.addWorkingDays('2025-10-08', 4)).toBe('2025-10-13');
    expect(national.countWorkingDays('2025-09-30', '2025-10-08')).toBe(0);
  });

  it('20 working days accepted just before National Day 2025', () => {
    // 9/29 Mon accepted: 9/30 (1), 10/9–10/11 (2–4), 10/13–10/17 (5–9), 10/20–24 (10–14), 10/27–31 (15–19), 11/3 (20)
    expect(national.addWorkingDays('2025-09-29', 20)).toBe('2025-11-03');
  });

  it('crosses the year boundary 2025 → 2026 (元旦 1/1–1/3, Sun 1/4 worked)', () => {
    expect(national.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
    expect(national.addWorkingDays('2025-12-31', 2)).toBe('2026-01-05');
    expect(national.countWorkingDays('2025-12-30', '2026-01-05')).toBe(3);
  });

  it('0 working days is the start date, even on a rest day', () => {
    expect(national.addWorkingDays('2025-10-03', 0)).toBe('2025-10-03');
    expect(national.countWorkingDays('2025-10-03', '2025-10-03')).toBe(0);
  });

  it('does not count the acceptance day, whatever it is', () => {
    expect(national.addWorkingDays('2025-03-03', 1)).toBe('2025-03-04'); // Monday → Tuesday
    expect(national.addWorkingDays('2025-03-08', 1)).toBe('2025-03-10'); // Saturday → Monday
  });

  it('counts backwards as a negative number', () => {
    expect(national.countWorkingDays('2026-02-26', '2026-02-12')).toBe(-5);
  });

  it('rejects a negative or fractional count', () => {
    expect(() => national.addWorkingDays('2025-03-03', -1)).toThrow(RangeError);
    expect(() => national.addWorkingDays('2025-03-03', 1.5)).toThrow(RangeError);
  });
});

describe('deadlineOf', () => {
  it('working days go through the calendar', () => {
    expect(deadlineOf('2026-02-12', working(5), national)).toBe('2026-02-26');
    expect(deadlineOf('2025-09-30', working(1), national)).toBe('2025-10-09');
  });

  it('natural days count calendar days and do not move off a rest day', () => {
    expect(deadlineOf('2025-09-30', natural(1), national)).toBe('2025-10-01'); // National Day, not moved
    expect(deadlineOf('2026-02-12', natural(5), national)).toBe('2026-02-17');
    expect(deadlineOf('2025-12-20', natural(30), national)).toBe('2026-01-19');
    expect(deadlineOf('2024-02-28', natural(1), national)).toBe('2024-02-29'); // leap day
  });

  it('natural days need no calendar year', () => {
    expect(deadlineOf('2027-06-01', natural(10), national)).toBe('2027-06-11');
  });

  it('0 days is the start date (即办件)', () => {
    expect(deadlineOf('2025-06-01', working(0), national)).toBe('2025-06-01');
    expect(deadlineOf('2025-06-01', natural(0), national)).toBe('2025-06-01');
  });
});

describe('errors', () => {
  it('a year without a loaded schedule counts by the weekday rule, provisionally: never an error', () => {
    // 2027-01-01 is a Friday: by the weekday rule a working day (its 元旦 holiday is not known yet).
    expect(national.isWorkingDay('2027-01-01')).toBe(true);
    expect(national.isWorkingDay('2027-01-02')).toBe(false);
    expect(national.addWorkingDays('2026-12-25', 10)).toBe('2027-01-08');
    expect(national.countWorkingDays('2026-12-01', '2027-01-05')).toBe(25);
    expect(deadlineOf('2027-03-01', working(3), national)).toBe('2027-03-04');
    expect(dueAt('2027-03-01T10:00:00+08:00', working(3), national)).toBe('2027-03-04T15:59:59.999Z');
    expect(national.isProvisional('2026-12-25', '2027-01-08')).toBe(true);
    expect(national.isProvisional('2027-01-08', '2026-12-25')).toBe(true);
    expect(national.isProvisional('2026-12-01', '2026-12-31')).toBe(false);
    expect(national.isProvisional('2024-12-31', '2025-01-02')).toBe(true);
  });

  it('a loaded year is never provisional, and its holidays count', () => {
    const only2025 = new WorkingDayCalendar(NATIONAL_CALENDARS.slice(0, 1).map((c) => c.definition));
    expect(only2025.addWorkingDays('2025-12-30', 1)).toBe('2025-12-31');
    expect(only2025.isProvisional('2025-12-30', '2025-12-31')).toBe(false);
    // 2026-01-01 is a holiday of the 2026 schedule, but only the weekday rule is known here.
    expect(only2025.addWorkingDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(only2025.isProvisional('2025-12-31', '2026-01-01')).toBe(true);
    expect(national.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04'); // Sunday 1/4, a make-up working day
  });

  it('a malformed or impossible date → INVALID_DATE', () => {
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-1', '2025/01/01', '', 'tomorrow', '2025-01-01T00:00:00Z', ' 2025-01-01']) {
      const error = thrown(() => national.isWorkingDay(bad));
      expect(error, bad).toBeInstanceOf(InvalidDateError);
      expect(error, bad).toMatchObject({ code: 'INVALID_DATE', value: bad, expected: 'date' });
    }
    expect(thrown(() => national.addWorkingDays('2025-02-30', 1))).toMatchObject({ code: 'INVALID_DATE' });
    expect(thrown(() => deadlineOf('2025-02-30', natural(1), national))).toMatchObject({ code: 'INVALID_DATE' });
    expect(thrown(() => national.countWorkingDays('2025-01-01', '31/12/2025'))).toMatchObject({ code: 'INVALID_DATE', value: '31/12/2025' });
    expect((thrown(() => national.isWorkingDay('2025-02-29')) as InvalidDateError).text.en).toBe('"2025-02-29" is not valid: expected a real calendar date as YYYY-MM-DD');
  });

  it('a malformed instant or offset → INVALID_DATE', () => {
    for (const bad of ['2025-03-03', '2025-03-03T10:00:00', '2025-03-03T24:00:00Z', '2025-02-29T10:00:00+08:00', '2025-03-03T10:00:00+8:00']) {
      expect(thrown(() => dueAt(bad, working(1), national)), bad).toMatchObject({ code: 'INVALID_DATE', expected: 'instant' });
    }
    expect(thrown(() => dueAt('2025-03-03T10:00:00Z', working(1), national, 'Asia/Shanghai'))).toMatchObject({ code: 'INVALID_DATE', expected: 'offset' });
  });

  it('documents that cannot be combined → INVALID_CALENDAR', () => {
    expect(() => new WorkingDayCalendar([])).toThrow(InvalidCalendarError);
    expect(thrown(() => new WorkingDayCalendar([calendarOf(2025), { ...calendarOf(2026), id: 'other' }]))).toMatchObject({ code: 'INVALID_CALENDAR' });
    expect(thrown(() => new WorkingDayCalendar([calendarOf(2025), calendarOf(2025)]))).toMatchObject({ code: 'INVALID_CALENDAR' });
    const name = { zh: '节', en: 'Day' };
    expect(thrown(() => new WorkingDayCalendar([calendarOf(2025, { holidays: [{ name, from: '2025-05-05', to: '2025-05-01' }] })]))).toMatchObject({
      code: 'INVALID_CALENDAR',
    });
    expect(
      thrown(() => new WorkingDayCalendar([calendarOf(2025, { holidays: [{ name, from: '2025-05-03', to: '2025-05-04' }], workdays: [{ name, date: '2025-05-03' }] })])),
    ).toMatchObject({ code: 'INVALID_CALENDAR' });
    expect(thrown(() => new WorkingDayCalendar([calendarOf(2025, { holidays: [{ name, from: '2025-05-32', to: '2025-06-01' }] })]))).toMatchObject({ code: 'INVALID_DATE' });
  });

  it('applies a holiday listed in the next year’s document when both years are loaded', () => {
    const name = { zh: '元旦', en: "New Year's Day" };
    const both = new WorkingDayCalendar([calendarOf(2017), calendarOf(2018, { holidays: [{ name, from: '2017-12-29', to: '2018-01-01' }] })]);
    expect(both.isWorkingDay('2017-12-29')).toBe(false);
    expect(both.isWorkingDay('2018-01-01')).toBe(false);
    expect(new WorkingDayCalendar([calendarOf(2018, { holidays: [{ name, from: '2017-12-29', to: '2018-01-01' }] })]).isWorkingDay('2018-01-02')).toBe(true);
  });
});

describe('instants: dueAt and warningAt', () => {
  it('dueAt is the end of the due day in China Standard Time, as UTC', () => {
    expect(dueAt('2026-02-12T09:30:00+08:00', working(5), national)).toBe('2026-02-26T15:59:59.999Z');
    expect(dueAt('2025-09-30T10:00:00+08:00', natural(1), national)).toBe('2025-10-01T15:59:59.999Z');
  });

  it('takes the acceptance date in local time, not in UTC', () => {
    // 2025-12-31T17:00Z is 2026-01-01 01:00 in Beijing: counting starts after 1/1, so 1/4 (Sun, 调休) is day 1.
    expect(dueAt('2025-12-31T17:00:00Z', working(1), national)).toBe('2026-01-04T15:59:59.999Z');
    // 2025-12-31T15:59Z is still 12-31 in Beijing.
    expect(dueAt('2025-12-31T15:59:00Z', working(1), national)).toBe('2026-01-04T15:59:59.999Z');
    expect(dueAt('2025-12-30T15:59:59.999Z', working(1), national)).toBe('2025-12-31T15:59:59.999Z');
  });

  it('0-day limit is due at the end of the acceptance day', () => {
    expect(dueAt('2025-10-03T09:00:00+08:00', working(0), national)).toBe('2025-10-03T15:59:59.999Z');
  });

  it('accepts other offsets', () => {
    expect(dueAt('2025-03-03T10:00:00Z', working(1), national, 'Z')).toBe('2025-03-04T23:59:59.999Z');
    expect(dueAt('2025-03-03T10:00:00Z', natural(1), national, '-05:00')).toBe('2025-03-05T04:59:59.999Z');
  });

  it('warningAt is the end of working day floor(0.8 × n)', () => {
    expect(warningDays(10, 0.8)).toBe(8);
    expect(warningDays(5, 0.8)).toBe(4);
    expect(warningDays(3, 0.8)).toBe(2);
    expect(warningDays(1, 0.8)).toBe(0);
    expect(warningDays(0, 0.8)).toBe(0);
    expect(warningDays(100, 0.29)).toBe(29);
    // 5 working days from 2026-02-12: the 4th is 2/25.
    expect(warningAt('2026-02-12T09:30:00+08:00', working(5), national)).toBe('2026-02-25T15:59:59.999Z');
    // 20 working days from 2025-09-29: the 16th is 10/28.
    expect(warningAt('2025-09-29T09:30:00+08:00', working(20), national)).toBe('2025-10-28T15:59:59.999Z');
    expect(warningAt('2025-09-29T09:30:00+08:00', working(20), national, 1)).toBe(dueAt('2025-09-29T09:30:00+08:00', working(20), national));
    expect(warningAt('2025-06-01T09:30:00+08:00', natural(10), national, 0.5)).toBe('2025-06-06T15:59:59.999Z');
    expect(() => warningAt('2025-06-01T09:30:00+08:00', natural(10), national, 1.2)).toThrow(RangeError);
  });
});

describe('date arithmetic', () => {
  it('round-trips day numbers and agrees with Date for years 1–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumberOf('0001-01-01'), max: dayNumberOf('9999-12-31') }), (day) => {
        const date = dateOfDayNumber(day);
        expect(dayNumberOf(date)).toBe(day);
        const reference = new Date(0);
        reference.setUTCDate(reference.getUTCDate() + day);
        expect(date).toBe(reference.toISOString().slice(0, 10));
        expect(weekdayOfDayNumber(day)).toBe(reference.getUTCDay());
      }),
    );
  });

  it('parses instants like Date does', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        expect(epochMillisOf(date.toISOString())).toBe(date.getTime());
      }),
    );
    expect(localDateOf('2025-01-01T23:30:00-01:00', '+08:00')).toBe('2025-01-02');
    expect(endOfLocalDay('2025-01-01', '+05:30')).toBe('2025-01-01T18:29:59.999Z');
    expect(addCalendarDays('2025-01-01', -1)).toBe('2024-12-31');
  });
});

describe('working-day properties (within 2025–2026)', () => {
  const FIRST = dayNumberOf('2025-01-01');
  const startDate = fc.integer({ min: FIRST, max: dayNumberOf('2026-06-30') }).map(dateOfDayNumber);
  const coveredDate = fc.integer({ min: FIRST, max: dayNumberOf('2026-12-31') }).map(dateOfDayNumber);
  const count = fc.integer({ min: 0, max: 100 }); // 100 working days from mid-2026 still end within 2026

  it('countWorkingDays inverts addWorkingDays', () => {
    fc.assert(fc.property(startDate, count, (start, n) => national.countWorkingDays(start, national.addWorkingDays(start, n)) === n));
  });

  it('addWorkingDays is strictly increasing in n and lands on a working day', () => {
    fc.assert(
      fc.property(startDate, count, count, (start, a, b) => {
        const [low, high] = [Math.min(a, b), Math.max(a, b)];
        const [dLow, dHigh] = [national.addWorkingDays(start, low), national.addWorkingDays(start, high)];
        expect(low === high ? dLow === dHigh : dLow < dHigh).toBe(true);
        if (high > 0) expect(national.isWorkingDay(dHigh)).toBe(true);
      }),
    );
  });

  it('countWorkingDays is additive and antisymmetric', () => {
    fc.assert(
      fc.property(coveredDate, coveredDate, coveredDate, (a, b, c) => {
        expect(national.countWorkingDays(a, b) + national.countWorkingDays(b, c)).toBe(national.countWorkingDays(a, c));
        expect(national.countWorkingDays(a, b) + national.countWorkingDays(b, a)).toBe(0);
        expect(Object.is(national.countWorkingDays(a, b), -0)).toBe(false);
      }),
    );
  });

  it('a natural-day deadline is never before a working-day one of the same length', () => {
    fc.assert(fc.property(startDate, count, (start, n) => deadlineOf(start, natural(n), national) <= deadlineOf(start, working(n), national)));
  });
});
