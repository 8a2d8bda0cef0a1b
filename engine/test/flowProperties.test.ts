// Properties of the application statechart over generated bundles (random dependency DAGs of 1–8 matters,
// optional flags, conditions on one boolean answer, auto-approval rules) and random event sequences. The
// runtime's fast path (applicationLogic.ts) must give exactly what the actor gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, type Actor } from 'xstate';
import type { Bundle, BundleMatter, Matter } from '@onego/schemas/types';
import type { ApplicationEvent } from '../src/flow/applicationEvent.ts';
import { applicationStatus } from '../src/flow/applicationStatus.ts';
import { createApplicationMachine, type ApplicationMachine } from '../src/flow/createApplicationMachine.ts';
import { regionKey } from '../src/flow/regionKey.ts';
import { restoreApplication } from '../src/flow/restoreApplication.ts';
import { applyApplicationEvent, initialApplicationSnapshot, persistApplication, restoreApplicationSnapshot } from '../src/flow/applicationLogic.ts';
import { createAjv } from '../src/validation/createAjv.ts';

const ajv = createAjv();
const text = (zh: string) => ({ zh, en: zh });

interface MatterSpec {
  after: number[];
  optional: boolean;
  condition: 'none' | 'flag' | 'notFlag';
  rule: boolean;
}

/** Even positions plain ids, odd ones with a '.' (escaped in region keys). */
const idOf = (index: number) => (index % 2 === 0 ? `m${index}` : `dept.m${index}`);

const specs = fc
  .integer({ min: 1, max: 8 })
  .chain((count) =>
    fc.tuple(
      ...Array.from({ length: count }, (_, index) =>
        fc.record({
          after: fc.subarray(Array.from({ length: index }, (_, i) => i)),
          optional: fc.boolean(),
          condition: fc.constantFrom('none', 'flag', 'notFlag'),
          rule: fc.boolean(),
        }),
      ),
    ),
  );

function minimalMatter(index: number, rule: boolean): Matter {
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
  return { bundle, matters: new Map(spec.map((s, index) => [idOf(index), minimalMatter(index, s.rule)])) };
}

/**
 * An event as generated. Matter events name a position (8: a matter no bundle has), so many are ignored;
 * NEXT decides the first pending matter (or supplements the first returned one) so that runs get far;
 * ISSUE is built from the state, complete or missing a result.
 */
type Step =
  | { kind: 'SUBMIT'; flag: boolean; fast: boolean }
  | { kind: 'NEXT'; decision: 'APPROVE' | 'REJECT' | 'RETURN' }
  | { kind: 'APPROVE' | 'REJECT' | 'RETURN' | 'ACCEPT' | 'SUPPLEMENT' | 'DEADLINE_WARNING' | 'OVERDUE'; target: number }
  | { kind: 'ISSUE'; complete: boolean };

const target = fc.integer({ min: 0, max: 8 });
const decision = fc.oneof(
  { weight: 12, arbitrary: fc.constant('APPROVE' as const) },
  { weight: 1, arbitrary: fc.constant('REJECT' as const) },
  { weight: 1, arbitrary: fc.constant('RETURN' as const) },
);
const submit = fc.record({ kind: fc.constant('SUBMIT' as const), flag: fc.boolean(), fast: fc.boolean() });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 1, arbitrary: submit },
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('NEXT' as const), decision }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constantFrom('APPROVE' as const, 'REJECT' as const, 'RETURN' as const, 'SUPPLEMENT' as const, 'DEADLINE_WARNING' as const, 'OVERDUE' as const), target }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('ACCEPT' as const), target }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('ISSUE' as const), complete: fc.oneof(fc.constant(true), fc.boolean()) }) },
);
const steps = fc.tuple(submit, fc.array(step, { maxLength: 60, size: 'max' })).map(([first, rest]) => [first, ...rest]);

const atOf = (index: number) => new Date(Date.UTC(2026, 0, 5) + index * 3_600_000).toISOString();

function eventOf(s: Step, index: number, actor: Actor<ApplicationMachine>): ApplicationEvent {
  const at = atOf(index);
  switch (s.kind) {
    case 'SUBMIT':
      return { type: 'SUBMIT', at, answers: { flag: s.flag }, data: { fast: s.fast } };
    case 'NEXT': {
      const { matters } = applicationStatus(actor.getSnapshot());
      const pending = matters.find((m) => m.status === 'pending');
      const returned = matters.find((m) => m.status === 'returned');
      if (pending) return matterEvent(s.decision, pending.matterId, at);
      if (returned) return { type: 'SUPPLEMENT', matterId: returned.matterId, at };
      return matterEvent('APPROVE', idOf(8), at);
    }
    case 'ISSUE': {
      const approved = applicationStatus(actor.getSnapshot()).matters.filter((m) => m.status === 'approved');
      const issued = s.complete ? approved : approved.slice(1);
      return { type: 'ISSUE', at, results: issued.map((m) => ({ matterId: m.matterId, certificate: { type: 'record', number: `N-${m.matterId}`, issuedAt: at } })) };
    }
    default:
      return matterEvent(s.kind, idOf(s.target), at);
  }
}

type DecisionType = 'APPROVE' | 'REJECT' | 'RETURN' | 'ACCEPT' | 'SUPPLEMENT' | 'DEADLINE_WARNING' | 'OVERDUE';

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

