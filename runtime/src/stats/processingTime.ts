// How long an application took (办理用时) in working days, and whether it met its committed limit. Time
// the application waited for the applicant (补正: any of its matters returned) does not count, as it
// does not for deadlines (补正期间不计入办理时限).
import { addCalendarDays, localDateOf, pausedDeadline, type Pause, type WorkingDayCalendar } from '@onego/engine';

export interface ProcessingTime {
  /** Working days from submission to its end: those after the submission day up to the end day, less the days it waited for the applicant. */
  workingDays: number;
  /** The end of the last day of the committed limit counted from submission, moved by the waits. */
  dueAt: string;
  /** Ended by dueAt: on the due day or earlier, the same rule as matter deadlines. */
  onTime: boolean;
}

/** The periods any matter waited for the applicant, merged where they overlap, in order; open ones end at `endedAt`. */
export function applicationPauses(matterPauses: readonly (readonly Pause[])[], endedAt: string): Pause[] {
  const all = matterPauses
    .flat()
    .map((p) => ({ from: p.from, to: p.to ?? endedAt }))
    .sort((a, b) => Date.parse(a.from) - Date.parse(b.from));
  const merged: { from: string; to: string }[] = [];
  for (const pause of all) {
    const last = merged[merged.length - 1];
    if (last && Date.parse(pause.from) <= Date.parse(last.to)) {
      if (Date.parse(pause.to) > Date.parse(last.to)) last.to = pause.to;
    } else merged.push({ ...pause });
  }
  return merged;
}

/**
 * Counts as deadlines count (working days of the calendar, China Standard Time days, the submission day
 * itself not counted): an application submitted on Monday and completed on Wednesday took 2 working days;
 * completed on the day it was submitted, 0 (即办). With a limit of n working days it is on time when it
 * ended by 23:59:59.999 of the n-th working day after submission — so one finished on the Saturday after
 * a Friday deadline took n working days and is still late. A wait for the applicant takes out the days
 * from the day of the return to the day of the supplement, both included, and moves the deadline the way
 * `pausedDeadline` moves a matter's.
 */
export function processingTime(submittedAt: string, endedAt: string, limitDays: number, calendar: WorkingDayCalendar, pauses: readonly Pause[] = []): ProcessingTime {
  const start = localDateOf(submittedAt);
  const end = localDateOf(endedAt);
  let waited = 0;
  for (const pause of pauses) {
    const from = localDateOf(pause.from);
    const to = localDateOf(pause.to ?? endedAt);
    // Working days d with from ≤ d ≤ to, within (start, end].
    const lo = from > start ? addCalendarDays(from, -1) : start;
    const hi = to < end ? to : end;
    if (hi > lo) waited += calendar.countWorkingDays(lo, hi);
  }
  const due = pausedDeadline(submittedAt, { days: limitDays, kind: 'working' }, pauses, calendar).dueAt ?? endedAt;
  return { workingDays: calendar.countWorkingDays(start, end) - waited, dueAt: due, onTime: Date.parse(endedAt) <= Date.parse(due) };
}
