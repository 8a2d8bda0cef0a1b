// The timers of escalation on overdue (超期督办, issue #16), fired by the deadline scheduler as timer
// commands (timers/timerCommand.ts): a step's deadline near (STEP_DEADLINE_WARNING: its holder is told)
// and passed (STEP_OVERDUE: its lead is told personally, naming the application, matter, step and holder),
// and the transfer of a task still undecided N working days after its deadline to a lead of its step
// (TASK_ESCALATED, by the system): an officer of the department holding the step's lead position, the
// first by sign-in identity when there are several; when there is none, nothing moves and the department
// is told that nobody holds the position. Each fires once: a timer that no longer applies (the matter or
// the step was decided meanwhile) is refused as the engine refuses a stale event (moot).
import { stepLead, transferToLeadAfter } from '@onego/engine';
import type { CommandDecision, CommandHandler } from '../commands/applicationCommand.ts';
import { dueAtOf, type TaskRow } from '../db/rows.ts';
import { DomainError } from '../domainError.ts';
import { officerNames } from '../officers/officerNames.ts';
import { stepLeads } from '../officers/stepLeads.ts';

/** The timer kinds handled here; the matter's own warning and overdue are engine events. */
export type EscalationTimerKind = 'step_warning' | 'step_overdue' | 'escalate';

interface EscalationTimer {
  readonly timer: EscalationTimerKind;
  readonly matterId: string;
  /** The step whose deadline it is; null for the matter's own deadline (escalate only). */
  readonly stepId: string | null;
}

export interface EscalationWrites {
  event: { type: 'STEP_DEADLINE_WARNING' | 'STEP_OVERDUE' | 'TASK_ESCALATED'; matter_id: string; payload: Record<string, unknown> };
  /** The task moves to `to` (TASK_ESCALATED), if it still has the holder it had when decided. */
  transfer?: { taskId: string; holder: string | null; to: string };
}

type Decide = CommandHandler<EscalationTimer & { applicationId: string; by: string; kind: string }, EscalationWrites>['decide'];

export const decideEscalation: Decide = async (command, { snapshot, compiled, reads }): Promise<CommandDecision<EscalationWrites>> => {
  const { matterId, stepId } = command;
  const record = snapshot.context.matters[matterId];
  const status = record?.status ?? 'excluded';
  if (status !== 'pending') throw new DomainError(status === 'approved' || status === 'rejected' ? 'TASK_ALREADY_DECIDED' : 'TASK_NOT_ACTIONABLE', { status });
  // The step was decided (or sent back) meanwhile: its timers no longer apply.
  if (stepId !== null && record?.step !== stepId) throw new DomainError('TASK_NOT_ACTIONABLE', { status });
  const matter = compiled.matters.get(matterId);
  const step = matter?.review?.steps.find((s) => s.id === record?.step);
  const task = (await reads('tasks').where({ application_id: command.applicationId, matter_id: matterId }).first()) as TaskRow | undefined;
  if (!task) throw new DomainError('TASK_NOT_ACTIONABLE', { status });
  const holder = task.holder ?? null;
  const names = await officerNames(reads, holder ? [holder] : []);
  const dueAt = stepId === null ? dueAtOf(task) : (task.step_due_at ?? null);
  const payload: Record<string, unknown> = {
    ...(step ? { stepId: step.id, stepName: step.name } : {}),
    deadline: stepId === null ? 'matter' : 'step',
    dueAt,
    ...(holder ? { holder, holderName: names.get(holder) ?? holder } : {}),
  };
  const writes = (type: EscalationWrites['event']['type'], extra: Record<string, unknown> = {}, transfer?: EscalationWrites['transfer']): CommandDecision<EscalationWrites> => ({
    events: [],
    writes: { event: { type, matter_id: matterId, payload: { ...payload, ...extra } }, ...(transfer ? { transfer } : {}) },
  });
  if (command.timer === 'step_warning') return writes('STEP_DEADLINE_WARNING');
  if (command.timer === 'step_overdue') return writes('STEP_OVERDUE', { lead: stepLead(step) });
  // escalate: once per deadline — a step's since it began, the matter's once (a matter back from 补正
  // schedules its escalation again).
  const since = stepId === null ? (record?.startedAt ?? '') : (record?.stepStartedAt ?? '');
  const earlier = await reads('events')
    .where({ application_id: command.applicationId, matter_id: matterId, type: 'TASK_ESCALATED' })
    .andWhere('at', '>=', since)
    .select<{ payload: string | null }[]>('payload');
  const deadline = payload['deadline'];
  if (earlier.some((row) => (JSON.parse(row.payload ?? '{}') as Record<string, unknown>)['deadline'] === deadline)) return { events: [] };
  const lead = stepLead(step);
  const days = transferToLeadAfter(matter, stepId === null ? undefined : step);
  const leads = await stepLeads(reads, task.department, lead);
  if (holder !== null && leads.some((officer) => officer.subject === holder)) return { events: [] }; // a lead holds it already
  const to = leads[0];
  if (!to) return writes('TASK_ESCALATED', { lead, overdueDays: days, noLead: true });
  return writes('TASK_ESCALATED', { lead, overdueDays: days, to: to.subject, toName: to.name }, { taskId: task.id, holder, to: to.subject });
};

export const writeEscalation: NonNullable<CommandHandler<never, EscalationWrites>['write']> = async (trx, { event, transfer }, row) => {
  if (transfer) {
    const query = trx('tasks').where({ id: transfer.taskId });
    if (transfer.holder === null) void query.whereNull('holder');
    else void query.andWhere({ holder: transfer.holder });
    if ((await query.update({ holder: transfer.to, delegated_by: null })) !== 1) throw new DomainError('CONCURRENT_UPDATE');
  }
  await trx('events').insert({ application_id: row.id, type: event.type, matter_id: event.matter_id, actor: 'system', at: row.updated_at, payload: JSON.stringify(event.payload) });
};
