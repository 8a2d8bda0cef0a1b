// 签收 / 指派 / 转办 / 委派 / 交回 / 加签: who in a department holds a task of a matter with review steps
// (issue #16). Each is a command (kind 'handle') run by the command runner like a decision: one
// transaction, the application's version checked, so that of two officers claiming one task at the same
// instant exactly one wins (the other's retry finds it held: TASK_ALREADY_CLAIMED); each writes the
// task's holder and a timeline event naming who did what, or (加签) sends the engine's ADD_SIGNER.
import { inLang, stepLead, type ApplicationSnapshot, type CompiledBundle } from '@onego/engine';
import type { ReviewStep } from '@onego/schemas/types';
import type { Principal } from '../auth/principal.ts';
import type { ApplicationCommand, CommandHandler } from '../commands/applicationCommand.ts';
import type { CommandRunner } from '../commands/commandRunner.ts';
import type { Database } from '../db/createDatabase.ts';
import type { CommandEvent } from '../db/eventLog.ts';
import type { TaskRow } from '../db/rows.ts';
import { DomainError } from '../domainError.ts';
import type { OfficerDirectory } from '../officers/officerDirectory.ts';
import { officerNames } from '../officers/officerNames.ts';
import { ownTask } from './ownTask.ts';

/** What an officer does to who holds a task. */
export type HandlingAction = 'claim' | 'assign' | 'transfer' | 'delegate' | 'handBack' | 'addSigner';

/** The timeline event of each action but 加签 (the engine's ADD_SIGNER). */
type HandlingEventType = 'TASK_CLAIMED' | 'TASK_ASSIGNED' | 'TASK_TRANSFERRED' | 'TASK_DELEGATED' | 'TASK_HANDED_BACK';

export interface HandleCommand extends ApplicationCommand {
  readonly kind: 'handle';
  readonly action: HandlingAction;
  readonly taskId: string;
  readonly matterId: string;
  readonly department: string;
  /** The caller's positions (岗位) and name. */
  readonly positions: readonly string[];
  readonly byName: string;
  /** The colleague named (assign, transfer, delegate, 加签), recorded in the department. */
  readonly to?: { subject: string; name: string };
}

interface HandleWrites {
  taskId: string;
  /** The officer who acts: the event's actor. */
  actor: string;
  /** The holder the task had when decided: written only if it still has it. */
  holder: string | null;
  set: { holder: string | null; delegated_by: string | null };
  event: { type: HandlingEventType; matter_id: string; payload: Record<string, unknown> };
}

/** The matter's current step, or undefined for a matter without steps or past them. */
export function currentStep(compiled: CompiledBundle, snapshot: ApplicationSnapshot, matterId: string): { step: ReviewStep; index: number; steps: readonly ReviewStep[] } | undefined {
  const steps = compiled.matters.get(matterId)?.review?.steps ?? [];
  const id = snapshot.context.matters[matterId]?.step;
  const index = steps.findIndex((s) => s.id === id);
  const step = steps[index];
  return step ? { step, index, steps } : undefined;
}

/** Whether a position holds a step: its handler role. */
const handles = (step: ReviewStep, positions: readonly string[]): boolean => positions.includes(step.handler.zh);

/** Whether the positions lead the step (its `lead`, 科室负责人 by default; a matter without steps: 科室负责人). */
const isLead = (step: ReviewStep | undefined, positions: readonly string[]): boolean => positions.includes(stepLead(step));

