// bundle → application statechart (并联审批): draft → processing (one parallel region per matter) →
// issuing (统一发证) → completed, or rejected. Pure: times and ids come in events; deadlines are events
// the runtime's scheduler sends (xstate timers are not persisted).
import type { Bundle, Matter } from '@onego/schemas/types';
import { assign, setup, type SnapshotFrom } from 'xstate';
import { dependencyCycles } from '../definition/dependencyCycles.ts';
import type { DictionaryIndex } from '../definition/dictionaryIndex.ts';
import { createAjv, type Ajv } from '../validation/createAjv.ts';
import { DEPENDENCY_REJECTED, type ApplicationContext, type MatterRecord } from './applicationContext.ts';
import type { ApplicationEvent, IssuedResult, SubmitEvent } from './applicationEvent.ts';
import { createStepRules, stepKey } from './stepRules.ts';
import { FlowError } from './flowError.ts';
import { regionKey } from './regionKey.ts';
import { isWithdrawable } from './withdrawal.ts';
import { onlineFee } from './matterFee.ts';
import { createSubmissionEvaluator, type Submission } from './submissionEvaluator.ts';

export interface ApplicationMachineOptions {
  /** The ajv to compile conditions and rules with (default: `createAjv()`, with OneGo's formats). */
  ajv?: Ajv;
  /** The data element dictionary, to validate review steps' result fields bound to data elements (without it they accept any value). */
  dictionary?: DictionaryIndex;
}

interface MatterParams {
  matterId: string;
}

/**
 * The context's matters with one record patched; a field patched with undefined is removed (JSON has no
 * undefined). Built field by field in the order a spread would give, without `delete`, which would turn
 * the record into a slow dictionary object for every later copy and serialisation (npm run bench).
 */
const withMatter = (context: ApplicationContext, matterId: string, patch: Partial<MatterRecord>): Pick<ApplicationContext, 'matters'> => {
  const current: Partial<MatterRecord> = context.matters[matterId] ?? { status: 'waiting' };
  const record: Record<string, unknown> = {};
  for (const field in current) {
    const value = field in patch ? patch[field as keyof MatterRecord] : current[field as keyof MatterRecord];
    if (value !== undefined) record[field] = value;
  }
  for (const field in patch) {
    const value = patch[field as keyof MatterRecord];
    if (value !== undefined && !(field in current)) record[field] = value;
  }
  const matters: Record<string, MatterRecord> = {};
  for (const id in context.matters) matters[id] = id === matterId ? (record as unknown as MatterRecord) : (context.matters[id] as MatterRecord);
  if (!(matterId in matters)) matters[matterId] = record as unknown as MatterRecord;
  return { matters };
};

const concernsMatter = (event: ApplicationEvent, matterId: string): boolean => 'matterId' in event && event.matterId === matterId;

const approvedMatters = (context: ApplicationContext): string[] =>
  context.included.filter((matterId) => context.matters[matterId]?.status === 'approved');

/** Every approved matter has exactly one result, and only approved matters have one. */
const resultsMatch = (context: ApplicationContext, results: readonly IssuedResult[]): boolean => {
  const approved = approvedMatters(context);
  const named = results.map((result) => result.matterId);
  return named.length === approved.length && new Set(named).size === named.length && named.every((id) => approved.includes(id));
};

interface StepParams {
  matterId: string;
  /** The step's index in the matter's review steps. */
  index: number;
}

interface SendBackParams extends StepParams {
  /** The index of the earlier step sent back to. */
  to: number;
}

interface DependantParams {
  matterId: string;
  dependencies: readonly string[];
}

/** Approved, or excluded (an excluded dependency counts as satisfied). */
const isSatisfied = (status: MatterRecord['status'] | undefined): boolean => status === 'approved' || status === 'excluded';

const dependenciesSatisfied = (context: ApplicationContext, dependencies: readonly string[]): boolean =>
  dependencies.every((dependency) => isSatisfied(context.matters[dependency]?.status));

