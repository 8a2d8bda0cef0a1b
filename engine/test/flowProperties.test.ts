// Properties of the application statechart over generated bundles (random dependency DAGs of 1–8 matters,
// optional flags, conditions on one boolean answer, auto-approval rules, executable review steps — one
// handler, 会签 all of N or of named roles, 或签 any — with result fields mapped to the dependants) and
// random event sequences. The runtime's fast path (applicationLogic.ts) must give exactly what the actor
// gives; matters without review steps must behave exactly as on main before review steps existed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, type Actor } from 'xstate';
import type { Bundle, BundleMatter, Matter, ResultMapping, ReviewStep } from '@onego/schemas/types';
import type { ApplicationEvent } from '../src/flow/applicationEvent.ts';
import { applicationStatus } from '../src/flow/applicationStatus.ts';
import { createApplicationMachine, type ApplicationMachine } from '../src/flow/createApplicationMachine.ts';
import { regionKey } from '../src/flow/regionKey.ts';
import { restoreApplication } from '../src/flow/restoreApplication.ts';
import { applyApplicationEvent, initialApplicationSnapshot, persistApplication, restoreApplicationSnapshot } from '../src/flow/applicationLogic.ts';
import { createAjv } from '../src/validation/createAjv.ts';
import { createMainApplicationMachine } from './support/mainApplicationMachine.ts';

const ajv = createAjv();
const text = (zh: string) => ({ zh, en: zh });

interface MatterSpec {
  after: number[];
  optional: boolean;
  condition: 'none' | 'flag' | 'notFlag';
  rule: boolean;
  /** The modes of the matter's review steps; none: decided by APPROVE as before. */
  review: Mode[];
}

type Mode = 'one' | 'all' | 'any';

/** Even positions plain ids, odd ones with a '.' (escaped in region keys). */
const idOf = (index: number) => (index % 2 === 0 ? `m${index}` : `dept.m${index}`);

const reviewArbitrary: fc.Arbitrary<Mode[]> = fc.oneof(fc.constant<Mode[]>([]), fc.array(fc.constantFrom<Mode>('one', 'all', 'any'), { minLength: 1, maxLength: 3 }));

const specsOf = (review: fc.Arbitrary<Mode[]>) =>
  fc.integer({ min: 1, max: 8 }).chain((count) =>
    fc.tuple(
      ...Array.from({ length: count }, (_, index) =>
        fc.record({
          after: fc.subarray(Array.from({ length: index }, (_, i) => i)),
          optional: fc.boolean(),
          condition: fc.constantFrom('none' as const, 'flag' as const, 'notFlag' as const),
          rule: fc.boolean(),
          review,
        }),
      ),
    ),
  );
const specs = specsOf(reviewArbitrary);
/** Bundles whose matters have no review steps: decided by APPROVE, as before review steps. */
const plainSpecs = specsOf(fc.constant<Mode[]>([]));

const ROLES = [text('经办人'), text('科室负责人')];

/** Step ids: one with a '.' (escaped in state keys). */
const stepIdOf = (k: number) => (k === 1 ? 'check.s1' : `s${k}`);

/** Review steps: 会签 by two named roles or by two officers, 或签 by any of two; the last records a number. */
function reviewSteps(modes: readonly Mode[]): ReviewStep[] {
  return modes.map((mode, k) => ({
    id: stepIdOf(k),
    name: text(`环节 ${k}`),
    handler: text('经办人'),
    mode,
    ...(mode === 'one' ? {} : { signers: mode === 'all' && k % 2 === 0 ? ROLES : 2 }),
    ...(k === modes.length - 1 ? { resultFields: [{ id: 'number', label: text('编号'), type: 'string' as const, minLength: 3, required: true }] } : {}),
  }));
}

