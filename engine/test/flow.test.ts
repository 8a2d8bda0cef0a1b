// The application statechart on the newborn example: inclusion, dependencies, 秒批, 补正, rejection,
// issuance, deadline events, can() for 409, and persistence.
import { describe, expect, it } from 'vitest';
import { createActor, type Actor } from 'xstate';
import type { ApplicationInput, Bundle } from '@onego/schemas/types';
import type { ApplicationEvent, IssuedResult } from '../src/flow/applicationEvent.ts';
import { applicationStatus } from '../src/flow/applicationStatus.ts';
import { createApplicationMachine, type ApplicationMachine } from '../src/flow/createApplicationMachine.ts';
import { FlowError } from '../src/flow/flowError.ts';
import { restoreApplication } from '../src/flow/restoreApplication.ts';
import { newbornSample, oneStepBundle, oneStepMatters } from './support/oneStepNewborn.ts';

// Every matter decided in one APPROVE (the steps: reviewSteps.test.ts).
const bundle = oneStepBundle;
const matters = oneStepMatters;
const single = newbornSample('valid-single-birth');
const twins = newbornSample('valid-twins');

const CERTIFICATE = 'birth-medical-certificate';
const VACCINATION = 'vaccination-certificate';
const HOUSEHOLD = 'birth-household-registration';
const INSURANCE = 'medical-insurance-enrolment';
const CARD = 'social-security-card';
const REGISTRATION = 'birth-registration';

const machine = createApplicationMachine(bundle, matters);

let clock = 0;
const at = (): string => new Date(Date.UTC(2026, 2, 3, 1) + clock++ * 60_000).toISOString();

/** The single-birth sample without the marriage record, so that no auto-approval rule holds. */
const withoutRules = Object.fromEntries(Object.entries(single.data).filter(([entity]) => entity !== 'marriage' && entity !== 'household'));

function submitted(input: Pick<ApplicationInput, 'answers' | 'data' | 'sharedData'> = { answers: single.answers, data: withoutRules }): Actor<ApplicationMachine> {
  const actor = createActor(machine).start();
  actor.send({ type: 'SUBMIT', at: at(), answers: input.answers, data: input.data, ...(input.sharedData ? { sharedData: input.sharedData } : {}) });
  return actor;
}

const statuses = (actor: Actor<ApplicationMachine>): Record<string, string> =>
  Object.fromEntries(applicationStatus(actor.getSnapshot()).matters.map((m) => [m.matterId, m.status]));

const approve = (matterId: string): ApplicationEvent => ({ type: 'APPROVE', matterId, by: 'officer-1', at: at() });
const reject = (matterId: string, reason = '材料不符'): ApplicationEvent => ({ type: 'REJECT', matterId, by: 'officer-2', at: at(), reason });

const issueAll = (actor: Actor<ApplicationMachine>): ApplicationEvent => {
  const results: IssuedResult[] = applicationStatus(actor.getSnapshot())
    .matters.filter((m) => m.status === 'approved')
    .map((m, i) => ({ matterId: m.matterId, certificate: { type: matters.get(m.matterId)?.result.type ?? 'record', number: `No.${i + 1}`, issuedAt: '2026-03-05T08:00:00.000Z' } }));
  return { type: 'ISSUE', at: at(), results };
};

