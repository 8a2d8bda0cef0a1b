// Where a task stands against its due date, in working days of the national calendar (the engine's),
// with the runtime's rule for the warning: 80 % of the time limit has run (see the engine's warningAt).
// Pure: `now` is passed in.
import { CalendarError, localDateOf, warningAt, type WorkingDayCalendar } from '@onego/engine';

type DeadlineState = 'on-time' | 'warning' | 'overdue';

export interface DeadlineStanding {
  state: DeadlineState;
  /** Working days from today to the due day (0 on the due day; negative once overdue). */
  remainingWorkingDays: number;
}

/**
 * The standing of an open task accepted at `acceptedAt` and due at `dueAt` (ISO instants), or null when
 * it has no dates or the calendar does not cover them. The time limit is taken as the working days from
 * acceptance to the due day, which is exact for working-day limits (natural-day limits are rare).
 */
export function deadlineStanding(acceptedAt: string | null, dueAt: string | null, now: Date, calendar: WorkingDayCalendar): DeadlineStanding | null {
  if (!acceptedAt || !dueAt) return null;
  try {
    const dueDay = localDateOf(dueAt);
    const remainingWorkingDays = calendar.countWorkingDays(localDateOf(now.toISOString()), dueDay);
    if (now.getTime() > Date.parse(dueAt)) return { state: 'overdue', remainingWorkingDays };
    const limit = { days: calendar.countWorkingDays(localDateOf(acceptedAt), dueDay), kind: 'working' as const };
    const warning = now.getTime() > Date.parse(warningAt(acceptedAt, limit, calendar));
    return { state: warning ? 'warning' : 'on-time', remainingWorkingDays };
  } catch (error) {
    if (error instanceof CalendarError) return null;
    throw error;
  }
}