const isAutoApproved = (context: ApplicationContext, matterId: string): boolean => context.autoApproved.some((entry) => entry.matterId === matterId);

/** A plain function, so that two guards can share it. */
function approvesLastDependency({ context, event }: { context: ApplicationContext; event: ApplicationEvent }, { dependencies }: DependantParams): boolean {
  if (event.type !== 'APPROVE' || !dependencies.includes(event.matterId)) return false;
  const approved = context.matters[event.matterId];
  if (approved?.status !== 'pending' || (approved.owed ?? []).length > 0) return false;
  return dependencies.every((dependency) => dependency === event.matterId || isSatisfied(context.matters[dependency]?.status));
}

function checkBundle(bundle: Bundle, matters: ReadonlyMap<string, Matter>): void {
  const fail = (zh: string, en: string): never => {
    throw new FlowError('INVALID_BUNDLE', { zh: `一件事 ${bundle.id} ${zh}`, en: `bundle ${bundle.id}: ${en}` });
  };
  const ids = bundle.matters.map((entry) => entry.matter);
  for (const [index, id] of ids.entries()) {
    if (ids.indexOf(id) !== index) fail(`重复列出事项 ${id}`, `matter ${id} is listed twice`);
    if (!matters.has(id)) fail(`引用的事项 ${id} 未提供`, `matter ${id} is not provided`);
  }
  for (const entry of bundle.matters) {
    for (const dependency of entry.after ?? []) {
      if (!ids.includes(dependency)) fail(`事项 ${entry.matter} 的前置事项 ${dependency} 不在本一件事中`, `matter ${entry.matter} waits for ${dependency}, which is not in the bundle`);
    }
  }
  const cycle = dependencyCycles(new Map(bundle.matters.map((entry) => [entry.matter, entry.after ?? []])))[0];
  if (cycle) fail(`前置关系成环：${cycle.join(' → ')}`, `dependencies make a cycle: ${cycle.join(' → ')}`);
  for (const mapping of bundle.resultMappings ?? []) {
    for (const end of [mapping.from, mapping.to]) {
      if (!ids.includes(end.matter)) fail(`结果传递引用的事项 ${end.matter} 不在本一件事中`, `a result mapping names ${end.matter}, which is not in the bundle`);
    }
  }
}

/**
 * The application statechart of a bundle. `matters` must provide every matter the bundle names
 * (a checked definition set); throws FlowError INVALID_BUNDLE otherwise, or on dependency cycles.
 */
