// Natural days (自然日): plain calendar arithmetic, no holidays involved.
import { dateOfDayNumber, dayNumberOf } from './dayNumber.ts';

/** The date `days` calendar days after `date` (negative goes back). */
export function addCalendarDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return dateOfDayNumber(dayNumberOf(date) + days);
}
