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
    const stored = storedPayload('APPROVE', payload, { matter_id: 'birth-medical-certificate', at: AT, actor: 'officer-health' });
    expect(stored).toBe('{"comment":"齐全"}');
    const caused = [
      causedEvent('MATTER_APPROVED', 'birth-medical-certificate', 'officer-health', 'officer-health'),
      causedEvent('MATTER_PENDING', 'vaccination-certificate', 'system', 'officer-health'),
      causedEvent('MATTER_APPROVED', 'medical-insurance-enrolment', 'rule 1.0.0', 'officer-health'),
      causedEvent('APPLICATION_COMPLETED', null, 'system', 'officer-health'),
    ];
    expect(caused.slice(0, 2)).toEqual([
      ['MATTER_APPROVED', 'birth-medical-certificate', null],
      ['MATTER_PENDING', 'vaccination-certificate'],
    ]);
    const events = loggedEvents([
      row(7, { type: 'APPROVE', matter_id: 'birth-medical-certificate', actor: 'officer-health', payload: stored, caused: JSON.stringify(caused) }),
    ]);
    // The payload as the engine's event had it, keys in the same order.
    expect(JSON.stringify(events[0]?.payload)).toBe(JSON.stringify(payload));
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
      row(1, { type: 'SUBMITTED', actor: 'citizen-1', caused: JSON.stringify([causedEvent('MATTER_PENDING', 'a', 'system', 'citizen-1')]) }),
      row(2, { type: 'DEADLINE_WARNING', matter_id: 'a', actor: 'scheduler', payload: storedPayload('DEADLINE_WARNING', { matterId: 'a', at: AT }, { matter_id: 'a', at: AT, actor: 'scheduler' }), caused: '[]' }),
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

  it('keeps a payload’s matter, time and officer when they differ from the row’s, and any `by` of other commands', () => {
    const stored = storedPayload('APPROVE', { matterId: 'b', by: 'x', at: '2026-01-01T00:00:00.000Z' }, { matter_id: 'a', at: AT, actor: 'y' });
    expect(JSON.parse(stored)).toEqual({ matterId: 'b', by: 'x', at: '2026-01-01T00:00:00.000Z' });
    const [event] = loggedEvents([row(8, { type: 'APPROVE', matter_id: 'a', actor: 'y', payload: stored, caused: '[]' })]);
    expect(event?.payload).toEqual({ matterId: 'b', by: 'x', at: '2026-01-01T00:00:00.000Z' });
    const supplement = { matterId: 'a', at: AT, by: 'citizen-1', fields: ['/mother/name'] };
    const kept = storedPayload('SUPPLEMENT', supplement, { matter_id: 'a', at: AT, actor: 'citizen-1' });
    expect(kept).toBe('{"by":"citizen-1","fields":["/mother/name"]}');
    const [again] = loggedEvents([row(9, { type: 'SUPPLEMENT', matter_id: 'a', actor: 'citizen-1', payload: kept, caused: '[]' })]);
    expect(JSON.stringify(again?.payload)).toBe(JSON.stringify(supplement));
  });
});