function minimalMatter(index: number, rule: boolean, review: readonly Mode[]): Matter {
  const id = idOf(index);
  return {
    id,
    version: '1.0.0',
    name: text(`事项 ${id}`),
    kind: 'public-service',
    department: { id: `dept-${index % 3}`, name: text(`部门 ${index % 3}`) },
    legalBasis: [{ title: text('示例') }],
    timeLimits: { legal: { days: 10, kind: 'working' }, committed: { days: 5, kind: 'working' } },
    visits: { count: 0 },
    steps: [{ id: 'review', name: text('审核'), timeLimit: { days: 5, kind: 'working' } }],
    // A non-key material: 容缺受理 (ACCEPT) can owe it, and APPROVE is refused while it is owed.
    materials: [{ id: 'material', name: text('材料'), issuer: text('申请人'), copies: 1, original: 'original', medium: 'paper', key: false }],
    blankForms: [],
    sampleForms: [],
    form: { fields: [{ element: 'applicant.name' }] },
    result: { type: 'record', name: text('结果'), delivery: ['electronic'] },
    ...(review.length > 0 ? { review: { steps: reviewSteps(review) } } : {}),
    ...(rule ? { autoApproval: { version: `2.0.${index}`, description: text('秒批'), rule: { properties: { fast: { const: true } }, required: ['fast'] } } } : {}),
  };
}

function generated(spec: readonly MatterSpec[]): { bundle: Bundle; matters: Map<string, Matter> } {
  const entries: BundleMatter[] = spec.map((s, index) => ({
    matter: idOf(index),
    ...(s.after.length > 0 ? { after: s.after.map(idOf) } : {}),
    ...(s.optional ? { optional: true } : {}),
    ...(s.condition === 'none' ? {} : { condition: { properties: { flag: { const: s.condition === 'flag' } }, required: ['flag'] } }),
  }));
  const bundle: Bundle = {
    id: 'generated',
    version: '1.0.0',
    name: text('生成的一件事'),
    questions: { type: 'object', properties: { flag: { type: 'boolean', title: 'flag?' } } },
    matters: entries,
    steps: [{ id: 'apply', name: text('申请') }],
    timeLimits: { committed: { days: 10, kind: 'working' } },
    visits: { count: 0 },
    issuance: { mode: 'unified', delivery: ['electronic'] },
  };
  // Each matter with steps passes its number to the matters that wait for it.
  const resultMappings: ResultMapping[] = spec.flatMap((s, index) =>
    s.after
      .filter((dependency) => (spec[dependency]?.review.length ?? 0) > 0)
      .map((dependency) => ({ from: { matter: idOf(dependency), field: 'number' }, to: { matter: idOf(index), field: `number-of-${idOf(dependency)}` } })),
  );
  if (resultMappings.length > 0) bundle.resultMappings = resultMappings;
  return { bundle, matters: new Map(spec.map((s, index) => [idOf(index), minimalMatter(index, s.rule, s.review)])) };
}

/**
 * An event as generated. Matter events name a position (8: a matter no bundle has), so many are ignored;
 * NEXT decides the first pending matter (or supplements the first returned one) so that runs get far — on a
 * matter with review steps, APPROVE means the event that moves its current step on; ISSUE is built from the
 * state, complete or missing a result. Step events name a step by position (3: no matter has it) and an
 * officer (0–3; officers 0 and 1 sign for the named roles).
 */
type Step =
  | { kind: 'SUBMIT'; flag: boolean; fast: boolean }
  | { kind: 'NEXT'; decision: 'APPROVE' | 'REJECT' | 'RETURN' | 'SEND_BACK' | 'ADD_SIGNER' }
  | { kind: DecisionType; target: number }
  | { kind: 'COMPLETE_STEP' | 'SIGN_STEP' | 'ADD_SIGNER' | 'SEND_BACK'; target: number; step: number; who: number; valid: boolean }
  | { kind: 'ISSUE'; complete: boolean }
  | { kind: 'WITHDRAW' };

type DecisionType = 'APPROVE' | 'REJECT' | 'RETURN' | 'ACCEPT' | 'SUPPLEMENT' | 'DEADLINE_WARNING' | 'OVERDUE';

