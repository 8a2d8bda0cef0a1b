// The instant a time limit runs out, for the runtime to store as a timer.
import type { TimeLimit } from '@onego/schemas/types';
import { deadlineOf } from './deadlineOf.ts';
import { CHINA_STANDARD_OFFSET, endOfLocalDay, localDateOf } from './localTime.ts';
import type { WorkingDayCalendar } from './WorkingDayCalendar.ts';

/**
 * The end of the due day (23:59:59.999 local at `offset`) of a limit counted from the local date of
 * `acceptedAt` (an ISO instant with a zone), as a UTC ISO string. The time of day of acceptance does not
 * matter: accepted at 08:00 or 23:00, the limit counts from the next day.
 */
export function dueAt(acceptedAt: string, limit: TimeLimit, calendar: WorkingDayCalendar, offset: string = CHINA_STANDARD_OFFSET): string {
  return endOfLocalDay(deadlineOf(localDateOf(acceptedAt, offset), limit, calendar), offset);
}