describe('submission', () => {
  it('starts in draft and accepts only SUBMIT', () => {
    const actor = createActor(machine).start();
    expect(actor.getSnapshot().value).toBe('draft');
    expect(applicationStatus(actor.getSnapshot())).toEqual({ status: 'draft', phase: 'draft', matters: [] });
    expect(actor.getSnapshot().can(approve(CERTIFICATE))).toBe(false);
    expect(actor.getSnapshot().can({ type: 'SUBMIT', at: at(), answers: single.answers, data: single.data })).toBe(true);
  });

  it('makes matters without dependencies pending and the others wait (all answers yes)', () => {
    const actor = submitted();
    expect(statuses(actor)).toEqual({
      [CERTIFICATE]: 'pending',
      [VACCINATION]: 'waiting',
      [HOUSEHOLD]: 'waiting',
      [INSURANCE]: 'waiting',
      [CARD]: 'waiting',
      [REGISTRATION]: 'pending',
    });
    const { context } = actor.getSnapshot();
    expect(context).toMatchObject({ bundleId: 'henan-newborn', bundleVersion: '1.0.0', autoApproved: [] });
    expect(context.included).toEqual([CERTIFICATE, VACCINATION, HOUSEHOLD, INSURANCE, CARD, REGISTRATION]);
    expect(context.submittedAt).toBeDefined();
    expect(context.matters[CERTIFICATE]?.startedAt).toBe(context.submittedAt);
    expect(applicationStatus(actor.getSnapshot()).status).toBe('in_progress');
  });

  it('keeps the application data out of the snapshot', () => {
    const persisted = JSON.stringify(submitted({ answers: single.answers, data: single.data }).getPersistedSnapshot());
    const { idNumber } = single.data.mother as { idNumber: string };
    expect(persisted).not.toContain(idNumber);
    expect(persisted.length).toBeLessThan(3000);
  });

  it('excludes the matters the twins sample’s answers leave out', () => {
    const actor = submitted({ answers: twins.answers, data: twins.data });
    expect(statuses(actor)).toMatchObject({ [CARD]: 'excluded', [REGISTRATION]: 'excluded', [CERTIFICATE]: 'pending' });
    expect(actor.getSnapshot().context.included).not.toContain(CARD);
    expect(actor.getSnapshot().can(approve(CARD))).toBe(false);
  });

  it('ignores a submission that includes no matter', () => {
    const oneMatter = { ...bundle, matters: bundle.matters.filter((entry) => entry.matter === REGISTRATION) };
    const actor = createActor(createApplicationMachine(oneMatter, matters)).start();
    const none: ApplicationEvent = { type: 'SUBMIT', at: at(), answers: { ...single.answers, registerBirth: false }, data: {} };
    expect(actor.getSnapshot().can(none)).toBe(false);
    actor.send(none);
    expect(actor.getSnapshot().value).toBe('draft');
  });
});