export function createApplicationMachine(bundle: Bundle, matters: ReadonlyMap<string, Matter>, options: ApplicationMachineOptions = {}) {
  checkBundle(bundle, matters);
  const evaluateSubmission = createSubmissionEvaluator(bundle, matters, options.ajv ?? createAjv());
  // (the same ajv compiles the review steps' result fields below)
  // The SUBMIT guard and action both need the evaluation: it is done once per event.
  const evaluated = new WeakMap<object, Submission>();
  const evaluate = (event: SubmitEvent): Submission => {
    let submission = evaluated.get(event);
    if (!submission) {
      submission = evaluateSubmission(event);
      evaluated.set(event, submission);
    }
    return submission;
  };
  /** Material id → key material? per matter (key unless the matter says `key: false`). */
  const keyMaterials = new Map(
    bundle.matters.map((entry) => [entry.matter, new Map((matters.get(entry.matter)?.materials ?? []).map((m) => [m.id, m.key !== false]))]),
  );
  /** Matters whose fee is paid online (待缴费 after submission, until PAY). */
  const charged = new Set(bundle.matters.map((entry) => entry.matter).filter((id) => onlineFee(matters.get(id) ?? {}) !== undefined));
  const nonOptional = bundle.matters.filter((entry) => entry.optional !== true).map((entry) => entry.matter);
  const ajv = options.ajv ?? createAjv();
  const steps = createStepRules(bundle, matters, ajv, options.dictionary);
  /** APPROVE decides only a matter without review steps (one with steps is approved by its last step). */
  const approvesUnsteppedDependency = (args: { context: ApplicationContext; event: ApplicationEvent }, params: DependantParams): boolean =>
    args.event.type === 'APPROVE' && steps.count(args.event.matterId) === 0 && approvesLastDependency(args, params);

  const flow = setup({
    types: {
      context: {} as ApplicationContext,
      events: {} as ApplicationEvent,
    },
    guards: {
      includesSomeMatter: ({ event }) => event.type === 'SUBMIT' && evaluate(event).included.length > 0,
      isIncluded: ({ context }, { matterId }: MatterParams) => context.included.includes(matterId),
      isAutoApproved: ({ context }, { matterId }: MatterParams) => isAutoApproved(context, matterId),
      concernsMatter: ({ event }, { matterId }: MatterParams) => concernsMatter(event, matterId),
      /** 容缺受理: every owed material is a non-key material of the matter, and nothing is owed yet. */
      canAcceptWithOwed: ({ context, event }, { matterId }: MatterParams) => {
        if (event.type !== 'ACCEPT' || event.matterId !== matterId || (context.matters[matterId]?.owed ?? []).length > 0) return false;
        const materials = keyMaterials.get(matterId);
        return event.owed.length > 0 && event.owed.every((id) => materials?.get(id) === false);
      },
      owesMaterials: ({ context, event }, { matterId }: MatterParams) => concernsMatter(event, matterId) && (context.matters[matterId]?.owed ?? []).length > 0,
      approvable: ({ context, event }, { matterId }: MatterParams) => concernsMatter(event, matterId) && (context.matters[matterId]?.owed ?? []).length === 0,
      notYetWarned: ({ context, event }, { matterId }: MatterParams) => concernsMatter(event, matterId) && context.matters[matterId]?.warned !== true,
      notYetOverdue: ({ context, event }, { matterId }: MatterParams) => concernsMatter(event, matterId) && context.matters[matterId]?.overdue !== true,
      /** Some dependency was rejected (possible only for an optional one: otherwise the application ends first). */
      dependencyRejected: ({ context }, { dependencies }: { dependencies: readonly string[] }) =>
        dependencies.some((dependency) => context.matters[dependency]?.status === 'rejected'),
      /** Every included dependency is approved; excluded ones count as satisfied. */
      dependenciesApproved: ({ context }, { dependencies }: { dependencies: readonly string[] }) => dependenciesSatisfied(context, dependencies),
      /** Included, without dependencies, and its auto-approval rule (秒批) held at submission. */
      startsApprovedByRule: ({ context }, { matterId }: MatterParams) => context.included.includes(matterId) && isAutoApproved(context, matterId),
      /** Every dependency is approved or excluded, and the matter's rule held at submission. */
      dependenciesApprovedByRule: ({ context }, { matterId, dependencies }: DependantParams) =>
        dependenciesSatisfied(context, dependencies) && isAutoApproved(context, matterId),
      /**
       * The event approves this matter's last unapproved dependency (which accepts it: pending, owing
       * nothing), so the matter starts in the same step as its dependency is approved — one microstep
       * instead of two or three (npm run bench). The dependency's own APPROVE transition has exactly this
       * guard's first three conditions, so `can()` is unchanged.
       */
      approvesLastDependency: (args, params: DependantParams) => approvesUnsteppedDependency(args, params),
      approvesLastDependencyByRule: ({ context, event }, params: DependantParams) =>
        approvesUnsteppedDependency({ context, event }, params) && isAutoApproved(context, params.matterId),
      /** A non-optional included matter was rejected, or every included matter was (all of them optional: nothing to issue). */
      applicationRejected: ({ context }) =>
        nonOptional.some((matterId) => context.matters[matterId]?.status === 'rejected') ||
        context.included.every((matterId) => context.matters[matterId]?.status === 'rejected'),
      /** Every matter is decided or excluded: the regions' end states (kept non-final: see the README). */
      allSettled: ({ context }) =>
        Object.values(context.matters).every((record) => record.status === 'approved' || record.status === 'rejected' || record.status === 'excluded'),
      /** 撤回: the applicant withdraws while no matter has been decided. */
      withdrawable: ({ context, event }) => event.type === 'WITHDRAW' && isWithdrawable(context),
      resultsMatchApproved: ({ context, event }) => event.type === 'ISSUE' && resultsMatch(context, event.results),
      // ---- review steps (see stepRules.ts) ----
      completesStep: ({ context, event }, params: StepParams) => steps.completes(context, event, params.matterId, params.index),
      signCompletesStep: ({ context, event }, params: StepParams) => steps.signCompletes(context, event, params.matterId, params.index),
      signCounts: ({ context, event }, params: StepParams) => steps.signCounts(context, event, params.matterId, params.index),
      canAddSigner: ({ context, event }, params: StepParams) => steps.canAddSigner(context, event, params.matterId, params.index),
      sendsBackTo: ({ context, event }, params: SendBackParams) => steps.sendsBack(context, event, params.matterId, params.index, params.to),
      returnableAtFirstStep: ({ context, event }, { matterId }: MatterParams) => concernsMatter(event, matterId) && steps.atFirstStep(context, matterId),
    },
    actions: {
      recordSubmission: assign(({ event }) => {
        if (event.type !== 'SUBMIT') return {};
        const { included, autoApproved } = evaluate(event);
        const records: Record<string, MatterRecord> = {};
        for (const entry of bundle.matters) {
          const status = !included.includes(entry.matter) ? 'excluded' : charged.has(entry.matter) ? 'unpaid' : (entry.after ?? []).length > 0 ? 'waiting' : 'pending';
          records[entry.matter] = status === 'pending' ? { status, startedAt: event.at, ...steps.firstStep(entry.matter, event.at) } : { status };
        }
        return { submittedAt: event.at, included, autoApproved, matters: records };
      }),
      // One assign per transition, writing the matter's new status with the rest: every assign makes XState
      // rebuild the snapshot, so status is not written by separate entry actions.
      startMatter: assign(({ context, event }, { matterId }: MatterParams) =>
        withMatter(context, matterId, {
          ...(context.matters[matterId]?.startedAt === undefined ? { status: 'pending', startedAt: event.at } : { status: 'pending' }),
          ...steps.firstStep(matterId, event.at),
        }),
      ),
      approveByOfficer: assign(({ context, event }, { matterId }: MatterParams) => {
        if (event.type !== 'APPROVE') return {};
        return withMatter(context, matterId, { status: 'approved', decidedBy: 'officer', by: event.by, decidedAt: event.at, comment: event.comment });
      }),
      // Also starts the matter when it goes straight from waiting (or deciding) to approved.
      approveByRule: assign(({ context, event }, { matterId }: MatterParams) => {
        const ruleVersion = context.autoApproved.find((entry) => entry.matterId === matterId)?.ruleVersion;
        const startedAt = context.matters[matterId]?.startedAt ?? event.at;
        return withMatter(context, matterId, { status: 'approved', startedAt, decidedBy: 'rule', decidedAt: event.at, ruleVersion, step: undefined, stepStartedAt: undefined });
      }),
      rejectByOfficer: assign(({ context, event }, { matterId }: MatterParams) => {
        if (event.type !== 'REJECT') return {};
        return withMatter(context, matterId, {
          status: 'rejected',
          decidedBy: 'officer',
          by: event.by,
          decidedAt: event.at,
          reason: event.reason,
          ...(context.matters[matterId]?.step === undefined ? {} : { step: undefined, stepStartedAt: undefined, signatures: undefined, addedSigners: undefined }),
        });
      }),
      rejectForDependency: assign(({ context, event }, { matterId }: MatterParams) =>
        withMatter(context, matterId, { status: 'rejected', decidedAt: event.at, reason: DEPENDENCY_REJECTED }),
      ),
      acceptWithOwed: assign(({ context, event }, { matterId }: MatterParams) => {
        if (event.type !== 'ACCEPT') return {};
        return withMatter(context, matterId, { owed: [...event.owed], comment: event.comment });
      }),
      supplyOwed: assign(({ context }, { matterId }: MatterParams) => withMatter(context, matterId, { owed: undefined })),
      // The time limit stops at a return (补正期间不计入办理时限): a pause opens, closed by the supplement.
      returnForSupplement: assign(({ context, event }, { matterId }: MatterParams) => {
        if (event.type !== 'RETURN') return {};
        const record = context.matters[matterId];
        return withMatter(context, matterId, {
          status: 'returned',
          returns: (record?.returns ?? 0) + 1,
          missing: [...event.missing],
          fields: event.fields && event.fields.length > 0 ? [...event.fields] : undefined,
          comment: event.comment,
          returnedAt: event.at,
          pauses: [...(record?.pauses ?? []), { from: event.at }],
        });
      }),
      resumeAfterSupplement: assign(({ context, event }, { matterId }: MatterParams) => {
        const pauses = (context.matters[matterId]?.pauses ?? []).map((pause) => (pause.to === undefined ? { from: pause.from, to: event.at } : pause));
        return withMatter(context, matterId, { status: 'pending', pauses, missing: undefined, fields: undefined, returnedAt: undefined });
      }),
      // Paid: the matter waits for its dependencies, unless the paid state's transitions start or decide it.
      recordPayment: assign(({ context, event }, { matterId }: MatterParams) => {
        if (event.type !== 'PAY') return {};
        return withMatter(context, matterId, { status: 'waiting', payment: { orderNumber: event.orderNumber, amount: event.amount, paidAt: event.at } });
      }),
      markWarned: assign(({ context }, { matterId }: MatterParams) => withMatter(context, matterId, { warned: true })),
      markOverdue: assign(({ context }, { matterId }: MatterParams) => withMatter(context, matterId, { overdue: true })),
      recordRejection: assign(({ event }) => ({ rejectedAt: event.at })),
      recordWithdrawal: assign(({ event }) =>
        event.type === 'WITHDRAW' ? { withdrawal: { by: event.by, at: event.at, ...(event.reason === undefined ? {} : { reason: event.reason }) } } : {},
      ),
      recordIssuance: assign(({ context, event }) =>
        event.type === 'ISSUE' ? { results: event.results.map((result) => steps.issuedWithFields(context, { ...result, certificate: { ...result.certificate } })), completedAt: event.at } : {},
      ),
      completeStep: assign(({ context, event }, { matterId, index }: StepParams) => steps.completeStep(context, event, matterId, index)),
      approveByStep: assign(({ context, event }, { matterId, index }: StepParams) => steps.completeStep(context, event, matterId, index)),
      recordSignature: assign(({ context, event }, { matterId }: StepParams) => steps.recordSignature(context, event, matterId)),
      addSigner: assign(({ context, event }, { matterId }: StepParams) => steps.addSigner(context, event, matterId)),
      sendBack: assign(({ context, event }, { matterId, to }: SendBackParams) => steps.sendBack(context, event, matterId, to)),
    },
  });

  // Each region takes the shortest way to where it rests: a matter approved by rule goes there from deciding
  // or waiting directly, and a matter waiting for the dependency an APPROVE approves starts in the same
  // microstep. Every microstep makes xstate rebuild the snapshot, so fewer of them is most of a
  // cascading decision's cost (see the README's Performance).
  // A matter with review steps: `pending` walks them, one child state per step. A step's own events move to
  // the next step or back to an earlier one; completing the last step, RETURN (at the first step only) and
  // the matter's other events are the parent's, so they leave `pending` for the region's end states.
  const steppedPending = (matterId: string) => {
    const params = { matterId };
    const ids = steps.ids(matterId);
    const last = ids.length - 1;
    const lastParams = { matterId, index: last };
    return flow.createStateConfig({
      initial: stepKey(ids[0] as string),
      on: {
        COMPLETE_STEP: { guard: { type: 'completesStep', params: lastParams }, target: 'approved', actions: { type: 'approveByStep', params: lastParams } },
        SIGN_STEP: { guard: { type: 'signCompletesStep', params: lastParams }, target: 'approved', actions: { type: 'approveByStep', params: lastParams } },
        ACCEPT: { guard: { type: 'canAcceptWithOwed', params }, actions: { type: 'acceptWithOwed', params } },
        SUPPLEMENT: { guard: { type: 'owesMaterials', params }, actions: { type: 'supplyOwed', params } },
        REJECT: { guard: { type: 'concernsMatter', params }, target: 'rejected', actions: { type: 'rejectByOfficer', params } },
        RETURN: { guard: { type: 'returnableAtFirstStep', params }, target: 'returned', actions: { type: 'returnForSupplement', params } },
        DEADLINE_WARNING: { guard: { type: 'notYetWarned', params }, actions: { type: 'markWarned', params } },
        OVERDUE: { guard: { type: 'notYetOverdue', params }, actions: { type: 'markOverdue', params } },
      },
      states: Object.fromEntries(
        ids.map((id, index) => {
          const stepParams = { matterId, index };
          const next = index < last ? stepKey(ids[index + 1] as string) : undefined;
          return [
            stepKey(id),
            {
              on: {
                ...(next === undefined
                  ? { SIGN_STEP: { guard: { type: 'signCounts', params: stepParams }, actions: { type: 'recordSignature', params: stepParams } } }
                  : {
                      COMPLETE_STEP: { guard: { type: 'completesStep', params: stepParams }, target: next, actions: { type: 'completeStep', params: stepParams } },
                      SIGN_STEP: [
                        { guard: { type: 'signCompletesStep', params: stepParams }, target: next, actions: { type: 'completeStep', params: stepParams } },
                        { guard: { type: 'signCounts', params: stepParams }, actions: { type: 'recordSignature', params: stepParams } },
                      ],
                    }),
                ADD_SIGNER: { guard: { type: 'canAddSigner', params: stepParams }, actions: { type: 'addSigner', params: stepParams } },
                SEND_BACK: ids.slice(0, index).map((earlier, to) => ({
                  guard: { type: 'sendsBackTo' as const, params: { matterId, index, to } },
                  target: stepKey(earlier),
                  actions: { type: 'sendBack' as const, params: { matterId, index, to } },
                })),
              },
            },
          ];
        }),
      ),
    });
  };

  const regionOf = (matterId: string, dependencies: readonly string[]) => {
    const params = { matterId };
    const dependant = { matterId, dependencies };
    const rejectedForDependency = { guard: { type: 'dependencyRejected' as const, params: { dependencies } }, target: 'rejected', actions: { type: 'rejectForDependency' as const, params } };
    const waitingAlways = [
      rejectedForDependency,
      { guard: { type: 'dependenciesApprovedByRule' as const, params: dependant }, target: 'approved', actions: { type: 'approveByRule' as const, params } },
      { guard: { type: 'dependenciesApproved' as const, params: { dependencies } }, target: 'pending', actions: { type: 'startMatter' as const, params } },
    ];
    // A matter with an online fee waits in `unpaid` (待缴费) from submission until PAY; `paid` then does what
    // `deciding` does for a free matter, the time limit starting now (startMatter).
    const feeStates: Record<string, ReturnType<typeof flow.createStateConfig>> = charged.has(matterId)
      ? {
          unpaid: flow.createStateConfig({
            on: { PAY: { guard: { type: 'concernsMatter' as const, params }, target: 'paid', actions: { type: 'recordPayment' as const, params } } },
            ...(dependencies.length > 0 ? { always: [rejectedForDependency] } : {}),
          }),
          paid: flow.createStateConfig({
            always:
              dependencies.length > 0
                ? [...waitingAlways, { target: 'waiting' }]
                : [
                    { guard: { type: 'startsApprovedByRule' as const, params }, target: 'approved', actions: { type: 'approveByRule' as const, params } },
                    { target: 'pending', actions: { type: 'startMatter' as const, params } },
                  ],
          }),
        }
      : {};
    return flow.createStateConfig({
      initial: 'deciding',
      states: {
        deciding: {
          always: charged.has(matterId)
            ? [{ guard: { type: 'isIncluded', params }, target: 'unpaid' }, { target: 'excluded' }]
            : dependencies.length > 0
              ? [{ guard: { type: 'isIncluded', params }, target: 'waiting' }, { target: 'excluded' }]
              : [
                  { guard: { type: 'startsApprovedByRule', params }, target: 'approved', actions: { type: 'approveByRule', params } },
                  { guard: { type: 'isIncluded', params }, target: 'pending' },
                  { target: 'excluded' },
                ],
        },
        excluded: {},
        ...feeStates,
        waiting: {
          on: {
            APPROVE: [
              { guard: { type: 'approvesLastDependencyByRule', params: dependant }, target: 'approved', actions: { type: 'approveByRule', params } },
              { guard: { type: 'approvesLastDependency', params: dependant }, target: 'pending', actions: { type: 'startMatter', params } },
            ],
          },
          always: waitingAlways,
        },
        pending: steps.count(matterId) > 0 ? steppedPending(matterId) : {
          on: {
            APPROVE: { guard: { type: 'approvable', params }, target: 'approved', actions: { type: 'approveByOfficer', params } },
            ACCEPT: { guard: { type: 'canAcceptWithOwed', params }, actions: { type: 'acceptWithOwed', params } },
            SUPPLEMENT: { guard: { type: 'owesMaterials', params }, actions: { type: 'supplyOwed', params } },
            REJECT: { guard: { type: 'concernsMatter', params }, target: 'rejected', actions: { type: 'rejectByOfficer', params } },
            RETURN: { guard: { type: 'concernsMatter', params }, target: 'returned', actions: { type: 'returnForSupplement', params } },
            DEADLINE_WARNING: { guard: { type: 'notYetWarned', params }, actions: { type: 'markWarned', params } },
            OVERDUE: { guard: { type: 'notYetOverdue', params }, actions: { type: 'markOverdue', params } },
          },
        },
        returned: {
          on: { SUPPLEMENT: { guard: { type: 'concernsMatter', params }, target: 'pending', actions: { type: 'resumeAfterSupplement', params } } },
        },
        approved: {},
        rejected: {},
      },
    });
  };

  const regions = Object.fromEntries(bundle.matters.map((entry) => [regionKey(entry.matter), regionOf(entry.matter, entry.after ?? [])]));

  return flow.createMachine({
    id: 'application',
    initial: 'draft',
    context: { bundleId: bundle.id, bundleVersion: bundle.version, included: [], autoApproved: [], matters: {} },
    states: {
      draft: {
        on: { SUBMIT: { guard: 'includesSomeMatter', target: 'processing', actions: 'recordSubmission' } },
      },
      processing: {
        type: 'parallel',
        states: regions,
        on: { WITHDRAW: { guard: 'withdrawable', target: 'withdrawn', actions: 'recordWithdrawal' } },
        always: [
          { guard: 'applicationRejected', target: 'rejected', actions: 'recordRejection' },
          { guard: 'allSettled', target: 'issuing' },
        ],
      },
      issuing: {
        on: { ISSUE: { guard: 'resultsMatchApproved', target: 'completed', actions: 'recordIssuance' } },
      },
      completed: { type: 'final' },
      rejected: { type: 'final' },
      withdrawn: { type: 'final' },
    },
  });
}

export type ApplicationMachine = ReturnType<typeof createApplicationMachine>;
export type ApplicationSnapshot = SnapshotFrom<ApplicationMachine>;
