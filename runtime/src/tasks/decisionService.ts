// 审批决定: an officer approves, rejects, returns (退回补正) or accepts with materials owed (容缺受理) a task
// of their department. The decision is checked against the task and its matter here, then sent as a
// command (`{ kind: 'decide', … }`) whose handler, `decideCommand` below, turns it into the engine's event
// from the application as it is when the command runs; the command runner writes it all in one transaction.
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import { isMatterFieldPointer, type CompiledBundle, type Lang, type MatterEvent } from '@onego/engine';
import type { ApplicationCommand, CommandHandler } from '../commands/applicationCommand.ts';
import type { CommandRunner, TaskFacts } from '../commands/commandRunner.ts';
import type { Database } from '../db/createDatabase.ts';
import type { ApplicationRow, TaskRow } from '../db/rows.ts';
import { DomainError, type DomainErrorCode } from '../domainError.ts';
import { ownTask } from './ownTask.ts';
import { stepDecisionEvent } from './stepDecision.ts';
import { taskSummary } from './taskViews.ts';

/** What an officer decides. */
export interface Decision {
  decision: 'approve' | 'reject' | 'return' | 'accept' | 'sendBack';
  comment?: string;
  missing?: string[];
  fields?: string[];
  /** A matter with review steps: the step decided (as the officer saw it), its result fields, and where sendBack goes. */
  stepId?: string;
  results?: Record<string, unknown>;
  toStep?: string;
}

export interface DecideCommand extends ApplicationCommand {
  readonly kind: 'decide';
  readonly matterId: string;
  readonly decision: Decision['decision'];
  readonly comment?: string;
  /** Materials to supplement (return), or owed (accept). */
  readonly missing: readonly string[];
  /** return: the matter's fields to correct. */
  readonly fields: readonly string[];
  /** A matter with review steps (stepDecision.ts): the caller's name and positions, the step, its results, where sendBack goes. */
  readonly byName?: string;
  readonly positions?: readonly string[];
  readonly stepId?: string;
  readonly results?: Record<string, unknown>;
  readonly toStep?: string;
  readonly lang?: Lang;
}

export const decideCommand: CommandHandler<DecideCommand, never> = {
  async decide(command, state) {
    const { snapshot, now, compiled } = state;
    const { matterId, by, decision, comment } = command;
    if ((compiled.matters.get(matterId)?.review?.steps.length ?? 0) > 0) {
      const event = await stepDecisionEvent(
        { ...command, byName: command.byName ?? by, positions: command.positions ?? [], lang: command.lang ?? 'zh' },
        state,
      );
      if (event.type === 'COMPLETE_STEP' && (snapshot.context.matters[matterId]?.owed ?? []).length > 0 && isLastStep(compiled, matterId, event.stepId)) {
        throw new DomainError('MATERIALS_OWED', { ids: (snapshot.context.matters[matterId]?.owed ?? []).join(', ') });
      }
      const stepName = compiled.matters.get(matterId)?.review?.steps.find((s) => s.id === ('stepId' in event ? event.stepId : snapshot.context.matters[matterId]?.step))?.name;
      return { events: [event], details: [{ byName: command.byName ?? by, ...(stepName ? { stepName } : {}) }] };
    }
    if (decision === 'sendBack') throw new DomainError('NO_REVIEW_STEPS');
    const base = { matterId, by, at: now };
    const owed = snapshot.context.matters[matterId]?.owed ?? [];
    if (decision === 'approve' && owed.length > 0) throw new DomainError('MATERIALS_OWED', { ids: owed.join(', ') });
    const event: MatterEvent =
      decision === 'approve'
        ? { type: 'APPROVE', ...base, ...(comment ? { comment } : {}) }
        : decision === 'reject'
          ? { type: 'REJECT', ...base, ...(comment ? { reason: comment } : {}) }
          : decision === 'accept'
            ? { type: 'ACCEPT', ...base, owed: [...command.missing], ...(comment ? { comment } : {}) }
            : { type: 'RETURN', ...base, missing: [...command.missing], ...(command.fields.length > 0 ? { fields: [...command.fields] } : {}), ...(comment ? { comment } : {}) };
    return { events: [event] };
  },
};

const isLastStep = (compiled: CompiledBundle, matterId: string, stepId: string): boolean => compiled.matters.get(matterId)?.review?.steps.at(-1)?.id === stepId;

/** The refusals of a command that the task's row may explain better (decided, cancelled). */
const REFUSALS: ReadonlySet<DomainErrorCode> = new Set(['TASK_ALREADY_DECIDED', 'TASK_NOT_ACTIONABLE', 'MATERIALS_OWED', 'CONCURRENT_UPDATE']);

function refuseByStatus(row: TaskRow): void {
  if (row.status === 'approved' || row.status === 'rejected') throw new DomainError('TASK_ALREADY_DECIDED', { status: row.status });
  if (row.status === 'cancelled') throw new DomainError('TASK_NOT_ACTIONABLE', { status: row.status });
  if (row.status === 'unpaid') throw new DomainError('TASK_AWAITING_PAYMENT');
}

