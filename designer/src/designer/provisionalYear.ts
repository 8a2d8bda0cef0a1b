// The designer's warning before publishing: counted from an application accepted today, would the
// bundle's longest committed time limit reach a year whose national holiday schedule is not loaded? Its
// deadlines would then count Monday–Friday for now (provisional). Pure: today and the years are passed in.
import { addCalendarDays, type WorkingDayCalendar } from '@onego/engine';
import type { TimeLimit } from '@onego/schemas/types';
import type { DesignDraft } from './draftModel.ts';

/** The committed limits of a draft: the bundle's, and each matter's as the bundle commits it. */
export function committedLimits(draft: DesignDraft): TimeLimit[] {
  const matters = draft.bundle.matters.map((entry) => entry.committedTimeLimit ?? draft.matters.find((m) => m.id === entry.matter)?.timeLimits.committed);
  // A limit being edited may not be a whole number of days yet: it counts once it is.
  return [draft.bundle.timeLimits.committed, ...matters].filter((limit): limit is TimeLimit => limit !== undefined && Number.isInteger(limit.days) && limit.days >= 0);
}

/** The last day of a limit counted from `today` (a 'YYYY-MM-DD' local date). */
const endOf = (limit: TimeLimit, today: string, calendar: WorkingDayCalendar) => (limit.kind === 'working' ? calendar.addWorkingDays(today, limit.days) : addCalendarDays(today, limit.days));

/**
 * The first year without a loaded national schedule among the years from `today` to the end of the
 * longest of `limits` counted from today; null when every such year is loaded (or there is no limit).
 * `calendar` counts the working days (a year it lacks counts Monday–Friday, close enough for a warning).
 */
export function provisionalYear(limits: readonly TimeLimit[], today: string, nationalYears: readonly number[], calendar: WorkingDayCalendar): number | null {
  if (limits.length === 0) return null;
  const last = limits.map((limit) => endOf(limit, today, calendar)).reduce((a, b) => (b > a ? b : a));
  for (let year = Number(today.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) if (!nationalYears.includes(year)) return year;
  return null;
}
