// The timeline's rows and the events they hold: a command's row (migration 011) reads as the rows of
// each event did before, and rows written before read as they always did.
import { describe, expect, it } from 'vitest';
import { causedEvent, isBefore, loggedEvents, storedPayload } from '../src/db/eventLog.ts';
import type { EventRow } from '../src/db/rows.ts';

const APP = '0f7c1a52-1111-4222-8333-444455556666';
const AT = '2026-03-02T01:00:00.819Z';

const row = (id: number, fields: Partial<EventRow>): EventRow => ({
  id,
  application_id: APP,
  type: 'APPROVE',
  matter_id: null,
  actor: 'system',
  at: AT,
  payload: null,
  caused: null,
  ...fields,
});

describe('timeline rows', () => {
  it('a command’s row holds its event and what it caused, in order, as separate events', () => {
    const payload = { matterId: 'birth-medical-certificate', by: 'officer-health', at: AT, comment: '齐全' };
    const stored = storedPayload(payload, 'birth-medical-certificate', AT);
    expect(JSON.parse(stored)).toEqual({ by: 'officer-health', comment: '齐全' });
    const caused = [
      causedEvent('MATTER_APPROVED', 'birth-medical-certificate', 'officer-health'),
      causedEvent('MATTER_PENDING', 'vaccination-certificate', 'system'),
      causedEvent('MATTER_APPROVED', 'medical-insurance-enrolment', 'rule 1.0.0'),
      causedEvent('APPLICATION_COMPLETED', null, 'system'),
    ];
    expect(caused[1]).toEqual(['MATTER_PENDING', 'vaccination-certificate']);
    const events = loggedEvents([
      row(7, { type: 'APPROVE', matter_id: 'birth-medical-certificate', actor: 'officer-health', payload: stored, caused: JSON.stringify(caused) }),
    ]);
    expect(events.map((e) => [e.seq, e.type, e.matter_id, e.actor, e.at, e.payload])).toEqual([
      [0, 'APPROVE', 'birth-medical-certificate', 'officer-health', AT, payload],
      [1, 'MATTER_APPROVED', 'birth-medical-certificate', 'officer-health', AT, null],
      [2, 'MATTER_PENDING', 'vaccination-certificate', 'system', AT, null],
      [3, 'MATTER_APPROVED', 'medical-insurance-enrolment', 'rule 1.0.0', AT, null],
      [4, 'APPLICATION_COMPLETED', null, 'system', AT, null],
    ]);
    expect(events.every((e) => e.id === 7 && e.application_id === APP)).toBe(true);
    expect(isBefore(events[0] as never, events[1] as never)).toBe(true);
    expect(isBefore(events[1] as never, events[0] as never)).toBe(false);
  });

  it('a submission’s row has no details; a command whose payload was only its matter and time has them back', () => {
    const events = loggedEvents([
      row(1, { type: 'SUBMITTED', actor: 'citizen-1', caused: JSON.stringify([causedEvent('MATTER_PENDING', 'a', 'system')]) }),
      row(2, { type: 'DEADLINE_WARNING', matter_id: 'a', actor: 'scheduler', payload: storedPayload({ matterId: 'a', at: AT }, 'a', AT), caused: '[]' }),
    ]);
    expect(events.map((e) => [e.type, e.payload])).toEqual([
      ['SUBMITTED', null],
      ['MATTER_PENDING', null],
      ['DEADLINE_WARNING', { matterId: 'a', at: AT }],
    ]);
  });

  it('rows written before migration 011 (and one-event rows) read as they are', () => {
    const results = [{ matterId: 'a', certificate: { type: 'card', number: 'N-1', issuedAt: AT } }];
    const events = loggedEvents([
      row(3, { type: 'APPROVE', matter_id: 'a', actor: 'officer', payload: JSON.stringify({ matterId: 'a', by: 'officer', at: AT }) }),
      row(4, { type: 'MATTER_APPROVED', matter_id: 'a', actor: 'officer' }),
      row(5, { type: 'APPLICATION_COMPLETED', payload: JSON.stringify(results) }),
      row(6, { type: 'MATERIAL_UPLOADED', actor: 'citizen-1', payload: JSON.stringify({ materialId: 'm', at: '2026-01-01T00:00:00.000Z' }) }),
    ]);
    expect(events.map((e) => [e.id, e.seq, e.type, e.actor, e.payload])).toEqual([
      [3, 0, 'APPROVE', 'officer', { matterId: 'a', by: 'officer', at: AT }],
      [4, 0, 'MATTER_APPROVED', 'officer', null],
      [5, 0, 'APPLICATION_COMPLETED', 'system', results],
      [6, 0, 'MATERIAL_UPLOADED', 'citizen-1', { materialId: 'm', at: '2026-01-01T00:00:00.000Z' }],
    ]);
  });

  it('keeps a payload’s matter and time when they differ from the row’s', () => {
    const stored = storedPayload({ matterId: 'b', at: '2026-01-01T00:00:00.000Z', by: 'x' }, 'a', AT);
    expect(JSON.parse(stored)).toEqual({ matterId: 'b', at: '2026-01-01T00:00:00.000Z', by: 'x' });
    const [event] = loggedEvents([row(8, { type: 'SUPPLEMENT', matter_id: 'a', payload: stored, caused: '[]' })]);
    expect(event?.payload).toEqual({ matterId: 'b', at: '2026-01-01T00:00:00.000Z', by: 'x' });
  });
});
