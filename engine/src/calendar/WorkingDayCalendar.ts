// Working days (工作日) of one region: the national holiday schedule (国务院办公厅部分节假日安排) of each
// loaded year, plus the region's own public holidays (e.g. 广西 壮族三月三) as overlays on top of it.
//
// A day is a rest day when it is a Saturday or Sunday not listed as a make-up working day (调休上班),
// or when it lies in a listed holiday; every other day is a working day. Dates are 'YYYY-MM-DD' local
// dates of the calendar's region (Asia/Shanghai). A day of a year whose national schedule is not loaded
// is classified by the weekday rule alone (Monday–Friday working): nothing is ever refused for lack of
// a calendar. Such a computation is PROVISIONAL (see `isProvisional`): the runtime marks the deadline
// and re-bases it when the year's schedule is loaded.
import type { Calendar } from '@onego/schemas/types';
import { InvalidCalendarError } from './calendarErrors.ts';
import { civilOfDayNumber, dateOfDayNumber, dayNumberOf, dayNumberOfCivil, weekdayOfDayNumber } from './dayNumber.ts';

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`the number of working days must be a whole number ≥ 0, got ${n}`);
}

const yearOf = (date: string): number => civilOfDayNumber(dayNumberOf(date)).year;

/** Monday–Friday: the rule for days of a year without a loaded schedule. */
const weekdayRule = (day: number): boolean => {
  const weekday = weekdayOfDayNumber(day);
  return weekday !== 0 && weekday !== 6;
};

function checkYears(documents: readonly Calendar[], what: string): number[] {
  const years = new Set<number>();
  for (const calendar of documents) {
    if (years.has(calendar.year)) throw new InvalidCalendarError({ zh: `${what} 的 ${calendar.year} 年日历重复`, en: `${what} has ${calendar.year} twice` });
    years.add(calendar.year);
  }
  return [...years].sort((a, b) => a - b);
}

export class WorkingDayCalendar {
  /** The national calendar's id, e.g. 'cn-national'. */
  readonly id: string;
  /** The years whose national schedule is loaded, ascending. */
  readonly years: readonly number[];
  /** The years the regional overlays cover, ascending (empty without overlays). */
  readonly overlayYears: readonly number[];
  /** Day number → working day?, for every day of every loaded year. */
  readonly #working = new Map<number, boolean>();

  /**
   * Builds the calendar from the national documents of one id, one per year, and optionally a region's
   * overlays (their holidays are rest days too, their make-up working days working days). Throws
   * InvalidCalendarError when there is no national document, national ids differ, a year comes twice, a
   * holiday ends before it starts or a day is both a holiday and a make-up working day; InvalidDateError
   * for a malformed date. A holiday day outside the loaded years (a 元旦 break starting on 12-30 of the
   * year before) is applied when that year is loaded too.
   */
  constructor(calendars: readonly Calendar[], overlays: readonly Calendar[] = []) {
    const first = calendars[0];
    if (!first) throw new InvalidCalendarError({ zh: '没有提供任何年度日历', en: 'no calendar document given' });
    this.id = first.id;
    for (const calendar of calendars) {
      if (calendar.id !== this.id) {
        throw new InvalidCalendarError({ zh: `日历 ${calendar.id} 与 ${this.id} 不能合并`, en: `calendars ${this.id} and ${calendar.id} cannot be combined` });
      }
    }
    this.years = checkYears(calendars, this.id);
    this.overlayYears = [...new Set(overlays.map((o) => o.year))].sort((a, b) => a - b);

    for (const year of this.years) {
      for (let day = dayNumberOfCivil(year, 1, 1), end = dayNumberOfCivil(year + 1, 1, 1); day < end; day++) this.#working.set(day, weekdayRule(day));
    }
    this.#apply(calendars);
    // Overlays after the national schedule: a regional holiday rests a day the nation works; a regional
    // make-up day works a day the schedule rests. A year the nation has not loaded stays provisional.
    this.#apply(overlays);
  }

  #apply(documents: readonly Calendar[]): void {
    const holidays = new Set<number>();
    for (const calendar of documents) {
      for (const holiday of calendar.holidays) {
        const [from, to] = [dayNumberOf(holiday.from), dayNumberOf(holiday.to)];
        if (to < from) throw new InvalidCalendarError({ zh: `假期 ${holiday.from}–${holiday.to} 结束早于开始`, en: `holiday ${holiday.from}–${holiday.to} ends before it starts` });
        for (let day = from; day <= to; day++) holidays.add(day);
      }
    }
    const workdays = new Set<number>();
    for (const calendar of documents) {
      for (const workday of calendar.workdays) {
        const day = dayNumberOf(workday.date);
        if (holidays.has(day)) throw new InvalidCalendarError({ zh: `${workday.date} 同时是节假日和工作日`, en: `${workday.date} is both a holiday and a working day` });
        workdays.add(day);
      }
    }
    for (const day of workdays) if (this.#working.has(day)) this.#working.set(day, true);
    for (const day of holidays) if (this.#working.has(day)) this.#working.set(day, false);
  }

  /**
   * Whether a year is fully known: its national schedule is loaded and, when this region has overlays,
   * the region's overlay of that year too.
   */
  covers(year: number): boolean {
    return this.years.includes(year) && (this.overlayYears.length === 0 || this.overlayYears.includes(year));
  }

  /**
   * Whether a computation over the days from `from` to `to` (either order) used the weekday rule for a
   * year that is not fully known: its result may move when that year's schedule is loaded.
   */
  isProvisional(from: string, to: string): boolean {
    const [a, b] = [yearOf(from), yearOf(to)].sort((x, y) => x - y) as [number, number];
    for (let year = a; year <= b; year++) if (!this.covers(year)) return true;
    return false;
  }

  /** Whether a date is a working day (by the weekday rule in a year without a loaded schedule). */
  isWorkingDay(date: string): boolean {
    return this.#isWorking(dayNumberOf(date));
  }

  /**
   * The date of the n-th working day AFTER `start`: a time limit counts from the day after
   * acceptance, so the acceptance day itself never counts, whatever day it is. n = 0 gives `start`
   * (decided on the spot, 即办件).
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
    return this.#working.get(day) ?? weekdayRule(day);
  }
}