describe('parallel approval', () => {
  it('cascades approvals along the dependencies, issues together and completes', () => {
    const actor = submitted();
    actor.send(approve(CERTIFICATE));
    expect(statuses(actor)).toMatchObject({ [VACCINATION]: 'pending', [HOUSEHOLD]: 'pending', [INSURANCE]: 'waiting', [CARD]: 'waiting' });
    actor.send(approve(HOUSEHOLD));
    expect(statuses(actor)).toMatchObject({ [INSURANCE]: 'pending', [CARD]: 'pending' });
    for (const matterId of [VACCINATION, INSURANCE, CARD]) actor.send(approve(matterId));
    expect(actor.getSnapshot().value).toEqual({ processing: expect.any(Object) as unknown });
    actor.send(approve(REGISTRATION));
    expect(actor.getSnapshot().value).toBe('issuing');
    // 正在出证: every matter decided, the issuing system's numbers not recorded yet.
    expect(applicationStatus(actor.getSnapshot()).status).toBe('issuing');

    const issue = issueAll(actor);
    actor.send(issue);
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('completed');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.results).toHaveLength(6);
    expect(snapshot.context.completedAt).toBe(issue.at);
    expect(applicationStatus(snapshot).status).toBe('completed');
    expect(Object.values(statuses(actor))).toEqual(Array(6).fill('approved'));
    expect(snapshot.context.matters[CERTIFICATE]).toMatchObject({ decidedBy: 'officer', by: 'officer-1' });
  });

  it('approves by rule (秒批) when the rule held at submission, once the dependencies are approved', () => {
    const actor = submitted({ answers: single.answers, data: single.data });
    const { context } = actor.getSnapshot();
    expect(context.autoApproved).toEqual([
      { matterId: INSURANCE, ruleVersion: '1.0.0' },
      { matterId: REGISTRATION, ruleVersion: '1.0.0' },
    ]);
    expect(context.matters[REGISTRATION]).toMatchObject({ status: 'approved', decidedBy: 'rule', ruleVersion: '1.0.0', decidedAt: context.submittedAt });
    expect(statuses(actor)[INSURANCE]).toBe('waiting');
    actor.send(approve(CERTIFICATE));
    const household = approve(HOUSEHOLD);
    actor.send(household);
    expect(actor.getSnapshot().context.matters[INSURANCE]).toMatchObject({ status: 'approved', decidedBy: 'rule', ruleVersion: '1.0.0', startedAt: household.at, decidedAt: household.at });
  });

  it('evaluates rules over the data merged with shared data', () => {
    const actor = submitted({ answers: single.answers, data: withoutRules, sharedData: { marriage: single.data.marriage, household: single.data.household } });
    expect(actor.getSnapshot().context.autoApproved.map((a) => a.matterId)).toEqual([INSURANCE, REGISTRATION]);
  });

  it('returns a matter for supplement (补正) and takes it back', () => {
    const actor = submitted();
    const missing = ['parents-id-cards'];
    actor.send({ type: 'RETURN', matterId: CERTIFICATE, by: 'officer-1', at: at(), missing, comment: '身份证复印件不清晰' });
    expect(statuses(actor)[CERTIFICATE]).toBe('returned');
    expect(applicationStatus(actor.getSnapshot()).status).toBe('awaiting_supplement');
    expect(actor.getSnapshot().context.matters[CERTIFICATE]).toMatchObject({ returns: 1, missing, comment: '身份证复印件不清晰' });
    expect(actor.getSnapshot().can(approve(CERTIFICATE))).toBe(false);
    expect(actor.getSnapshot().can({ type: 'SUPPLEMENT', matterId: REGISTRATION, at: at() })).toBe(false);

    actor.send({ type: 'SUPPLEMENT', matterId: CERTIFICATE, at: at() });
    expect(statuses(actor)[CERTIFICATE]).toBe('pending');
    expect(applicationStatus(actor.getSnapshot()).status).toBe('in_progress');
    actor.send({ type: 'RETURN', matterId: CERTIFICATE, by: 'officer-1', at: at(), missing: [] });
    expect(actor.getSnapshot().context.matters[CERTIFICATE]?.returns).toBe(2);
    actor.send({ type: 'SUPPLEMENT', matterId: CERTIFICATE, at: at() });
    actor.send(approve(CERTIFICATE));
    expect(statuses(actor)[VACCINATION]).toBe('pending');
    expect(actor.getSnapshot().context.matters[CERTIFICATE]).not.toHaveProperty('comment');
  });

  it('rejects the whole application when a non-optional matter is rejected', () => {
    const actor = submitted();
    const event = reject(CERTIFICATE);
    actor.send(event);
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('rejected');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.rejectedAt).toBe(event.at);
    expect(snapshot.context.matters[CERTIFICATE]).toMatchObject({ status: 'rejected', decidedBy: 'officer', by: 'officer-2', reason: '材料不符' });
    expect(applicationStatus(snapshot).status).toBe('rejected');
    expect(snapshot.can(approve(REGISTRATION))).toBe(false);
  });

  it('still completes when an optional matter is rejected, without issuing it', () => {
    const actor = submitted();
    actor.send(reject(REGISTRATION));
    expect(statuses(actor)[REGISTRATION]).toBe('rejected');
    expect(applicationStatus(actor.getSnapshot()).status).toBe('in_progress');
    for (const matterId of [CERTIFICATE, VACCINATION, HOUSEHOLD, INSURANCE, CARD]) actor.send(approve(matterId));
    expect(actor.getSnapshot().value).toBe('issuing');
    const issue = issueAll(actor);
    expect(issue.type === 'ISSUE' && issue.results.map((r) => r.matterId)).not.toContain(REGISTRATION);
    actor.send(issue);
    expect(actor.getSnapshot().value).toBe('completed');
  });

  it('rejects the matters waiting for a rejected optional matter (dependency-rejected)', () => {
    const optionalChain: Bundle = {
      ...bundle,
      matters: bundle.matters.map((entry) => ([HOUSEHOLD, INSURANCE, CARD].includes(entry.matter) ? { ...entry, optional: true } : entry)),
    };
    const actor = createActor(createApplicationMachine(optionalChain, matters)).start();
    actor.send({ type: 'SUBMIT', at: at(), answers: single.answers, data: withoutRules });
    actor.send(approve(CERTIFICATE));
    const rejection = reject(HOUSEHOLD);
    actor.send(rejection);
    expect(statuses(actor)).toMatchObject({ [HOUSEHOLD]: 'rejected', [INSURANCE]: 'rejected', [CARD]: 'rejected', [VACCINATION]: 'pending' });
    expect(actor.getSnapshot().context.matters[INSURANCE]).toEqual({ status: 'rejected', reason: 'dependency-rejected', decidedAt: rejection.at });
    actor.send(approve(VACCINATION));
    actor.send(approve(REGISTRATION));
    expect(actor.getSnapshot().value).toBe('issuing');

    const strict = createActor(createApplicationMachine({ ...optionalChain, matters: optionalChain.matters.map((entry) => (entry.matter === CARD ? { ...entry, optional: false } : entry)) }, matters)).start();
    strict.send({ type: 'SUBMIT', at: at(), answers: single.answers, data: withoutRules });
    strict.send(approve(CERTIFICATE));
    strict.send(reject(HOUSEHOLD));
    expect(strict.getSnapshot().value).toBe('rejected');
    expect(strict.getSnapshot().context.matters[CARD]?.reason).toBe('dependency-rejected');
  });

  it('accepts ISSUE only with one result per approved matter', () => {
    const actor = submitted({ answers: twins.answers, data: twins.data });
    for (const matterId of [CERTIFICATE, VACCINATION, HOUSEHOLD]) actor.send(approve(matterId));
    expect(actor.getSnapshot().value).toBe('issuing');
    const issue = issueAll(actor);
    if (issue.type !== 'ISSUE') throw new Error('unreachable');
    const [first, ...rest] = issue.results;
    expect(actor.getSnapshot().can({ ...issue, results: rest })).toBe(false);
    expect(actor.getSnapshot().can({ ...issue, results: [...issue.results, ...(first ? [first] : [])] })).toBe(false);
    expect(actor.getSnapshot().can({ ...issue, results: [...issue.results, { matterId: CARD, certificate: { type: 'card', number: 'x', issuedAt: issue.at } }] })).toBe(false);
    expect(actor.getSnapshot().can(issue)).toBe(true);
  });
});

