// Working days (工作日) of one calendar id over the years it has documents for.
//
// A day is a rest day when it is a Saturday or Sunday not listed as a make-up working day (调休上班),
// or when it lies in a listed holiday; every other day is a working day. Dates are 'YYYY-MM-DD' local
// dates of the calendar's region (Asia/Shanghai for cn-national). Only days of loaded years can be
// classified: any other day throws CalendarYearMissingError, never a silent "weekends only" guess.
import type { Calendar } from '@onego/schemas/types';
import { CalendarYearMissingError, InvalidCalendarError } from './calendarErrors.ts';
import { civilOfDayNumber, dateOfDayNumber, dayNumberOf, dayNumberOfCivil, weekdayOfDayNumber } from './dayNumber.ts';

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`the number of working days must be a whole number ≥ 0, got ${n}`);
}

export class WorkingDayCalendar {
  /** The calendar id shared by all documents, e.g. 'cn-national'. */
  readonly id: string;
  /** The years covered, ascending. */
  readonly years: readonly number[];
  /** Day number → working day?, for every day of every covered year. */
  readonly #working = new Map<number, boolean>();

  /**
   * Builds the calendar from the documents of one id, one per year. Throws InvalidCalendarError when
   * there is no document, ids differ, a year comes twice, a holiday ends before it starts or a day is
   * both a holiday and a make-up working day; InvalidDateError for a malformed date. A holiday day
   * outside the covered years (a 元旦 break starting on 12-30 of the year before) is applied when
   * that year is loaded too.
   */
  constructor(calendars: readonly Calendar[]) {
    const first = calendars[0];
    if (!first) throw new InvalidCalendarError({ zh: '没有提供任何年度日历', en: 'no calendar document given' });
    this.id = first.id;
    const years = new Set<number>();
    for (const calendar of calendars) {
      if (calendar.id !== this.id) {
        throw new InvalidCalendarError({ zh: `日历 ${calendar.id} 与 ${this.id} 不能合并`, en: `calendars ${this.id} and ${calendar.id} cannot be combined` });
      }
      if (years.has(calendar.year)) throw new InvalidCalendarError({ zh: `${this.id} 的 ${calendar.year} 年日历重复`, en: `${this.id} has ${calendar.year} twice` });
      years.add(calendar.year);
    }
    this.years = [...years].sort((a, b) => a - b);

    for (const year of this.years) {
      for (let day = dayNumberOfCivil(year, 1, 1), end = dayNumberOfCivil(year + 1, 1, 1); day < end; day++) {
        const weekday = weekdayOfDayNumber(day);
        this.#working.set(day, weekday !== 0 && weekday !== 6);
      }
    }
    const holidays = new Set<number>();
    for (const calendar of calendars) {
      for (const holiday of calendar.holidays) {
        const [from, to] = [dayNumberOf(holiday.from), dayNumberOf(holiday.to)];
        if (to < from) throw new InvalidCalendarError({ zh: `假期 ${holiday.from}–${holiday.to} 结束早于开始`, en: `holiday ${holiday.from}–${holiday.to} ends before it starts` });
        for (let day = from; day <= to; day++) holidays.add(day);
      }
    }
    for (const calendar of calendars) {
      for (const workday of calendar.workdays) {
        const day = dayNumberOf(workday.date);
        if (holidays.has(day)) throw new InvalidCalendarError({ zh: `${workday.date} 同时是节假日和工作日`, en: `${workday.date} is both a holiday and a working day` });
        if (this.#working.has(day)) this.#working.set(day, true);
      }
    }
    for (const day of holidays) if (this.#working.has(day)) this.#working.set(day, false);
  }

  /** Whether a year's holidays and make-up working days are loaded. */
  covers(year: number): boolean {
    return this.years.includes(year);
  }

  /** Whether a date is a working day. */
  isWorkingDay(date: string): boolean {
    return this.#isWorking(dayNumberOf(date));
  }

  /**
   * The date of the n-th working day AFTER `start`: a time limit counts from the day after
   * acceptance, so the acceptance day itself never counts, whatever day it is. n = 0 gives `start`
   * (decided on the spot, 即办件). Needs the years of the days it steps through, not of `start`.
   */
  addWorkingDays(start: string, n: number): string {
    checkCount(n);
    let day = dayNumberOf(start);
    for (let left = n; left > 0; ) if (this.#isWorking(++day)) left--;
    return dateOfDayNumber(day);
  }

  /**
   * The number of working days d with from < d ≤ to, so that
   * countWorkingDays(start, addWorkingDays(start, n)) === n. When `to` is before `from` the count is
   * negative: countWorkingDays(a, b) === -countWorkingDays(b, a) (e.g. working days overdue).
   */
  countWorkingDays(from: string, to: string): number {
    const [a, b] = [dayNumberOf(from), dayNumberOf(to)];
    if (b < a) return 0 - this.countWorkingDays(to, from); // 0 - x, not -x: never -0
    let count = 0;
    for (let day = a + 1; day <= b; day++) if (this.#isWorking(day)) count++;
    return count;
  }

  #isWorking(day: number): boolean {
    const working = this.#working.get(day);
    if (working === undefined) throw new CalendarYearMissingError(civilOfDayNumber(day).year, this.id);
    return working;
  }
}
