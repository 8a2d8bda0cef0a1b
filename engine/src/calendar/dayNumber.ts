// Calendar dates: 'YYYY-MM-DD' strings (proleptic Gregorian, a local date of the calendar's region)
// and day numbers (days since 1970-01-01). Integer arithmetic only, so years 0000–9999 behave alike
// (Date.UTC would map years below 100 to 19xx).
import { isValidCalendarDate } from '../formats/calendarDate.ts';
import { InvalidDateError } from './calendarErrors.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a civil date (H. Hinnant's days_from_civil). */
export function dayNumberOfCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The day number of a 'YYYY-MM-DD' date; InvalidDateError when malformed or not a real day. */
export function dayNumberOf(date: string): number {
  const match = typeof date === 'string' ? DATE.exec(date) : null;
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  if (!match || !isValidCalendarDate(year, month, day)) throw new InvalidDateError(date, 'date');
  return dayNumberOfCivil(year, month, day);
}

/** Year, month (1–12) and day of a day number (H. Hinnant's civil_from_days). */
export function civilOfDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1 };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The 'YYYY-MM-DD' date of a day number. */
export function dateOfDayNumber(dayNumber: number): string {
  const { year, month, day } = civilOfDayNumber(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}
