// Deadlines that stop while a matter waits for the applicant (补正期间不计入办理时限).
//
// A limit is spent day by day, counted like the limit itself (working or natural days, the start day
// never counting). At a return the days strictly between the last start and the day of the return are
// used up — neither the day the matter is returned nor the day it comes back counts, as with the day of
// acceptance; at the supplement the rest of the limit starts again like a fresh acceptance, from the day
// after. A limit already spent before the day of a return stays where it was due (overdue stays overdue).
import type { TimeLimit } from '@onego/schemas/types';
import type { Pause } from '../flow/applicationContext.ts';
import { addCalendarDays } from './addCalendarDays.ts';
import { dayNumberOf } from './dayNumber.ts';
import { deadlineOf } from './deadlineOf.ts';
import { CHINA_STANDARD_OFFSET, endOfLocalDay, localDateOf } from './localTime.ts';
import type { WorkingDayCalendar } from './WorkingDayCalendar.ts';

/** Days of the kind d with from < d ≤ to (from ≤ to). */
function daysBetween(from: string, to: string, kind: TimeLimit['kind'], calendar: WorkingDayCalendar): number {
  return kind === 'working' ? calendar.countWorkingDays(from, to) : dayNumberOf(to) - dayNumberOf(from);
}

export interface PausedDeadline {
  /** The due instant (end of the local due day, UTC ISO); null while the matter waits for the applicant. */
  dueAt: string | null;
  /** Days of the limit left when it stopped (while paused), or at `dueAt`'s start otherwise. */
  daysLeft: number;
  /**
   * A working-day deadline that counted days of a year whose holiday schedule is not loaded (by the
   * weekday rule): it may move when the schedule is loaded. Never for natural days or while paused.
   */
  provisional: boolean;
}

/**
 * The deadline of a limit started at `startedAt` (an ISO instant) with the given pauses, in order. An
 * open pause (no `to`) stops the clock: dueAt null and daysLeft what remains. Without pauses this is
 * `dueAt(startedAt, limit)`.
 */
export function pausedDeadline(
  startedAt: string,
  limit: TimeLimit,
  pauses: readonly Pause[],
  calendar: WorkingDayCalendar,
  offset: string = CHINA_STANDARD_OFFSET,
): PausedDeadline {
  const acceptedOn = localDateOf(startedAt, offset);
  const due = (date: string, daysLeft: number): PausedDeadline => ({
    dueAt: endOfLocalDay(date, offset),
    daysLeft,
    provisional: limit.kind === 'working' && calendar.isProvisional(acceptedOn, date),
  });
  let start = acceptedOn;
  let left = limit.days;
  for (const pause of pauses) {
    const dayBefore = addCalendarDays(localDateOf(pause.from, offset), -1);
    const used = dayBefore > start ? daysBetween(start, dayBefore, limit.kind, calendar) : 0;
    if (used >= left) {
      // Spent before it stopped: the deadline stays where it fell.
      return due(deadlineOf(start, { ...limit, days: left }, calendar), 0);
    }
    left -= used;
    if (pause.to === undefined) return { dueAt: null, daysLeft: left, provisional: false };
    start = localDateOf(pause.to, offset);
  }
  return due(deadlineOf(start, { ...limit, days: left }, calendar), left);
}
