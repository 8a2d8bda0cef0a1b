// The rules of matters with executable review steps (matter.review.steps), for the application machine:
// which step events a matter accepts (guards) and what they record (context patches). Result fields are
// validated with ajv like form fields, compiled once per step; the values a completed step records flow to
// the dependent matters the bundle's resultMappings name.
import type { Bundle, Matter, ReviewStep } from '@onego/schemas/types';
import type { ValidateFunction } from 'ajv';
import type { DictionaryIndex } from '../definition/dictionaryIndex.ts';
import { reviewStepsOf, signatureCounts, signaturesComplete, stepMode, type StepSignature } from '../review/reviewSteps.ts';
import { stepResultSchema } from '../review/stepResultSchema.ts';
import type { Ajv } from '../validation/createAjv.ts';
import type { ApplicationContext, MatterRecord, ReceivedValue, RecordedResult } from './applicationContext.ts';
import type { ApplicationEvent, IssuedResult } from './applicationEvent.ts';
import { regionKey } from './regionKey.ts';

/** The key of a step's state inside its matter's `pending` state ('.' is a path separator in xstate). */
export const stepKey = (stepId: string): string => regionKey(stepId);

interface CompiledStep {
  step: ReviewStep;
  full: ValidateFunction;
  partial: ValidateFunction;
}

type Patch = Pick<ApplicationContext, 'matters'>;

