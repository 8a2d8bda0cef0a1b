// A decision on a matter with review steps (issue #16): who may take it and which engine event it is.
// approve is COMPLETE_STEP on a one-handler step (by its holder) or SIGN_STEP on a countersigned one (会签
// all / 或签 any, by a signer), with the step's result fields validated like form fields; sendBack is
// SEND_BACK to an earlier step; return (补正) and accept (容缺) only at the first step; reject at any step.
import {
  createAjv,
  inLang,
  signaturesComplete,
  stepLead,
  stepResultSchema,
  toValidationIssues,
  type ApplicationSnapshot,
  type CompiledBundle,
  type Ajv,
  type Lang,
  type MatterEvent,
} from '@onego/engine';
import type { ReviewStep } from '@onego/schemas/types';
import type { Knex } from 'knex';
import type { TaskRow } from '../db/rows.ts';
import { DomainError } from '../domainError.ts';
import { invalidData } from '../applications/formData.ts';
import { currentStep } from './taskHandling.ts';

/** What a decision on a step needs to know of the command. */
export interface StepDecisionInput {
  applicationId: string;
  matterId: string;
  by: string;
  byName: string;
  positions: readonly string[];
  decision: 'approve' | 'reject' | 'return' | 'accept' | 'sendBack';
  comment?: string | undefined;
  missing: readonly string[];
  fields: readonly string[];
  results?: Record<string, unknown> | undefined;
  stepId?: string | undefined;
  toStep?: string | undefined;
  lang: Lang;
}

const ajv: Ajv = createAjv();
type ValidateFunction = ReturnType<Ajv['compile']>;
/** Result validators, compiled once per bundle version, step and mode. */
const validators = new WeakMap<CompiledBundle, Map<string, ValidateFunction>>();

function validator(compiled: CompiledBundle, matterId: string, step: ReviewStep, lang: Lang, partial: boolean): ValidateFunction {
  let byStep = validators.get(compiled);
  if (!byStep) validators.set(compiled, (byStep = new Map<string, ValidateFunction>()));
  const key = `${matterId}\n${step.id}\n${lang}\n${String(partial)}`;
  const known = byStep.get(key);
  if (known) return known;
  const validate = ajv.compile(stepResultSchema(step, compiled.dictionary, lang, partial));
  byStep.set(key, validate);
  return validate;
}

function checkResults(compiled: CompiledBundle, matterId: string, step: ReviewStep, results: Record<string, unknown>, lang: Lang, partial: boolean): void {
  const validate = validator(compiled, matterId, step, lang, partial);
  if (!validate(results)) {
    throw invalidData(toValidationIssues(validate.errors, lang, results, validate.schema).map((issue) => ({ ...issue, path: `/results${issue.path}` })));
  }
}

/** The engine event of a decision on the matter's current step, after checking who takes it. */
export async function stepDecisionEvent(input: StepDecisionInput, state: { snapshot: ApplicationSnapshot; compiled: CompiledBundle; now: string; reads: Knex }): Promise<MatterEvent> {
  const { snapshot, compiled, now, reads } = state;
  const { matterId, by, decision, comment } = input;
  const current = currentStep(compiled, snapshot, matterId);
  const record = snapshot.context.matters[matterId];
  if (!current) {
    const status = record?.status ?? 'excluded';
    throw new DomainError(status === 'approved' || status === 'rejected' ? 'TASK_ALREADY_DECIDED' : 'TASK_NOT_ACTIONABLE', { status });
  }
  const { step, index, steps } = current;
  const name = (s: ReviewStep) => inLang(s.name, input.lang);
  if (input.stepId !== undefined && input.stepId !== step.id) {
    const decided = steps.find((s) => s.id === input.stepId);
    throw new DomainError('STEP_ALREADY_DECIDED', { step: decided ? name(decided) : input.stepId, current: name(step) });
  }
  const task = (await reads('tasks').where({ application_id: input.applicationId, matter_id: matterId }).first()) as TaskRow | undefined;
  const holder = task?.holder ?? null;
  const lead = input.positions.includes(stepLead(step));
  const holderName = async () => (holder ? (((await reads('officers').where({ subject: holder }).first()) as { name: string | null } | undefined)?.name ?? holder) : '');
  const countersigned = (step.mode ?? 'one') !== 'one';
  const base = { matterId, by, at: now, stepId: step.id };
  const withComment = comment ? { comment } : {};

  if (decision === 'approve' && countersigned) {
    const signatures = record?.signatures ?? [];
    const added = record?.addedSigners ?? [];
    if (signatures.some((s) => s.by === by)) throw new DomainError('ALREADY_SIGNED', { step: name(step) });
    const roles = Array.isArray(step.signers) ? step.signers.map((r) => r.zh) : undefined;
    const isAdded = added.some((a) => a.signer === by);
    const role = roles?.find((r) => input.positions.includes(r) && !signatures.some((s) => s.role === r));
    if (!isAdded && (roles ? role === undefined : !input.positions.includes(step.handler.zh))) throw new DomainError('NOT_A_SIGNER', { step: name(step) });
    const results = input.results ?? {};
    const signature = { by, at: now, ...(role && !isAdded ? { role } : {}), results };
    const completes = signaturesComplete(step, [...signatures, signature], added);
    if (completes) checkResults(compiled, matterId, step, Object.assign({}, ...signatures.map((s) => s.results ?? {}), results) as Record<string, unknown>, input.lang, false);
    else checkResults(compiled, matterId, step, results, input.lang, true);
    return { type: 'SIGN_STEP', ...base, ...(role && !isAdded ? { role } : {}), ...(input.results ? { results } : {}), ...withComment };
  }
  // Anything else is the holder's (a countersigned step's holder, or its lead, sends back, rejects or returns).
  if (holder !== by && !(countersigned && lead)) throw holder === null ? new DomainError('TASK_NOT_CLAIMED') : new DomainError('NOT_TASK_HOLDER', { holder: await holderName() });
  if (task?.delegated_by) throw new DomainError('DELEGATION_PENDING', { holder: await holderName() });
  if ((decision === 'return' || decision === 'accept') && index > 0) throw new DomainError('RETURN_ONLY_AT_FIRST_STEP', { first: name(steps[0] as ReviewStep) });
  switch (decision) {
    case 'approve': {
      const results = input.results ?? {};
      checkResults(compiled, matterId, step, results, input.lang, false);
      return { type: 'COMPLETE_STEP', ...base, ...(input.results ? { results } : {}), ...withComment };
    }
    case 'sendBack': {
      const to = steps.findIndex((s) => s.id === input.toStep);
      if (to < 0 || to >= index) throw new DomainError('STEP_NOT_EARLIER', { current: name(step) });
      return { type: 'SEND_BACK', ...base, to: input.toStep as string, ...withComment };
    }
    case 'reject':
      return { type: 'REJECT', matterId, by, at: now, ...(comment ? { reason: comment } : {}) };
    case 'accept':
      return { type: 'ACCEPT', matterId, by, at: now, owed: [...input.missing], ...withComment };
    case 'return':
      return { type: 'RETURN', matterId, by, at: now, missing: [...input.missing], ...(input.fields.length > 0 ? { fields: [...input.fields] } : {}), ...withComment };
  }
}