const target = fc.integer({ min: 0, max: 8 });
const decision = fc.oneof(
  { weight: 12, arbitrary: fc.constant('APPROVE' as const) },
  { weight: 1, arbitrary: fc.constant('REJECT' as const) },
  { weight: 1, arbitrary: fc.constant('RETURN' as const) },
);
const submit = fc.record({ kind: fc.constant('SUBMIT' as const), flag: fc.boolean(), fast: fc.boolean() });
/** The events there were before review steps. */
const legacyStep: fc.Arbitrary<Step> = fc.oneof(
  { weight: 1, arbitrary: submit },
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('NEXT' as const), decision }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constantFrom('APPROVE' as const, 'REJECT' as const, 'RETURN' as const, 'SUPPLEMENT' as const, 'DEADLINE_WARNING' as const, 'OVERDUE' as const), target }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('ACCEPT' as const), target }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('ISSUE' as const), complete: fc.oneof(fc.constant(true), fc.boolean()) }) },
);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 21, arbitrary: legacyStep },
  { weight: 1, arbitrary: fc.constant({ kind: 'WITHDRAW' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('NEXT' as const), decision: fc.constantFrom('SEND_BACK' as const, 'ADD_SIGNER' as const) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constantFrom('COMPLETE_STEP' as const, 'SIGN_STEP' as const, 'ADD_SIGNER' as const, 'SEND_BACK' as const),
      target,
      step: fc.integer({ min: 0, max: 3 }),
      who: fc.integer({ min: 0, max: 3 }),
      valid: fc.boolean(),
    }),
  },
);
const stepsOf = (one: fc.Arbitrary<Step>) => fc.tuple(submit, fc.array(one, { maxLength: 60, size: 'max' })).map(([first, rest]) => [first, ...rest]);
const steps = stepsOf(step);
const legacySteps = stepsOf(legacyStep);

const atOf = (index: number) => new Date(Date.UTC(2026, 0, 5) + index * 3_600_000).toISOString();

type Definitions = ReadonlyMap<string, Matter>;

const reviewOf = (matters: Definitions, matterId: string): ReviewStep[] => matters.get(matterId)?.review?.steps ?? [];

/** The event that moves a matter with review steps on from its current step (a new signer of a countersigned one). */
function progress(actor: Actor<ApplicationMachine>, matters: Definitions, matterId: string, at: string): ApplicationEvent {
  const record = actor.getSnapshot().context.matters[matterId];
  const current = reviewOf(matters, matterId).find((candidate) => candidate.id === record?.step);
  const stepId = current?.id ?? 'none';
  const results = current?.resultFields ? { results: { number: `N-${matterId}` } } : {};
  if (!current || (current.mode ?? 'one') === 'one') return { type: 'COMPLETE_STEP', matterId, stepId, by: 'officer', at, ...results };
  const signatures = record?.signatures ?? [];
  const added = (record?.addedSigners ?? []).map((a) => a.signer);
  const waiting = added.find((signer) => !signatures.some((s) => s.by === signer));
  if (waiting !== undefined) return { type: 'SIGN_STEP', matterId, stepId, by: waiting, at, ...results };
  const role = Array.isArray(current.signers) ? current.signers.map((r) => r.zh).find((name) => !signatures.some((s) => s.role === name && !added.includes(s.by))) : undefined;
  return { type: 'SIGN_STEP', matterId, stepId, by: `signer-${signatures.length}`, at, ...(role === undefined ? {} : { role }), ...results };
}

