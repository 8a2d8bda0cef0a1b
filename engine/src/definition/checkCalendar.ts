// Checks of a working-day calendar: dates inside its year (a 元旦 break may start the December before),
// ranges in order, make-up working days on weekends, no day both a holiday and a working day.
import type { Calendar } from '@onego/schemas/types';
import { issueOf, pointer, type DefinitionIssue } from './definitionIssue.ts';

const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

export function checkCalendar(calendar: Calendar, file: string): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const problem = (path: string, zh: string, en: string) => issues.push(issueOf('INVALID_CALENDAR', file, path, { detail: { zh, en } }));
  const holidayDays = new Set<string>();
  calendar.holidays.forEach((holiday, i) => {
    // A 元旦 break may start in the December before (2023's notice: 2022-12-31 to 2023-01-02) when it reaches the year.
    const reachesYear = holiday.from.slice(0, 4) === String(calendar.year - 1) && holiday.to.slice(0, 4) === String(calendar.year);
    if (holiday.from.slice(0, 4) !== String(calendar.year) && !reachesYear) {
      problem(pointer('holidays', i, 'from'), `${holiday.from} 不在 ${calendar.year} 年内`, `${holiday.from} is not in ${calendar.year}`);
    }
    if (holiday.to < holiday.from) {
      problem(pointer('holidays', i, 'to'), `结束日期 ${holiday.to} 早于开始日期 ${holiday.from}`, `${holiday.to} is before ${holiday.from}`);
      return;
    }
    for (let d = new Date(`${holiday.from}T00:00:00Z`); d <= new Date(`${holiday.to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
      holidayDays.add(d.toISOString().slice(0, 10));
    }
  });
  calendar.workdays.forEach((workday, i) => {
    const at = pointer('workdays', i, 'date');
    const day = weekday(workday.date);
    if (day !== 0 && day !== 6) problem(at, `调休上班日 ${workday.date} 不是周末`, `make-up working day ${workday.date} is not a weekend day`);
    if (holidayDays.has(workday.date)) problem(at, `${workday.date} 同时是节假日和工作日`, `${workday.date} is both a holiday and a working day`);
  });
  return issues;
}