describe('deadlines and can()', () => {
  it('records a warning and an overdue once, for a pending matter only', () => {
    const actor = submitted();
    const warning: ApplicationEvent = { type: 'DEADLINE_WARNING', matterId: CERTIFICATE, at: at() };
    const overdue: ApplicationEvent = { type: 'OVERDUE', matterId: CERTIFICATE, at: at() };
    expect(actor.getSnapshot().can({ type: 'DEADLINE_WARNING', matterId: VACCINATION, at: at() })).toBe(false);
    expect(actor.getSnapshot().can(warning)).toBe(true);
    actor.send(warning);
    expect(actor.getSnapshot().context.matters[CERTIFICATE]).toMatchObject({ status: 'pending', warned: true });
    expect(actor.getSnapshot().can(warning)).toBe(false);
    actor.send(overdue);
    expect(actor.getSnapshot().context.matters[CERTIFICATE]).toMatchObject({ status: 'pending', warned: true, overdue: true });
    expect(actor.getSnapshot().can(overdue)).toBe(false);
    actor.send(approve(CERTIFICATE));
    expect(actor.getSnapshot().context.matters[CERTIFICATE]).toMatchObject({ status: 'approved', overdue: true });
  });

  it('says no to deciding an approved, waiting or unknown matter', () => {
    const actor = submitted();
    actor.send(approve(CERTIFICATE));
    const snapshot = actor.getSnapshot();
    expect(snapshot.can(approve(CERTIFICATE))).toBe(false);
    expect(snapshot.can(reject(CERTIFICATE))).toBe(false);
    expect(snapshot.can({ type: 'RETURN', matterId: CERTIFICATE, by: 'o', at: at(), missing: [] })).toBe(false);
    expect(snapshot.can(approve(INSURANCE))).toBe(false);
    expect(snapshot.can(approve('no-such-matter'))).toBe(false);
    expect(snapshot.can(approve(VACCINATION))).toBe(true);
    actor.send(approve(CERTIFICATE));
    expect(actor.getSnapshot()).toBe(snapshot);
  });
});