function eventOf(s: Step, index: number, actor: Actor<ApplicationMachine>, matters: Definitions): ApplicationEvent {
  const at = atOf(index);
  switch (s.kind) {
    case 'SUBMIT':
      return { type: 'SUBMIT', at, answers: { flag: s.flag }, data: { fast: s.fast } };
    case 'NEXT': {
      const { matters: statuses } = applicationStatus(actor.getSnapshot());
      const pending = statuses.find((m) => m.status === 'pending');
      const returned = statuses.find((m) => m.status === 'returned');
      if (pending) {
        const review = reviewOf(matters, pending.matterId);
        if (review.length === 0) return matterEvent(s.decision === 'SEND_BACK' || s.decision === 'ADD_SIGNER' ? 'APPROVE' : s.decision, pending.matterId, at);
        const record = actor.getSnapshot().context.matters[pending.matterId];
        const index = review.findIndex((candidate) => candidate.id === record?.step);
        const stepId = record?.step ?? 'none';
        if (s.decision === 'SEND_BACK' && index > 0) return { type: 'SEND_BACK', matterId: pending.matterId, stepId, to: stepIdOf(0), by: 'lead', at };
        if (s.decision === 'ADD_SIGNER' && (review[index]?.mode ?? 'one') !== 'one') {
          return { type: 'ADD_SIGNER', matterId: pending.matterId, stepId, by: 'lead', at, signer: `added-${record?.addedSigners?.length ?? 0}` };
        }
        if (s.decision === 'REJECT' || s.decision === 'RETURN') return matterEvent(s.decision, pending.matterId, at);
        return progress(actor, matters, pending.matterId, at);
      }
      if (returned) return { type: 'SUPPLEMENT', matterId: returned.matterId, at };
      return matterEvent('APPROVE', idOf(8), at);
    }
    case 'ISSUE': {
      const approved = applicationStatus(actor.getSnapshot()).matters.filter((m) => m.status === 'approved');
      const issued = s.complete ? approved : approved.slice(1);
      return { type: 'ISSUE', at, results: issued.map((m) => ({ matterId: m.matterId, certificate: { type: 'record', number: `N-${m.matterId}`, issuedAt: at } })) };
    }
    case 'WITHDRAW':
      return { type: 'WITHDRAW', by: 'applicant', at, ...(index % 2 === 0 ? { reason: '不再需要' } : {}) };
    case 'COMPLETE_STEP':
    case 'SIGN_STEP':
    case 'ADD_SIGNER':
    case 'SEND_BACK': {
      const base = { matterId: idOf(s.target), stepId: stepIdOf(s.step), by: `officer-${s.who}`, at };
      const results = { results: s.valid ? { number: 'N-raw' } : { number: 'x' } };
      if (s.kind === 'COMPLETE_STEP') return { type: s.kind, ...base, ...results };
      if (s.kind === 'SIGN_STEP') return { type: s.kind, ...base, ...(s.who < 2 ? { role: ROLES[s.who]?.zh } : {}), ...results };
      if (s.kind === 'ADD_SIGNER') return { type: s.kind, ...base, signer: `officer-${(s.who + 1) % 4}` };
      return { type: s.kind, ...base, to: stepIdOf(s.who % 3) };
    }
    default:
      return matterEvent(s.kind, idOf(s.target), at);
  }
}

function matterEvent(type: DecisionType, matterId: string, at: string): ApplicationEvent {
  switch (type) {
    case 'APPROVE':
    case 'REJECT':
      return { type, matterId, by: 'officer', at };
    case 'RETURN':
      return { type, matterId, by: 'officer', at, missing: ['material'] };
    case 'ACCEPT':
      return { type, matterId, by: 'officer', at, owed: ['material'] };
    default:
      return { type, matterId, at };
  }
}

/**
 * Decides every pending matter as an officer would (supplying owed materials first, walking review steps to
 * the end) and supplements every returned one, until nothing moves. Returns the clock.
 */
function settle(actor: Actor<ApplicationMachine>, matters: Definitions, clock: number, rounds: number): number {
  for (let round = 0; round < rounds; round++) {
    for (const matter of applicationStatus(actor.getSnapshot()).matters) {
      if (matter.status === 'returned') deliver(actor, matterEvent('SUPPLEMENT', matter.matterId, atOf(clock++)));
      if (matter.status !== 'pending') continue;
      // Owed materials (容缺受理) are supplied first; a SUPPLEMENT of a matter owing nothing is ignored.
      deliver(actor, matterEvent('SUPPLEMENT', matter.matterId, atOf(clock++)));
      if (reviewOf(matters, matter.matterId).length === 0) deliver(actor, matterEvent('APPROVE', matter.matterId, atOf(clock++)));
      // At most 3 steps of at most 2 signers (and the added ones) each.
      else for (let k = 0; k < 12 && actor.getSnapshot().context.matters[matter.matterId]?.status === 'pending'; k++) deliver(actor, progress(actor, matters, matter.matterId, atOf(clock++)));
    }
  }
  return clock;
}

/** Sends the event unless the application has ended (xstate warns about events sent to a done actor). */
function deliver(actor: { getSnapshot(): { status: string }; send(event: ApplicationEvent): void }, event: ApplicationEvent): void {
  if (actor.getSnapshot().status === 'active') actor.send(event);
}

