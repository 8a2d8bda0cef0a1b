// The instant to warn that a time limit is running out (预警).
import type { TimeLimit } from '@onego/schemas/types';
import { dueAt } from './dueAt.ts';
import { CHINA_STANDARD_OFFSET } from './localTime.ts';
import type { WorkingDayCalendar } from './WorkingDayCalendar.ts';

/**
 * How many of a limit's days have run at the warning: floor(fraction × days), counted like the limit
 * itself (working or natural days). Rounding down keeps the warning before the due day whenever
 * fraction < 1 and days ≥ 1 (rounding up would warn on the due day itself for every limit up to
 * 4 days at 0.8). A 0-day limit warns when it is due.
 */
export function warningDays(days: number, fraction: number): number {
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`the warning fraction must be between 0 and 1, got ${fraction}`);
  return Math.floor(days * fraction + 1e-9);
}

/**
 * The end of the day (23:59:59.999 local) on which `fraction` (default 80 %) of the time limit has run,
 * as a UTC ISO string: for 10 working days, the end of the 8th working day after acceptance; for 3
 * working days, the end of the 2nd.
 */
export function warningAt(
  acceptedAt: string,
  limit: TimeLimit,
  calendar: WorkingDayCalendar,
  fraction = 0.8,
  offset: string = CHINA_STANDARD_OFFSET,
): string {
  return dueAt(acceptedAt, { days: warningDays(limit.days, fraction), kind: limit.kind }, calendar, offset);
}