describe('persistence', () => {
  it('persists as JSON, restores and continues', () => {
    const actor = submitted();
    actor.send(approve(CERTIFICATE));
    actor.send({ type: 'RETURN', matterId: HOUSEHOLD, by: 'officer-3', at: at(), missing: ['household-register'] });
    const stored = JSON.stringify(actor.getPersistedSnapshot());
    actor.stop();

    const restored = restoreApplication(machine, JSON.parse(stored));
    expect(statuses(restored)).toMatchObject({ [CERTIFICATE]: 'approved', [HOUSEHOLD]: 'returned', [VACCINATION]: 'pending' });
    expect(applicationStatus(restored.getSnapshot()).status).toBe('awaiting_supplement');
    expect(restored.getSnapshot().can(approve(CERTIFICATE))).toBe(false);
    restored.send({ type: 'SUPPLEMENT', matterId: HOUSEHOLD, at: at() });
    for (const matterId of [HOUSEHOLD, VACCINATION, INSURANCE, CARD, REGISTRATION]) restored.send(approve(matterId));
    restored.send(issueAll(restored));
    expect(restored.getSnapshot().value).toBe('completed');

    const finished = restoreApplication(machine, JSON.parse(JSON.stringify(restored.getPersistedSnapshot())));
    expect(finished.getSnapshot().status).toBe('done');
    expect(applicationStatus(finished.getSnapshot()).status).toBe('completed');
  });

  it('reads the status of a persisted snapshot without restoring it', () => {
    const actor = submitted();
    actor.send(reject(REGISTRATION));
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as Parameters<typeof applicationStatus>[0];
    expect(applicationStatus(persisted)).toEqual(applicationStatus(actor.getSnapshot()));
  });

  it('refuses a snapshot of another bundle version (SNAPSHOT_MISMATCH)', () => {
    const persisted = JSON.parse(JSON.stringify(submitted().getPersistedSnapshot())) as { context: { bundleVersion: string } };
    const newer = createApplicationMachine({ ...bundle, version: '1.1.0' }, matters);
    const error = (() => {
      try {
        restoreApplication(newer, persisted);
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(FlowError);
    expect(error).toMatchObject({ code: 'SNAPSHOT_MISMATCH' });
    expect((error as FlowError).zh).toContain('henan-newborn@1.0.0');
    expect((error as FlowError).en).toContain('henan-newborn@1.1.0');
  });

  it('refuses what is not an application snapshot (SNAPSHOT_INVALID)', () => {
    expect(() => restoreApplication(machine, { value: 'draft' })).toThrow(expect.objectContaining({ code: 'SNAPSHOT_INVALID' }) as Error);
    const persisted = JSON.parse(JSON.stringify(submitted().getPersistedSnapshot())) as Record<string, unknown>;
    expect(() => restoreApplication(machine, { ...persisted, value: { processing: { 'no-such-region': 'pending' } } })).toThrow(
      expect.objectContaining({ code: 'SNAPSHOT_INVALID' }) as Error,
    );
  });
});

describe('machine creation', () => {
  it('refuses a bundle whose dependencies make a cycle or name unknown matters (INVALID_BUNDLE)', () => {
    const cyclic: Bundle = {
      ...bundle,
      matters: bundle.matters.map((entry) => (entry.matter === CERTIFICATE ? { ...entry, after: [INSURANCE] } : entry)),
    };
    expect(() => createApplicationMachine(cyclic, matters)).toThrow(expect.objectContaining({ code: 'INVALID_BUNDLE' }) as Error);
    const unknown: Bundle = { ...bundle, matters: [...bundle.matters, { matter: 'no-such-matter' }] };
    expect(() => createApplicationMachine(unknown, matters)).toThrow(expect.objectContaining({ code: 'INVALID_BUNDLE' }) as Error);
  });
});