/** Runs the steps, checking after each event that can() said what happened. Returns the concrete events. */
function run(machine: ApplicationMachine, bundle: Bundle, matters: Definitions, generatedSteps: readonly Step[]): { actor: Actor<ApplicationMachine>; events: ApplicationEvent[] } {
  const actor = createActor(machine).start();
  const events = generatedSteps.map((s, index) => {
    const event = eventOf(s, index, actor, matters);
    const before = actor.getSnapshot();
    const accepted = before.can(event);
    deliver(actor, event);
    const after = actor.getSnapshot();
    expect(after !== before, `${event.type} ${'matterId' in event ? event.matterId : ''}: can() said ${accepted}`).toBe(accepted);
    checkInvariants(actor, bundle, matters);
    return event;
  });
  return { actor, events };
}

/**
 * At rest: each region's state is the status the context records (and, walking review steps, the step it
 * records); the application is rejected exactly when an included non-optional matter (or every included
 * matter) is rejected; it reaches issuance only when every included matter is approved or, being optional,
 * rejected. Paused time: one pause per return, open exactly while the matter is returned, never reversed; a
 * matter with steps is returned only from its first step.
 */
function checkInvariants(actor: Actor<ApplicationMachine>, bundle: Bundle, matters: Definitions): void {
  const { value, context } = actor.getSnapshot();
  if (value === 'draft') return;
  const optional = new Set(bundle.matters.filter((entry) => entry.optional === true).map((entry) => entry.matter));
  const statusOf = (matterId: string) => context.matters[matterId]?.status;
  const ends =
    context.included.some((matterId) => !optional.has(matterId) && statusOf(matterId) === 'rejected') ||
    context.included.every((matterId) => statusOf(matterId) === 'rejected');
  expect(value === 'rejected').toBe(ends);
  if (typeof value !== 'string' && 'processing' in value) {
    const regions = value.processing as Record<string, string | Record<string, string>>;
    for (const [matterId, record] of Object.entries(context.matters)) {
      const region = regions[regionKey(matterId)];
      const review = reviewOf(matters, matterId);
      if (review.length > 0 && record.status === 'pending') expect(region).toEqual({ pending: regionKey(record.step ?? '') });
      else expect(region).toBe(record.status);
    }
    expect(context.included.every((matterId) => ['approved', 'rejected'].includes(statusOf(matterId) ?? ''))).toBe(false);
  }
  for (const [matterId, record] of Object.entries(context.matters)) {
    const pauses = record.pauses ?? [];
    expect(pauses.length).toBe(record.returns ?? 0);
    expect(pauses.filter((pause) => pause.to === undefined).length).toBe(record.status === 'returned' ? 1 : 0);
    for (const pause of pauses) if (pause.to !== undefined) expect(pause.to >= pause.from).toBe(true);
    const review = reviewOf(matters, matterId);
    if (review.length > 0 && (record.status === 'pending' || record.status === 'returned')) {
      expect(review.map((s) => s.id)).toContain(record.step);
      if (record.status === 'returned') expect(record.step).toBe(review[0]?.id);
    } else expect(record.step).toBeUndefined();
  }
  if (value === 'withdrawn') {
    // Withdrawn only while nothing was decided: every matter still waiting, pending or excluded.
    expect(context.withdrawal?.by).toBe('applicant');
    for (const record of Object.values(context.matters)) expect(['waiting', 'pending', 'excluded']).toContain(record.status);
  }
  if (value === 'issuing' || value === 'completed') {
    for (const matterId of context.included) {
      expect(statusOf(matterId) === 'approved' || (optional.has(matterId) && statusOf(matterId) === 'rejected')).toBe(true);
    }
  }
}

const portable = (actor: Actor<ApplicationMachine>) => {
  const { value, context, status } = actor.getSnapshot();
  return JSON.parse(JSON.stringify({ value, context, status })) as unknown;
};