export const handleCommand: CommandHandler<HandleCommand, HandleWrites> = {
  async decide(command, { snapshot, compiled, now, reads }) {
    const task = (await reads('tasks').where({ id: command.taskId }).first()) as TaskRow;
    const status = snapshot.context.matters[command.matterId]?.status;
    if (status === 'approved' || status === 'rejected') throw new DomainError('TASK_ALREADY_DECIDED', { status });
    if (status !== 'pending' && status !== 'returned' && status !== 'waiting') throw new DomainError('TASK_NOT_ACTIONABLE', { status: status ?? 'excluded' });
    const current = currentStep(compiled, snapshot, command.matterId);
    const stepName = current ? inLang(current.step.name, 'zh') : undefined;
    const holder = task.holder ?? null;
    const holderName = async () => (holder ? ((await officerNames(reads, [holder])).get(holder) ?? holder) : '');
    const payload = (extra: Record<string, unknown> = {}) => ({ byName: command.byName, ...(current ? { stepId: current.step.id, stepName: current.step.name } : {}), ...extra });
    const to = command.to;
    const toPayload = to ? { to: to.subject, toName: to.name } : {};
    const writes = (type: HandleWrites['event']['type'], set: HandleWrites['set'], extra: Record<string, unknown> = {}) => ({
      events: [] as CommandEvent[],
      writes: { taskId: task.id, actor: command.by, holder, set, event: { type, matter_id: command.matterId, payload: payload(extra) } },
    });
    switch (command.action) {
      case 'claim': {
        if (holder === command.by) return { events: [] }; // claimed already: nothing changes
        if (holder !== null) throw new DomainError('TASK_ALREADY_CLAIMED', { holder: await holderName() });
        if (current && !handles(current.step, command.positions) && !isLead(current.step, command.positions) && !signsFor(current.step, command.positions)) {
          throw new DomainError('POSITION_REQUIRED', { step: stepName ?? '', position: current.step.handler.zh });
        }
        return writes('TASK_CLAIMED', { holder: command.by, delegated_by: null });
      }
      case 'assign': {
        if (!isLead(current?.step, command.positions)) throw new DomainError('NOT_STEP_LEAD', { lead: stepLead(current?.step) });
        return writes('TASK_ASSIGNED', { holder: to?.subject ?? null, delegated_by: null }, toPayload);
      }
      case 'transfer':
      case 'delegate': {
        if (holder !== command.by) throw holder === null ? new DomainError('TASK_NOT_CLAIMED') : new DomainError('NOT_TASK_HOLDER', { holder: await holderName() });
        if (task.delegated_by) throw new DomainError('DELEGATION_PENDING', { holder: await holderName() });
        return command.action === 'transfer'
          ? writes('TASK_TRANSFERRED', { holder: to?.subject ?? null, delegated_by: null }, toPayload)
          : writes('TASK_DELEGATED', { holder: to?.subject ?? null, delegated_by: command.by }, toPayload);
      }
      case 'handBack': {
        if (!task.delegated_by) throw new DomainError('NOT_DELEGATED');
        if (holder !== command.by) throw new DomainError('NOT_TASK_HOLDER', { holder: await holderName() });
        const delegator = task.delegated_by;
        return writes('TASK_HANDED_BACK', { holder: delegator, delegated_by: null }, { to: delegator, toName: (await officerNames(reads, [delegator])).get(delegator) ?? delegator });
      }
      case 'addSigner': {
        if (!current) throw new DomainError('TASK_NOT_ACTIONABLE', { status: status ?? 'excluded' });
        if ((current.step.mode ?? 'one') === 'one') throw new DomainError('STEP_NOT_COUNTERSIGNED', { step: stepName ?? '' });
        if (holder !== command.by && !isLead(current.step, command.positions)) throw holder === null ? new DomainError('TASK_NOT_CLAIMED') : new DomainError('NOT_TASK_HOLDER', { holder: await holderName() });
        const record = snapshot.context.matters[command.matterId];
        const signer = to?.subject ?? '';
        if ((record?.addedSigners ?? []).some((a) => a.signer === signer) || (record?.signatures ?? []).some((s) => s.by === signer)) {
          throw new DomainError('SIGNER_ALREADY_ADDED', { name: to?.name ?? signer, step: stepName ?? '' });
        }
        return {
          events: [{ type: 'ADD_SIGNER', matterId: command.matterId, stepId: current.step.id, by: command.by, at: now, signer }],
          details: [{ byName: command.byName, signerName: to?.name ?? signer, stepName: current.step.name }],
        };
      }
    }
  },
  async write(trx, { taskId, actor, holder, set, event }, row) {
    // Written only if the task still has the holder it was decided on (the version check already orders
    // commands on one application; this keeps a holder from being overwritten by anything else).
    const query = trx('tasks').where({ id: taskId });
    if (holder === null) void query.whereNull('holder');
    else void query.andWhere({ holder });
    const updated = await query.update(set);
    if (updated !== 1) throw new DomainError('CONCURRENT_UPDATE');
    await trx('events').insert({ application_id: row.id, type: event.type, matter_id: event.matter_id, actor, at: row.updated_at, payload: JSON.stringify(event.payload) });
  },
};

/** Whether the positions sign a countersigned step that names its signers' roles. */
function signsFor(step: ReviewStep, positions: readonly string[]): boolean {
  return Array.isArray(step.signers) && step.signers.some((role) => positions.includes(role.zh));
}

export class TaskHandlingService {
  constructor(private readonly deps: { reads: Database; officers: OfficerDirectory; commands: Pick<CommandRunner<HandleCommand>, 'run'> }) {}

  /** Carries out the action on a task of the caller's department; answers the task's holder as it is now. */
  async handle(taskId: string, principal: Principal, action: HandlingAction, to?: string) {
    const { reads, officers, commands } = this.deps;
    const task = await ownTask(reads, taskId, principal);
    const colleague = to === undefined ? undefined : await officers.colleague(task.department, to);
    await commands.run({
      kind: 'handle',
      applicationId: task.application_id,
      by: principal.subject,
      action,
      taskId: task.id,
      matterId: task.matter_id,
      department: task.department,
      positions: principal.positions ?? [],
      byName: principal.name ?? principal.subject,
      ...(colleague ? { to: { subject: colleague.subject, name: colleague.name } } : {}),
    });
    const row = (await reads('tasks').where({ id: task.id }).first()) as TaskRow;
    const names = await officerNames(reads, [row.holder, row.delegated_by].filter((s): s is string => typeof s === 'string'));
    return { holder: holderOf(row.holder ?? null, names), delegatedBy: holderOf(row.delegated_by ?? null, names) };
  }
}

/** An officer as the API names them: subject and display name, or null. */
export const holderOf = (subject: string | null, names: ReadonlyMap<string, string>) => (subject === null ? null : { subject, name: names.get(subject) ?? subject });