/** Sends the event unless the application has ended (xstate warns about events sent to a done actor). */
function deliver(actor: Actor<ApplicationMachine>, event: ApplicationEvent): void {
  if (actor.getSnapshot().status === 'active') actor.send(event);
}

/** Runs the steps, checking after each event that can() said what happened. Returns the concrete events. */
function run(machine: ApplicationMachine, bundle: Bundle, generatedSteps: readonly Step[]): { actor: Actor<ApplicationMachine>; events: ApplicationEvent[] } {
  const actor = createActor(machine).start();
  const events = generatedSteps.map((s, index) => {
    const event = eventOf(s, index, actor);
    const before = actor.getSnapshot();
    const accepted = before.can(event);
    deliver(actor, event);
    const after = actor.getSnapshot();
    expect(after !== before, `${event.type} ${'matterId' in event ? event.matterId : ''}: can() said ${accepted}`).toBe(accepted);
    checkInvariants(actor, bundle);
    return event;
  });
  return { actor, events };
}

/**
 * At rest: each region's state is the status the context records; the application is rejected exactly
 * when an included non-optional matter (or every included matter) is rejected; it reaches issuance only
 * when every included matter is approved or, being optional, rejected.
 */
function checkInvariants(actor: Actor<ApplicationMachine>, bundle: Bundle): void {
  const { value, context } = actor.getSnapshot();
  if (value === 'draft') return;
  const optional = new Set(bundle.matters.filter((entry) => entry.optional === true).map((entry) => entry.matter));
  const statusOf = (matterId: string) => context.matters[matterId]?.status;
  const ends =
    context.included.some((matterId) => !optional.has(matterId) && statusOf(matterId) === 'rejected') ||
    context.included.every((matterId) => statusOf(matterId) === 'rejected');
  expect(value === 'rejected').toBe(ends);
  if (typeof value !== 'string' && 'processing' in value) {
    const regions = value.processing as Record<string, string>;
    for (const [matterId, record] of Object.entries(context.matters)) expect(regions[regionKey(matterId)]).toBe(record.status);
    expect(context.included.every((matterId) => ['approved', 'rejected'].includes(statusOf(matterId) ?? ''))).toBe(false);
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
  it('completes only when every included non-optional matter was approved and every optional one decided', () => {
    const seen = { completed: 0, completedWithOptionalRejected: 0, rejected: 0 };
    fc.assert(
      fc.property(specs, steps, (spec, generatedSteps) => {
        const { bundle, matters } = generated(spec);
        const { actor } = run(createApplicationMachine(bundle, matters, { ajv }), bundle, generatedSteps);
        const { value, context } = actor.getSnapshot();
        const optional = new Set(bundle.matters.filter((entry) => entry.optional === true).map((entry) => entry.matter));
        const statusOf = (matterId: string) => context.matters[matterId]?.status;
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
      }),
      { numRuns: 300 },
    );
    // The generator gets far enough to test something.
    expect(seen.completed).toBeGreaterThan(20);
    expect(seen.completedWithOptionalRejected).toBeGreaterThan(0);
    expect(seen.rejected).toBeGreaterThan(0);
  });

  it('reaches the pending state of every included matter (approving whatever is pending)', () => {
    fc.assert(
      fc.property(specs, fc.boolean(), fc.boolean(), (spec, flag, fast) => {
        const { bundle, matters } = generated(spec);
        const actor = createActor(createApplicationMachine(bundle, matters, { ajv })).start();
        let clock = 0;
        actor.send({ type: 'SUBMIT', at: atOf(clock++), answers: { flag }, data: { fast } });
        const { included } = actor.getSnapshot().context;
        if (included.length === 0) return;
        for (let round = 0; round <= spec.length; round++) {
          for (const matter of applicationStatus(actor.getSnapshot()).matters) {
            if (matter.status === 'pending') actor.send({ type: 'APPROVE', matterId: matter.matterId, by: 'officer', at: atOf(clock++) });
          }
        }
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
        const { actor } = run(createApplicationMachine(bundle, matters, { ajv }), bundle, generatedSteps);
        if (actor.getSnapshot().value === 'draft') return;
        let clock = generatedSteps.length;
        for (let round = 0; round <= 2 * spec.length; round++) {
          for (const matter of applicationStatus(actor.getSnapshot()).matters) {
            if (matter.status === 'pending') {
              // Owed materials (容缺受理) are supplied first; a SUPPLEMENT of a matter owing nothing is ignored.
              deliver(actor, matterEvent('SUPPLEMENT', matter.matterId, atOf(clock++)));
              deliver(actor, matterEvent('APPROVE', matter.matterId, atOf(clock++)));
            }
            if (matter.status === 'returned') deliver(actor, matterEvent('SUPPLEMENT', matter.matterId, atOf(clock++)));
          }
        }
        expect(['issuing', 'completed', 'rejected']).toContain(actor.getSnapshot().value);
      }),
      { numRuns: 200 },
    );
  });

  it('continues from a persisted snapshot exactly as the uninterrupted actor', () => {
    fc.assert(
      fc.property(specs, steps, fc.nat(), (spec, generatedSteps, cutSeed) => {
        const { bundle, matters } = generated(spec);
        const machine = createApplicationMachine(bundle, matters, { ajv });
        const { actor: uninterrupted, events } = run(machine, bundle, generatedSteps);
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
        const { actor, events } = run(machine, bundle, generatedSteps);
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
});
