// The due date of a time limit (办理时限).
import type { TimeLimit } from '@onego/schemas/types';
import { addCalendarDays } from './addCalendarDays.ts';
import type { WorkingDayCalendar } from './WorkingDayCalendar.ts';

/**
 * The last day of a time limit that starts on `startDate` (the acceptance date, local):
 * - working (工作日): the `days`-th working day after the start (see WorkingDayCalendar.addWorkingDays);
 * - natural (自然日): `days` calendar days after the start. Holidays and weekends do not matter and
 *   need no calendar data; a last day that falls on a rest day is NOT moved to the next working day
 *   (some rules do that; OneGo keeps natural days plain).
 * 0 days gives the start date itself (即办件).
 */
export function deadlineOf(startDate: string, limit: TimeLimit, calendar: WorkingDayCalendar): string {
  if (!Number.isInteger(limit.days) || limit.days < 0) throw new RangeError(`a time limit must be a whole number of days ≥ 0, got ${limit.days}`);
  switch (limit.kind) {
    case 'working':
      return calendar.addWorkingDays(startDate, limit.days);
    case 'natural':
      return addCalendarDays(startDate, limit.days);
    default:
      throw new RangeError(`unknown time limit kind ${JSON.stringify((limit as { kind: unknown }).kind)}`);
  }
}
