// 容缺受理, 补正 and the paused time limit on the newborn example: owed non-key materials block approval
// until supplied; a return opens a pause that the supplement closes; deadlines skip the pause; flagged
// fields are the only ones an applicant may change.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { nationalCalendar } from '../src/calendar/nationalCalendar.ts';
import { pausedDeadline } from '../src/calendar/pausedDeadline.ts';
import { dueAt } from '../src/calendar/dueAt.ts';
import { applicationStatus } from '../src/flow/applicationStatus.ts';
import { createApplicationMachine } from '../src/flow/createApplicationMachine.ts';
import { restoreApplication } from '../src/flow/restoreApplication.ts';
import { changedPointers, isMatterFieldPointer, lockedChanges, lockedUiSchema } from '../src/form/supplementFields.ts';
import { loadExample } from './support/loadExample.ts';
import { newbornSample, oneStepBundle, oneStepMatters } from './support/oneStepNewborn.ts';

const bundle = oneStepBundle;
const matters = oneStepMatters;
const single = newbornSample('valid-single-birth');
const withoutRules = Object.fromEntries(Object.entries(single.data).filter(([entity]) => entity !== 'marriage' && entity !== 'household'));
const machine = createApplicationMachine(bundle, matters);
const calendar = nationalCalendar();

const CERTIFICATE = 'birth-medical-certificate';
const HOUSEHOLD = 'birth-household-registration';

function submitted() {
  const actor = createActor(machine).start();
  actor.send({ type: 'SUBMIT', at: '2026-03-02T01:00:00.000Z', answers: single.answers, data: withoutRules });
  return actor;
}

describe('容缺受理: accepting with non-key materials owed', () => {
  it('accepts only non-key materials of the matter as owed, blocks approval until they are supplied', () => {
    const actor = submitted();
    actor.send({ type: 'APPROVE', matterId: CERTIFICATE, by: 'o1', at: '2026-03-02T02:00:00.000Z' });
    actor.send({ type: 'APPROVE', matterId: 'vaccination-certificate', by: 'o1', at: '2026-03-02T02:00:00.000Z' });
    expect(applicationStatus(actor.getSnapshot()).matters.find((m) => m.matterId === HOUSEHOLD)?.status).toBe('pending');
    const accept = (owed: string[]) => ({ type: 'ACCEPT' as const, matterId: HOUSEHOLD, by: 'o2', at: '2026-03-02T03:00:00.000Z', owed });
    // household-register is a key material; an unknown id is nobody's; nothing owed is no 容缺.
    expect(actor.getSnapshot().can(accept(['household-register']))).toBe(false);
    expect(actor.getSnapshot().can(accept(['no-such-material']))).toBe(false);
    expect(actor.getSnapshot().can(accept([]))).toBe(false);
    expect(actor.getSnapshot().can(accept(['marriage-certificate']))).toBe(true);
    actor.send(accept(['marriage-certificate']));
    expect(actor.getSnapshot().context.matters[HOUSEHOLD]).toMatchObject({ status: 'pending', owed: ['marriage-certificate'] });
    const approve = { type: 'APPROVE' as const, matterId: HOUSEHOLD, by: 'o2', at: '2026-03-03T03:00:00.000Z' };
    expect(actor.getSnapshot().can(approve)).toBe(false);
    expect(actor.getSnapshot().can(accept(['marriage-certificate']))).toBe(false);
    // Persisted and restored, the owed materials are still owed.
    const restored = restoreApplication(machine, actor.getPersistedSnapshot());
    expect(restored.getSnapshot().can(approve)).toBe(false);
    restored.send({ type: 'SUPPLEMENT', matterId: HOUSEHOLD, at: '2026-03-03T01:00:00.000Z', by: 'citizen' });
    expect(restored.getSnapshot().context.matters[HOUSEHOLD]).not.toHaveProperty('owed');
    expect(restored.getSnapshot().can(approve)).toBe(true);
    // A pending matter that owes nothing has nothing to supplement.
    expect(restored.getSnapshot().can({ type: 'SUPPLEMENT', matterId: HOUSEHOLD, at: '2026-03-03T02:00:00.000Z' })).toBe(false);
  });
});

