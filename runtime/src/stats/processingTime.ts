// How long an application took (办理用时) in working days, and whether it met its committed limit.
import { dueAt, localDateOf, type WorkingDayCalendar } from '@onego/engine';

export interface ProcessingTime {
  /** Working days from submission to its end: those after the submission day up to the end day. */
  workingDays: number;
  /** The end of the last day of the committed limit counted from submission. */
  dueAt: string;
  /** Ended by dueAt: on the due day or earlier, the same rule as matter deadlines. */
  onTime: boolean;
}

/**
 * Counts as deadlines count (working days of the calendar, China Standard Time days, the submission day
 * itself not counted): an application submitted on Monday and completed on Wednesday took 2 working days;
 * completed on the day it was submitted, 0 (即办). With a limit of n working days it is on time when it
 * ended by 23:59:59.999 of the n-th working day after submission — so one finished on the Saturday after
 * a Friday deadline took n working days and is still late.
 */
export function processingTime(submittedAt: string, endedAt: string, limitDays: number, calendar: WorkingDayCalendar): ProcessingTime {
  const due = dueAt(submittedAt, { days: limitDays, kind: 'working' }, calendar);
  return { workingDays: calendar.countWorkingDays(localDateOf(submittedAt), localDateOf(endedAt)), dueAt: due, onTime: Date.parse(endedAt) <= Date.parse(due) };
}
