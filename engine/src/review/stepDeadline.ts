// A review step's own deadline (its `timeLimit`, counted from when the step began, the days the matter
// waited for the applicant not counted, as the matter's deadline is) and the escalation on overdue (超期督办):
// who leads a step, and when an undecided task goes to its lead. Pure: the runtime stores and fires them.
import type { Matter, ReviewStep } from '@onego/schemas/types';
import { dueAt } from '../calendar/dueAt.ts';
import { matterDeadline, type MatterDeadline } from '../calendar/matterDeadline.ts';
import type { WorkingDayCalendar } from '../calendar/WorkingDayCalendar.ts';
import type { Pause } from '../flow/applicationContext.ts';

/** The position that leads a step that names none (科室负责人, section head). */
export const DEFAULT_STEP_LEAD = '科室负责人';

/** The position (in Chinese, as officers' positions are named) that leads a step; 科室负责人 without a step. */
export const stepLead = (step: ReviewStep | undefined): string => step?.lead?.zh ?? DEFAULT_STEP_LEAD;

/** Working days after a deadline at whose end an undecided task goes to its lead, if the matter says so. */
export const transferToLeadAfter = (matter: Matter | undefined, step: ReviewStep | undefined): number | undefined =>
  (step?.escalation ?? matter?.review?.escalation)?.transferToLeadAfter;

/**
 * The deadline of the step begun at `stepStartedAt`: its limit counted from the day after, the matter's
 * pauses (补正) since then not counted, and never later than the matter's own deadline (`matterDueAt`).
 */
export function stepDeadline(
  stepStartedAt: string,
  step: ReviewStep,
  pauses: readonly Pause[],
  matterDueAt: string | null,
  calendar: WorkingDayCalendar,
): MatterDeadline | null {
  if (!step.timeLimit) return null;
  const deadline = matterDeadline(stepStartedAt, step.timeLimit, pauses.filter((pause) => pause.from >= stepStartedAt), calendar);
  if (deadline.dueAt === null || matterDueAt === null || deadline.dueAt <= matterDueAt) return deadline;
  return { dueAt: matterDueAt, warningAt: deadline.warningAt !== null && deadline.warningAt < matterDueAt ? deadline.warningAt : matterDueAt, provisional: deadline.provisional };
}

/** When a task past `deadline` goes to its lead: the end of the `days`-th working day after the due day (0: at the deadline). */
export const escalationAt = (deadline: string, days: number, calendar: WorkingDayCalendar): string =>
  days === 0 ? deadline : dueAt(deadline, { days, kind: 'working' }, calendar);