describe('application statechart properties', () => {
  it('completes only when every included non-optional matter was approved and every optional one decided; results flow and are issued', () => {
    const seen = { completed: 0, completedWithOptionalRejected: 0, rejected: 0, completedWithSteps: 0, received: 0 };
    fc.assert(
      fc.property(specs, steps, (spec, generatedSteps) => {
        const { bundle, matters } = generated(spec);
        const { actor } = run(createApplicationMachine(bundle, matters, { ajv }), bundle, matters, generatedSteps);
        const { value, context } = actor.getSnapshot();
        const optional = new Set(bundle.matters.filter((entry) => entry.optional === true).map((entry) => entry.matter));
        const statusOf = (matterId: string) => context.matters[matterId]?.status;
        // A dependant that started has what its approved (by people) dependencies with steps recorded.
        for (const mapping of bundle.resultMappings ?? []) {
          const source = context.matters[mapping.from.matter];
          const targetRecord = context.matters[mapping.to.matter];
          if (source?.status !== 'approved' || source.decidedBy !== 'officer' || !['pending', 'returned', 'approved'].includes(targetRecord?.status ?? '')) continue;
          if (targetRecord?.decidedBy === 'rule') continue;
          seen.received++;
          expect(targetRecord?.received?.[mapping.to.field]).toEqual({
            value: source.results?.['number']?.value,
            from: { matterId: mapping.from.matter, step: source.results?.['number']?.step, field: 'number' },
            at: source.results?.['number']?.at,
          });
        }
        if (value === 'rejected') seen.rejected++;
        if (value !== 'completed') return;
        seen.completed++;
        for (const matterId of context.included) {
          if (optional.has(matterId)) expect(['approved', 'rejected']).toContain(statusOf(matterId));
          else expect(statusOf(matterId)).toBe('approved');
        }
        if (context.included.some((matterId) => statusOf(matterId) === 'rejected')) seen.completedWithOptionalRejected++;
        const approved = context.included.filter((matterId) => statusOf(matterId) === 'approved');
        expect(approved.length).toBeGreaterThan(0);
        expect(context.results?.map((result) => result.matterId).sort()).toEqual(approved.sort());
        for (const result of context.results ?? []) {
          const record = context.matters[result.matterId];
          if (record?.results) seen.completedWithSteps++;
          expect(result.fields).toEqual(record?.results ? { number: record.results['number']?.value } : undefined);
        }
      }),
      { numRuns: 300 },
    );
    // The generator gets far enough to test something.
    expect(seen.completed).toBeGreaterThan(20);
    expect(seen.completedWithOptionalRejected).toBeGreaterThan(0);
    expect(seen.rejected).toBeGreaterThan(0);
    expect(seen.completedWithSteps).toBeGreaterThan(0);
    expect(seen.received).toBeGreaterThan(0);
  });

  it('reaches the pending state of every included matter (deciding whatever is pending)', () => {
    fc.assert(
      fc.property(specs, fc.boolean(), fc.boolean(), (spec, flag, fast) => {
        const { bundle, matters } = generated(spec);
        const actor = createActor(createApplicationMachine(bundle, matters, { ajv })).start();
        actor.send({ type: 'SUBMIT', at: atOf(0), answers: { flag }, data: { fast } });
        const { included } = actor.getSnapshot().context;
        if (included.length === 0) return;
        settle(actor, matters, 1, spec.length + 1);
        const { value, context } = actor.getSnapshot();
        for (const matterId of included) {
          expect(context.matters[matterId]?.startedAt, matterId).toBeDefined();
          expect(context.matters[matterId]?.status).toBe('approved');
        }
        expect(value).toBe('issuing');
      }),
      { numRuns: 300 },
    );
  });

  it('never gets stuck: from any point, deciding what is pending and supplementing what is returned ends it', () => {
    fc.assert(
      fc.property(specs, steps, (spec, generatedSteps) => {
        const { bundle, matters } = generated(spec);
        const { actor } = run(createApplicationMachine(bundle, matters, { ajv }), bundle, matters, generatedSteps);
        if (actor.getSnapshot().value === 'draft') return;
        settle(actor, matters, generatedSteps.length, 2 * spec.length + 1);
        expect(['issuing', 'completed', 'rejected', 'withdrawn']).toContain(actor.getSnapshot().value);
      }),
      { numRuns: 200 },
    );
  });

  it('continues from a persisted snapshot exactly as the uninterrupted actor', () => {
    fc.assert(
      fc.property(specs, steps, fc.nat(), (spec, generatedSteps, cutSeed) => {
        const { bundle, matters } = generated(spec);
        const machine = createApplicationMachine(bundle, matters, { ajv });
        const { actor: uninterrupted, events } = run(machine, bundle, matters, generatedSteps);
        const cut = cutSeed % (events.length + 1);

        const before = createActor(machine).start();
        for (const event of events.slice(0, cut)) deliver(before, event);
        const stored = JSON.stringify(before.getPersistedSnapshot());
        before.stop();
        const restored = restoreApplication(machine, JSON.parse(stored));
        for (const event of events.slice(cut)) deliver(restored, event);

        expect(portable(restored)).toEqual(portable(uninterrupted));
      }),
      { numRuns: 200 },
    );
  });

  it('the fast path (restore, apply, persist at every event) gives what the actor gives, and refuses what can() refuses', () => {
    fc.assert(
      fc.property(specs, steps, (spec, generatedSteps) => {
        const { bundle, matters } = generated(spec);
        const machine = createApplicationMachine(bundle, matters, { ajv });
        const { actor, events } = run(machine, bundle, matters, generatedSteps);
        let stored = JSON.stringify(persistApplication(initialApplicationSnapshot(machine)));
        for (const event of events) {
          const before = restoreApplicationSnapshot(machine, JSON.parse(stored));
          const after = applyApplicationEvent(machine, before, event);
          expect(after !== before).toBe(before.status === 'active' && before.can(event));
          stored = JSON.stringify(persistApplication(after));
        }
        expect(JSON.parse(stored)).toEqual(JSON.parse(JSON.stringify(actor.getPersistedSnapshot())));
        expect(portable(restoreApplication(machine, JSON.parse(stored)))).toEqual(portable(actor));
      }),
      { numRuns: 300 },
    );
  });

  it('withdraws (撤回) exactly while no matter has been decided, and ends there', () => {
    /** Events that decide something about a matter, when the machine accepts them (ACCEPT: while its materials are owed, see isWithdrawable). */
    const DECIDING = new Set(['APPROVE', 'REJECT', 'RETURN', 'COMPLETE_STEP', 'SIGN_STEP', 'ADD_SIGNER', 'SEND_BACK']);
    const seen = { withdrawn: 0, refused: 0 };
    fc.assert(
      fc.property(specs, steps, (spec, generatedSteps) => {
        const { bundle, matters } = generated(spec);
        const machine = createApplicationMachine(bundle, matters, { ajv });
        const { events } = run(machine, bundle, matters, generatedSteps);
        const actor = createActor(machine).start();
        let decided = false;
        const owing = new Set<string>();
        for (const event of events) {
          const before = actor.getSnapshot();
          if (event.type === 'WITHDRAW') {
            // The model: submitted, not ended, nothing decided by an officer or by a rule (秒批).
            const submitted = before.value !== 'draft' && before.status === 'active' && before.value !== 'issuing';
            const byRule = Object.values(before.context.matters).some((record) => record.decidedBy === 'rule');
            const expected = submitted && !decided && owing.size === 0 && !byRule;
            expect(before.status === 'active' && before.can(event)).toBe(expected);
            if (expected) seen.withdrawn++;
            else if (submitted) seen.refused++;
          }
          const accepted = before.status === 'active' && before.can(event);
          deliver(actor, event);
          if (accepted && DECIDING.has(event.type)) decided = true;
          if (accepted && event.type === 'ACCEPT') owing.add(event.matterId);
          if (accepted && event.type === 'SUPPLEMENT') owing.delete(event.matterId);
        }
        const { value, context, status } = actor.getSnapshot();
        if (value === 'withdrawn') {
          expect(status).toBe('done');
          expect(events.filter((event) => event.type === 'WITHDRAW').length).toBeGreaterThan(0);
          expect(context.withdrawal?.at).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
    expect(seen.withdrawn).toBeGreaterThan(5);
    expect(seen.refused).toBeGreaterThan(5);
  });

  it('matters without review steps behave exactly as before review steps: the same snapshot after every event as the machine on main', () => {
    fc.assert(
      fc.property(plainSpecs, legacySteps, (spec, generatedSteps) => {
        const { bundle, matters } = generated(spec);
        const machine = createApplicationMachine(bundle, matters, { ajv });
        const { events } = run(machine, bundle, matters, generatedSteps);
        const current = createActor(machine).start();
        const before = createActor(createMainApplicationMachine(bundle, matters, { ajv })).start();
        for (const event of events) {
          deliver(current, event);
          deliver(before, event);
          expect(JSON.stringify(current.getPersistedSnapshot())).toBe(JSON.stringify(before.getPersistedSnapshot()));
        }
        // A snapshot the machine on main persisted restores and goes on in the machine with review steps.
        expect(portable(restoreApplication(machine, JSON.parse(JSON.stringify(before.getPersistedSnapshot()))))).toEqual(portable(current));
      }),
      { numRuns: 200 },
    );
  });
});

describe('countersign (会签 / 或签) completes exactly when its rule says', () => {
  const signSteps = fc.array(
    fc.oneof(
      { weight: 4, arbitrary: fc.record({ kind: fc.constant('SIGN' as const), who: fc.integer({ min: 0, max: 5 }), role: fc.integer({ min: 0, max: 3 }) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('ADD' as const), who: fc.integer({ min: 0, max: 5 }) }) },
    ),
    { maxLength: 20 },
  );
  const ROLE_NAMES = ['经办人', '科室负责人', '分管领导', '窗口人员'];

  it('all of N / of named roles (with the signers added at run time), any of N: a model of the rule agrees with the machine at every event', () => {
    fc.assert(
      fc.property(fc.constantFrom<Mode>('all', 'any'), fc.oneof(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 3 }).map((n) => ROLE_NAMES.slice(0, n))), signSteps, (mode, signers, signs) => {
        const matter = minimalMatter(0, false, []);
        const stepDefinition: ReviewStep = { id: 'sign', name: text('会签'), handler: text('经办人'), mode, signers: typeof signers === 'number' ? signers : signers.map(text) };
        const matters = new Map([[matter.id, { ...matter, review: { steps: [stepDefinition] } }]]);
        const { bundle } = generated([{ after: [], optional: false, condition: 'none', rule: false, review: [] }]);
        const actor = createActor(createApplicationMachine(bundle, matters, { ajv })).start();
        actor.send({ type: 'SUBMIT', at: atOf(0), answers: {}, data: {} });
        // The model: who signed (for which role), who was added.
        const signed = new Map<string, string | undefined>();
        const added = new Set<string>();
        const required = typeof signers === 'number' ? signers : signers.length;
        const ordinary = () => [...signed.keys()].filter((who) => !added.has(who));
        signs.forEach((s, index) => {
          const who = `officer-${s.who}`;
          const complete = actor.getSnapshot().context.matters[matter.id]?.status === 'approved';
          if (complete) return;
          if (s.kind === 'ADD') {
            const accepts = !added.has(who) && !signed.has(who);
            const event: ApplicationEvent = { type: 'ADD_SIGNER', matterId: matter.id, stepId: 'sign', by: 'lead', at: atOf(index + 1), signer: who };
            expect(actor.getSnapshot().can(event)).toBe(accepts);
            actor.send(event);
            if (accepts) added.add(who);
            return;
          }
          const role = typeof signers === 'number' ? undefined : ROLE_NAMES[s.role];
          const roleFree = role !== undefined && (signers as string[]).includes(role) && !ordinary().some((other) => signed.get(other) === role);
          const accepts = !signed.has(who) && (added.has(who) || (typeof signers === 'number' ? ordinary().length < signers : roleFree));
          const event: ApplicationEvent = { type: 'SIGN_STEP', matterId: matter.id, stepId: 'sign', by: who, at: atOf(index + 1), ...(role === undefined ? {} : { role }) };
          expect(actor.getSnapshot().can(event)).toBe(accepts);
          actor.send(event);
          if (accepts) signed.set(who, role);
          const done = mode === 'any' ? signed.size > 0 : ordinary().length === required && [...added].every((a) => signed.has(a));
          expect(actor.getSnapshot().context.matters[matter.id]?.status).toBe(done ? 'approved' : 'pending');
          if (done) expect(actor.getSnapshot().context.matters[matter.id]?.stepsDone?.[0]?.by).toEqual([...signed.keys()]);
        });
      }),
      { numRuns: 400 },
    );
  });
});