export class DecisionService {
  constructor(private readonly deps: { reads: Database; catalog: BundleCatalog; commands: Pick<CommandRunner<DecideCommand>, 'run' | 'knownTask' | 'rememberTask'> }) {}

  /** Decides the task; answers it as the decision left it, with its application's status. */
  async decide(taskId: string, principal: Principal, request: Decision, lang: Lang = 'zh') {
    const { reads, commands } = this.deps;
    // What never changes about the task (application, matter, department), when this process knows it:
    // then its row is not read, and a decision it cannot take is told from the row only then (below).
    const known = commands.knownTask(taskId);
    if (known && known.department !== principal.department) throw new DomainError('FORBIDDEN');
    const read = known ? undefined : await ownTask(reads, taskId, principal);
    if (read) commands.rememberTask(read);
    const task: TaskFacts = known ?? (read as TaskRow);
    const missing = request.missing ?? [];
    const fields = request.fields ?? [];
    if (request.decision === 'return' && missing.length === 0 && fields.length === 0 && !request.comment) {
      throw new DomainError('BAD_REQUEST', { detail: 'a return names the missing materials or fields, or says why in a comment' });
    }
    if (request.decision === 'sendBack' && request.toStep === undefined) {
      throw new DomainError('BAD_REQUEST', { detail: 'a send-back (退回上一步) names the step to go back to in "toStep"' });
    }
    if (request.decision === 'accept' && missing.length === 0) {
      throw new DomainError('BAD_REQUEST', { detail: 'an acceptance with missing materials (容缺受理) names them in "missing"' });
    }
    if (missing.length > 0 || fields.length > 0) await this.checkNames(task, request.decision, missing, fields);
    if (read) refuseByStatus(read);
    const command: DecideCommand = {
      kind: 'decide',
      applicationId: task.application_id,
      by: principal.subject,
      matterId: task.matter_id,
      decision: request.decision,
      ...(request.comment !== undefined ? { comment: request.comment } : {}),
      missing,
      fields,
      ...(request.stepId !== undefined ? { stepId: request.stepId } : {}),
      ...(request.results !== undefined ? { results: request.results } : {}),
      ...(request.toStep !== undefined ? { toStep: request.toStep } : {}),
      byName: principal.name ?? principal.subject,
      positions: principal.positions ?? [],
      lang,
    };
    const outcome = await commands.run(command).catch(async (error: unknown) => {
      // Refused without the row read: refused as the row says when it says why (decided, cancelled).
      if (!read && error instanceof DomainError && REFUSALS.has(error.code)) refuseByStatus(await ownTask(reads, taskId, principal));
      throw error;
    });
    // The task and the application as the command wrote them. A task it left unchanged is read again, and
    // so is one whose step only moved on (受理 → 审查: the command wrote its step columns, not the whole row)
    // when this process had not read it.
    const written = outcome.tasks.get(task.matter_id);
    const whole = written !== undefined && (read !== undefined || 'accepted_at' in written);
    const updated = whole ? ({ ...(read ?? task), ...written } as TaskRow) : ((await reads('tasks').where({ id: task.id }).first()) as TaskRow);
    return { ...taskSummary(updated), decidedAt: updated.decided_at, decidedBy: updated.decided_by, applicationStatus: outcome.row.status };
  }

  /** A return or an acceptance names materials and fields of the task's matter; an acceptance owes no key material and no field. */
  private async checkNames(task: TaskFacts, decision: Decision['decision'], missing: readonly string[], fields: readonly string[]): Promise<void> {
    if (decision !== 'return' && decision !== 'accept') return;
    const { reads, catalog } = this.deps;
    const app = (await reads('applications').where({ id: task.application_id }).select('bundle_id', 'bundle_version').first()) as Pick<ApplicationRow, 'bundle_id' | 'bundle_version'>;
    const matter = (await catalog.compiledVersion(app.bundle_id, app.bundle_version)).matters.get(task.matter_id);
    const unknown = missing.find((id) => !matter?.materials.some((m) => m.id === id));
    if (unknown !== undefined) throw new DomainError('UNKNOWN_MATERIAL', { id: unknown });
    const key = decision === 'accept' ? missing.find((id) => matter?.materials.find((m) => m.id === id)?.key !== false) : undefined;
    if (key !== undefined) throw new DomainError('MATERIAL_IS_KEY', { id: key });
    if (decision === 'accept' && fields.length > 0) throw new DomainError('BAD_REQUEST', { detail: 'an acceptance owes materials only; return the matter to correct fields' });
    const field = fields.find((pointer) => !matter || !isMatterFieldPointer(matter, pointer));
    if (field !== undefined) throw new DomainError('UNKNOWN_FIELD', { path: field });
  }
}
