// A matter's deadline and warning point, as the runtime stores them (a task's dueAt, its warning and
// overdue timers), and how loading a year's holiday schedule re-bases them.
import type { TimeLimit } from '@onego/schemas/types';
import type { Pause } from '../flow/applicationContext.ts';
import { pausedDeadline } from './pausedDeadline.ts';
import { warningDays } from './warningAt.ts';
import type { WorkingDayCalendar } from './WorkingDayCalendar.ts';

/** The share of a limit that has run at the warning (预警). */
export const WARNING_FRACTION = 0.8;

export interface MatterDeadline {
  /** End of the due day (UTC ISO); null while the matter waits for the applicant (补正). */
  dueAt: string | null;
  /** End of the day the warning is due; null when there is no deadline. */
  warningAt: string | null;
  /** Counted by the weekday rule over a year whose schedule is not loaded (see WorkingDayCalendar). */
  provisional: boolean;
}

/**
 * The deadline of a matter accepted at `startedAt` with its time limit and the periods it waited for
 * the applicant: the limit counted from the day after acceptance, the paused days not counted.
 */
export function matterDeadline(startedAt: string, limit: TimeLimit, pauses: readonly Pause[], calendar: WorkingDayCalendar): MatterDeadline {
  const due = pausedDeadline(startedAt, limit, pauses, calendar);
  if (due.dueAt === null) return { dueAt: null, warningAt: null, provisional: false };
  const warning = pausedDeadline(startedAt, { ...limit, days: warningDays(limit.days, WARNING_FRACTION) }, pauses, calendar);
  return { dueAt: due.dueAt, warningAt: warning.dueAt, provisional: due.provisional || warning.provisional };
}

/** What the runtime holds of an open matter's deadline. */
export interface HeldDeadline {
  startedAt: string;
  limit: TimeLimit;
  pauses: readonly Pause[];
  /** The warning has fired (预警 sent): it is never sent again. */
  warned: boolean;
  /** The overdue point has passed and fired: the deadline is history and never moves. */
  overdue: boolean;
  dueAt: string;
  provisional: boolean;
}

export interface DeadlineRebase {
  from: string;
  to: string;
  provisional: boolean;
  /** The new warning point, when the warning has not fired yet. */
  warningAt: string | null;
}

/**
 * How a held deadline moves with the calendar as it is now (a year's schedule was loaded): computed from
 * scratch from the same acceptance, limit and paused periods, so it equals the deadline a matter accepted
 * with the full calendar would have. A deadline that already passed and fired never moves: it only stops
 * being provisional (`to` = `from`). Null when nothing changes: the same date and mark, or a matter
 * paused for 补正 (its deadline is computed when it resumes).
 */
export function rebasedDeadline(held: HeldDeadline, calendar: WorkingDayCalendar): DeadlineRebase | null {
  if (held.overdue) return held.provisional ? { from: held.dueAt, to: held.dueAt, provisional: false, warningAt: null } : null;
  const next = matterDeadline(held.startedAt, held.limit, held.pauses, calendar);
  if (next.dueAt === null) return null;
  if (next.dueAt === held.dueAt && next.provisional === held.provisional) return null;
  return { from: held.dueAt, to: next.dueAt, provisional: next.provisional, warningAt: held.warned ? null : next.warningAt };
}