describe('补正: returns pause the time limit', () => {
  it('records each return as a pause closed by the supplement, with the flagged fields until then', () => {
    const actor = submitted();
    actor.send({ type: 'RETURN', matterId: CERTIFICATE, by: 'o1', at: '2026-03-03T02:00:00.000Z', missing: ['parents-id-cards'], fields: ['/mother/name'], comment: '姓名与证件不符' });
    expect(actor.getSnapshot().context.matters[CERTIFICATE]).toMatchObject({
      status: 'returned',
      missing: ['parents-id-cards'],
      fields: ['/mother/name'],
      returnedAt: '2026-03-03T02:00:00.000Z',
      pauses: [{ from: '2026-03-03T02:00:00.000Z' }],
    });
    actor.send({ type: 'SUPPLEMENT', matterId: CERTIFICATE, at: '2026-03-06T02:00:00.000Z', by: 'citizen' });
    const record = actor.getSnapshot().context.matters[CERTIFICATE];
    expect(record).toMatchObject({ status: 'pending', startedAt: '2026-03-02T01:00:00.000Z', pauses: [{ from: '2026-03-03T02:00:00.000Z', to: '2026-03-06T02:00:00.000Z' }] });
    expect(record).not.toHaveProperty('fields');
    expect(record).not.toHaveProperty('missing');
  });

  it('moves the deadline by the working days spent waiting for the applicant', () => {
    const limit = { days: 5, kind: 'working' as const };
    // Accepted Monday 2026-03-02 (local); 5 working days → Monday 03-09.
    const started = '2026-03-02T01:00:00.000Z';
    expect(pausedDeadline(started, limit, [], calendar).dueAt).toBe(dueAt(started, limit, calendar));
    // Returned Tuesday 03-03 (neither Monday, the acceptance day, nor the day of the return counts: 0
    // used), supplemented Friday 03-06: 5 days from Friday → Friday 03-13.
    const pauses = [{ from: '2026-03-03T02:00:00.000Z', to: '2026-03-06T02:00:00.000Z' }];
    expect(pausedDeadline(started, limit, pauses, calendar)).toEqual({ dueAt: '2026-03-13T15:59:59.999Z', daysLeft: 5, provisional: false });
    // While it waits there is no deadline.
    expect(pausedDeadline(started, limit, [{ from: '2026-03-03T02:00:00.000Z' }], calendar)).toEqual({ dueAt: null, daysLeft: 5, provisional: false });
    expect(pausedDeadline(started, limit, [{ from: '2026-03-05T02:00:00.000Z' }], calendar)).toEqual({ dueAt: null, daysLeft: 3, provisional: false });
    // Pauses add up: from Fri 03-06 Mon 9 and Tue 10 are used before a return on Wed 03-11; back on Thu
    // 03-12, 3 days left → Tue 03-17 (over the weekend).
    const two = [...pauses, { from: '2026-03-11T02:00:00.000Z', to: '2026-03-12T02:00:00.000Z' }];
    expect(pausedDeadline(started, limit, two, calendar)).toEqual({ dueAt: '2026-03-17T15:59:59.999Z', daysLeft: 3, provisional: false });
    // Natural days: accepted 03-02, returned 03-04 (03-03 used), back 03-10: 4 left → 03-14.
    expect(pausedDeadline(started, { days: 5, kind: 'natural' }, [{ from: '2026-03-04T02:00:00.000Z', to: '2026-03-10T02:00:00.000Z' }], calendar).dueAt).toBe(
      '2026-03-14T15:59:59.999Z',
    );
  });

  it('keeps a deadline that ran out before the return where it fell', () => {
    const limit = { days: 2, kind: 'working' as const };
    const started = '2026-03-02T01:00:00.000Z';
    const late = [{ from: '2026-03-06T02:00:00.000Z', to: '2026-03-20T02:00:00.000Z' }];
    expect(pausedDeadline(started, limit, late, calendar)).toEqual({ dueAt: dueAt(started, limit, calendar), daysLeft: 0, provisional: false });
  });
});

describe('supplement fields', () => {
  const certificate = matters.get(CERTIFICATE);
  if (!certificate) throw new Error('example matter missing');

  it("accepts pointers to the matter's own and bound fields only", () => {
    const bound = certificate.form.fields.find((f) => 'element' in f);
    if (!bound || !('element' in bound)) throw new Error('no bound field');
    const [entity, name] = bound.element.split('.');
    expect(isMatterFieldPointer(certificate, `/${entity}/${name}`)).toBe(true);
    expect(isMatterFieldPointer(certificate, `/${entity}/0/${name}`)).toBe(true);
    expect(isMatterFieldPointer(certificate, `/${entity}/nonexistent`)).toBe(false);
    expect(isMatterFieldPointer(certificate, `/${entity}`)).toBe(false);
    expect(isMatterFieldPointer(certificate, 'mother/name')).toBe(false);
    expect(isMatterFieldPointer(certificate, `/matters/${HOUSEHOLD}/anything`)).toBe(false);
    const own = certificate.form.fields.find((f) => !('element' in f));
    if (own && !('element' in own)) expect(isMatterFieldPointer(certificate, `/matters/${CERTIFICATE}/${own.id}`)).toBe(true);
  });

  it('finds the changed leaves and the ones outside what may change', () => {
    const before = { mother: { name: '王芳', idNumber: '1' }, child: [{ name: 'a' }, { name: 'b' }] };
    const after = { mother: { name: '王芳芳', idNumber: '1' }, child: [{ name: 'a' }, { name: 'c' }], extra: 1 };
    expect(changedPointers(before, after)).toEqual(['/mother/name', '/child/1/name', '/extra']);
    expect(lockedChanges(before, after, ['/mother/name', '/child/1'])).toEqual(['/extra']);
    expect(lockedChanges(before, after, ['/child/0/name'])).toEqual(['/mother/name', '/child/1/name', '/extra']);
  });

  it('locks every field of the merged form but the flagged ones', () => {
    const form = loadExample('newborn').compiled.form(single.answers);
    const ui = lockedUiSchema(form.schema, form.uiSchema, ['/mother/name', '/child/0/birthDate']);
    const mother = ui['mother'] as Record<string, Record<string, unknown>>;
    expect(mother['name']?.['ui:readonly']).toBeUndefined();
    expect(mother['idNumber']?.['ui:readonly']).toBe(true);
    expect((ui['father'] as Record<string, unknown>)['ui:readonly']).toBe(true);
    const childItems = (ui['child'] as Record<string, Record<string, Record<string, unknown>>>)['items'];
    expect(childItems?.['birthDate']?.['ui:readonly']).toBeUndefined();
    expect(childItems?.['name']?.['ui:readonly']).toBe(true);
  });
});