/** The context's matters with several records patched (a field patched with undefined is removed). */
function patched(context: ApplicationContext, patches: ReadonlyMap<string, Partial<MatterRecord>>): Patch {
  const matters: Record<string, MatterRecord> = {};
  for (const [id, current] of Object.entries(context.matters)) {
    const patch = patches.get(id);
    if (!patch) {
      matters[id] = current;
      continue;
    }
    const record: Record<string, unknown> = {};
    for (const field in current) {
      const key = field as keyof MatterRecord;
      const next = key in patch ? patch[key] : current[key];
      if (next !== undefined) record[field] = next;
    }
    for (const [field, value] of Object.entries(patch)) if (value !== undefined && !(field in current)) record[field] = value;
    matters[id] = record as unknown as MatterRecord;
  }
  return { matters };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function createStepRules(bundle: Bundle, matters: ReadonlyMap<string, Matter>, ajv: Ajv, dictionary: DictionaryIndex | undefined) {
  const compiled = new Map<string, CompiledStep[]>();
  for (const entry of bundle.matters) {
    const reviewSteps = reviewStepsOf(matters.get(entry.matter));
    compiled.set(
      entry.matter,
      reviewSteps.map((step) => ({
        step,
        full: ajv.compile(stepResultSchema(step, dictionary)),
        partial: ajv.compile(stepResultSchema(step, dictionary, 'zh', true)),
      })),
    );
  }
  /** Source matter + field key → the dependent matters' fields it is passed to. */
  const mappings = new Map<string, { matterId: string; field: string }[]>();
  for (const mapping of bundle.resultMappings ?? []) {
    const key = `${mapping.from.matter}\n${mapping.from.field}`;
    mappings.set(key, [...(mappings.get(key) ?? []), { matterId: mapping.to.matter, field: mapping.to.field }]);
  }

  const stepAt = (matterId: string, index: number): CompiledStep | undefined => compiled.get(matterId)?.[index];

  /** The event is a step event for this matter's step `index`, which is the matter's current step. */
  const current = (context: ApplicationContext, event: ApplicationEvent, matterId: string, index: number): CompiledStep | undefined => {
    if ((event.type !== 'COMPLETE_STEP' && event.type !== 'SIGN_STEP' && event.type !== 'ADD_SIGNER' && event.type !== 'SEND_BACK') || event.matterId !== matterId) return undefined;
    const compiledStep = stepAt(matterId, index);
    if (!compiledStep || event.stepId !== compiledStep.step.id || context.matters[matterId]?.step !== event.stepId) return undefined;
    return compiledStep;
  };
  const isLast = (matterId: string, index: number) => index === (compiled.get(matterId)?.length ?? 0) - 1;
  /** The last step cannot complete while materials are owed (容缺受理), as APPROVE cannot. */
  const owesNothing = (context: ApplicationContext, matterId: string, index: number) => !isLast(matterId, index) || (context.matters[matterId]?.owed ?? []).length === 0;
  const resultsOf = (event: ApplicationEvent): Record<string, unknown> => ('results' in event && isRecord(event.results) ? event.results : {});
  /** The results of the current step's signatures, merged in order, with this event's. */
  const mergedResults = (record: MatterRecord | undefined, event: ApplicationEvent): Record<string, unknown> =>
    Object.assign({}, ...(record?.signatures ?? []).map((s) => s.results ?? {}), resultsOf(event)) as Record<string, unknown>;
  const withSignature = (record: MatterRecord | undefined, event: ApplicationEvent): StepSignature[] => {
    if (event.type !== 'SIGN_STEP') return record?.signatures ?? [];
    const signature: StepSignature = { by: event.by, at: event.at };
    if (event.role !== undefined) signature.role = event.role;
    if (event.results !== undefined) signature.results = { ...event.results };
    if (event.comment !== undefined) signature.comment = event.comment;
    return [...(record?.signatures ?? []), signature];
  };
  /** A SIGN_STEP that counts on the current countersigned step, with valid (possibly partial) results. */
  const validSignature = (context: ApplicationContext, event: ApplicationEvent, matterId: string, index: number): CompiledStep | undefined => {
    const compiledStep = current(context, event, matterId, index);
    if (!compiledStep || event.type !== 'SIGN_STEP' || stepMode(compiledStep.step) === 'one') return undefined;
    const record = context.matters[matterId];
    if (!signatureCounts(compiledStep.step, record?.signatures ?? [], record?.addedSigners ?? [], event)) return undefined;
    return compiledStep.partial(resultsOf(event)) ? compiledStep : undefined;
  };
  const signatureCompletes = (context: ApplicationContext, event: ApplicationEvent, matterId: string, compiledStep: CompiledStep): boolean => {
    const record = context.matters[matterId];
    return signaturesComplete(compiledStep.step, withSignature(record, event), record?.addedSigners ?? []);
  };

  return {
    /** How many review steps the matter has (0: decided in one step, by APPROVE). */
    count: (matterId: string): number => compiled.get(matterId)?.length ?? 0,
    ids: (matterId: string): string[] => (compiled.get(matterId) ?? []).map((c) => c.step.id),

    /** The first step's fields of a matter that starts pending; nothing for a matter without steps. */
    firstStep: (matterId: string, at: string): Partial<MatterRecord> => {
      const first = stepAt(matterId, 0);
      return first ? { step: first.step.id, stepStartedAt: at } : {};
    },

    atFirstStep: (context: ApplicationContext, matterId: string): boolean => context.matters[matterId]?.step === stepAt(matterId, 0)?.step.id,

    /** COMPLETE_STEP of a one-handler step with complete, valid results. */
    completes: (context: ApplicationContext, event: ApplicationEvent, matterId: string, index: number): boolean => {
      const compiledStep = current(context, event, matterId, index);
      return (
        compiledStep !== undefined &&
        event.type === 'COMPLETE_STEP' &&
        stepMode(compiledStep.step) === 'one' &&
        compiledStep.full(resultsOf(event)) &&
        owesNothing(context, matterId, index)
      );
    },

    /** SIGN_STEP whose signature makes the step's rule hold (all / any), leaving its results complete. */
    signCompletes: (context: ApplicationContext, event: ApplicationEvent, matterId: string, index: number): boolean => {
      const compiledStep = validSignature(context, event, matterId, index);
      return (
        compiledStep !== undefined &&
        signatureCompletes(context, event, matterId, compiledStep) &&
        compiledStep.full(mergedResults(context.matters[matterId], event)) &&
        owesNothing(context, matterId, index)
      );
    },

    /** SIGN_STEP that counts but does not complete the step yet (会签 waiting for other signers). */
    signCounts: (context: ApplicationContext, event: ApplicationEvent, matterId: string, index: number): boolean => {
      const compiledStep = validSignature(context, event, matterId, index);
      return compiledStep !== undefined && !signatureCompletes(context, event, matterId, compiledStep);
    },

    /** ADD_SIGNER (加签) on the current countersigned step, of an officer neither added nor signed yet. */
    canAddSigner: (context: ApplicationContext, event: ApplicationEvent, matterId: string, index: number): boolean => {
      const compiledStep = current(context, event, matterId, index);
      if (!compiledStep || event.type !== 'ADD_SIGNER' || stepMode(compiledStep.step) === 'one' || event.signer === '') return false;
      const record = context.matters[matterId];
      return !(record?.addedSigners ?? []).some((a) => a.signer === event.signer) && !(record?.signatures ?? []).some((s) => s.by === event.signer);
    },

    /** SEND_BACK from the current step `index` to the earlier step `to`. */
    sendsBack: (context: ApplicationContext, event: ApplicationEvent, matterId: string, index: number, to: number): boolean => {
      const compiledStep = current(context, event, matterId, index);
      return compiledStep !== undefined && event.type === 'SEND_BACK' && to < index && event.to === stepAt(matterId, to)?.step.id;
    },

    /**
     * The step `index` completed (COMPLETE_STEP, or the SIGN_STEP that completes it): on to the next step,
     * or the matter approved after its last; its results recorded and passed to the dependent matters.
     */
    completeStep: (context: ApplicationContext, event: ApplicationEvent, matterId: string, index: number): Patch => {
      if (event.type !== 'COMPLETE_STEP' && event.type !== 'SIGN_STEP') return {} as Patch;
      const record = context.matters[matterId];
      const step = stepAt(matterId, index)?.step.id ?? event.stepId;
      const signatures = withSignature(record, event);
      const by = event.type === 'SIGN_STEP' ? signatures.map((s) => s.by) : [event.by];
      const values = event.type === 'SIGN_STEP' ? mergedResults(record, event) : resultsOf(event);
      const results: Record<string, RecordedResult> = { ...(record?.results ?? {}) };
      for (const [field, value] of Object.entries(values)) results[field] = { value, step, by: event.by, at: event.at };
      const done = { step, by, at: event.at, ...(event.comment === undefined ? {} : { comment: event.comment }) };
      const next = stepAt(matterId, index + 1);
      const patches = new Map<string, Partial<MatterRecord>>();
      patches.set(matterId, {
        ...(next
          ? { step: next.step.id, stepStartedAt: event.at }
          : { status: 'approved', decidedBy: 'officer', by: event.by, decidedAt: event.at, step: undefined, stepStartedAt: undefined }),
        // While materials are owed (容缺受理), a step completed without a comment keeps the acceptance's note
        // to the applicant (what to bring); a comment of its own replaces it, as always.
        ...(event.comment === undefined && (record?.owed ?? []).length > 0 ? {} : { comment: event.comment }),
        signatures: undefined,
        addedSigners: undefined,
        stepsDone: [...(record?.stepsDone ?? []), done],
        results: Object.keys(results).length > 0 ? results : undefined,
      });
      for (const [field, value] of Object.entries(values)) {
        for (const target of mappings.get(`${matterId}\n${field}`) ?? []) {
          const targetRecord = context.matters[target.matterId];
          if (!targetRecord || targetRecord.status === 'excluded') continue;
          const received: Record<string, ReceivedValue> = { ...(patches.get(target.matterId)?.received ?? targetRecord.received ?? {}) };
          received[target.field] = { value, from: { matterId, step, field }, at: event.at };
          patches.set(target.matterId, { received });
        }
      }
      return patched(context, patches);
    },

    recordSignature: (context: ApplicationContext, event: ApplicationEvent, matterId: string): Patch =>
      patched(context, new Map([[matterId, { signatures: withSignature(context.matters[matterId], event) }]])),

    addSigner: (context: ApplicationContext, event: ApplicationEvent, matterId: string): Patch => {
      if (event.type !== 'ADD_SIGNER') return {} as Patch;
      const added = [...(context.matters[matterId]?.addedSigners ?? []), { signer: event.signer, by: event.by, at: event.at }];
      return patched(context, new Map([[matterId, { addedSigners: added }]]));
    },

    /** Back to the earlier step `to`: the steps from it on are to be done again; what they recorded and passed on goes. */
    sendBack: (context: ApplicationContext, event: ApplicationEvent, matterId: string, to: number): Patch => {
      if (event.type !== 'SEND_BACK') return {} as Patch;
      const redone = new Set((compiled.get(matterId) ?? []).slice(to).map((c) => c.step.id));
      const record = context.matters[matterId];
      const results = Object.fromEntries(Object.entries(record?.results ?? {}).filter(([, result]) => !redone.has(result.step)));
      const stepsDone = (record?.stepsDone ?? []).filter((done) => !redone.has(done.step));
      const patches = new Map<string, Partial<MatterRecord>>();
      patches.set(matterId, {
        step: event.to,
        stepStartedAt: event.at,
        comment: event.comment,
        signatures: undefined,
        addedSigners: undefined,
        stepsDone: stepsDone.length > 0 ? stepsDone : undefined,
        results: Object.keys(results).length > 0 ? results : undefined,
      });
      for (const [id, other] of Object.entries(context.matters)) {
        if (!other.received) continue;
        const kept = Object.entries(other.received).filter(([, value]) => value.from.matterId !== matterId || !redone.has(value.from.step));
        if (kept.length !== Object.keys(other.received).length) patches.set(id, { received: kept.length > 0 ? Object.fromEntries(kept) : undefined });
      }
      return patched(context, patches);
    },

    /** An issued result with the values the matter's steps recorded (none: as it was). */
    issuedWithFields: (context: ApplicationContext, result: IssuedResult): IssuedResult => {
      const recorded = context.matters[result.matterId]?.results;
      if (!recorded) return result;
      return { ...result, fields: Object.fromEntries(Object.entries(recorded).map(([field, entry]) => [field, entry.value])) };
    },
  };
}
