// The deadline of a task's current review step and the timers that go with it (issue #16), planned with
// the rest of a transition (commands/applicationTransition.ts): when a step begins (or its matter comes
// back from 补正), its own time limit gives the task's step_due_at and step_warning_at and three timers —
// step_warning at 80 %, step_overdue at the deadline (its lead is told) and, when the matter says so,
// escalate N working days after it (the task goes to the lead). A matter's own deadline may escalate too
// (review.escalation): its escalate timer is scheduled with its warning and overdue timers.
import { escalationAt, stepDeadline, transferToLeadAfter, type CompiledBundle, type MatterRecord, type WorkingDayCalendar } from '@onego/engine';

/** The step deadline columns of a task (migration 026). */
export interface StepDueColumns {
  step_due_at: string | null;
  step_warning_at: string | null;
}

export const NO_STEP_DUE: StepDueColumns = { step_due_at: null, step_warning_at: null };

/** A timer row to insert. */
export type TimerRowToInsert = Record<string, unknown>;

const timer = (applicationId: string, matterId: string, kind: string, dueAt: string, stepId: string | null): TimerRowToInsert => ({
  application_id: applicationId,
  matter_id: matterId,
  kind,
  due_at: dueAt,
  status: 'scheduled',
  step_id: stepId,
});

/**
 * The current step's deadline of a pending matter and its timers. A step without a time limit of its own,
 * or whose deadline is the matter's (its limit reaches the matter's deadline), has none: the matter's
 * deadline and timers are the task's.
 */
export function stepDue(
  compiled: CompiledBundle,
  applicationId: string,
  matterId: string,
  record: MatterRecord | undefined,
  matterDueAt: string | null,
  calendar: WorkingDayCalendar,
): { columns: StepDueColumns; timers: TimerRowToInsert[] } {
  const matter = compiled.matters.get(matterId);
  const step = matter?.review?.steps.find((s) => s.id === record?.step);
  if (!step || !record?.stepStartedAt) return { columns: NO_STEP_DUE, timers: [] };
  const deadline = stepDeadline(record.stepStartedAt, step, record.pauses ?? [], matterDueAt, calendar);
  if (!deadline?.dueAt || deadline.dueAt === matterDueAt) return { columns: NO_STEP_DUE, timers: [] };
  const timers = [timer(applicationId, matterId, 'step_overdue', deadline.dueAt, step.id)];
  if (deadline.warningAt && deadline.warningAt < deadline.dueAt) timers.unshift(timer(applicationId, matterId, 'step_warning', deadline.warningAt, step.id));
  const days = transferToLeadAfter(matter, step);
  if (days !== undefined) timers.push(timer(applicationId, matterId, 'escalate', escalationAt(deadline.dueAt, days, calendar), step.id));
  return { columns: { step_due_at: deadline.dueAt, step_warning_at: deadline.warningAt }, timers };
}

/** The escalate timer of a matter's own deadline, when its review says to transfer overdue tasks (review.escalation). */
export function matterEscalationTimer(compiled: CompiledBundle, applicationId: string, matterId: string, matterDueAt: string, calendar: WorkingDayCalendar): TimerRowToInsert[] {
  const days = transferToLeadAfter(compiled.matters.get(matterId), undefined);
  return days === undefined ? [] : [timer(applicationId, matterId, 'escalate', escalationAt(matterDueAt, days, calendar), null)];
}
