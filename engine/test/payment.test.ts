// A matter with an online fee (收费, matterFee.ts) waits for its payment after submission (unpaid, 待缴费):
// nobody decides it before PAY, its time limit starts at the payment, and a charged matter with
// dependencies waits for them once paid. The newborn example charges nothing: a test copy charges 生育登记
// (no dependencies) and 社保卡 (after 户口登记) fees that are test values, not real ones.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { applicationStatus } from '../src/flow/applicationStatus.ts';
import { createApplicationMachine } from '../src/flow/createApplicationMachine.ts';
import { fenToYuan, onlineFee, yuanToFen } from '../src/flow/matterFee.ts';
import { isWithdrawable } from '../src/flow/withdrawal.ts';
import { newbornSample, oneStepBundle, oneStepMatters } from './support/oneStepNewborn.ts';

const bundle = oneStepBundle;
const FEE = { charged: true, amount: '20.5', basis: { zh: '测试用收费依据', en: 'A test basis' } };
const matters = new Map(
  [...oneStepMatters.values()].map((matter) => [matter.id, matter.id === 'birth-registration' || matter.id === 'social-security-card' ? { ...matter, fee: FEE } : matter] as const),
);
const single = newbornSample('valid-single-birth');
const data = Object.fromEntries(Object.entries(single.data).filter(([entity]) => entity !== 'marriage' && entity !== 'household'));
const machine = createApplicationMachine(bundle, matters);

let minute = 0;
const at = (): string => new Date(Date.UTC(2026, 2, 3, 1) + minute++ * 60_000).toISOString();

function submitted() {
  const actor = createActor(machine).start();
  actor.send({ type: 'SUBMIT', at: at(), answers: single.answers, data });
  return actor;
}
const statusOf = (actor: ReturnType<typeof submitted>, matterId: string) => applicationStatus(actor.getSnapshot()).matters.find((m) => m.matterId === matterId)?.status;

describe('amounts', () => {
  it('reads yuan as whole fen, exactly, and writes two decimals', () => {
    expect([yuanToFen('20'), yuanToFen('20.5'), yuanToFen('20.50'), yuanToFen('0.01'), yuanToFen('0.1')]).toEqual([2000, 2050, 2050, 1, 10]);
    expect([yuanToFen('1e3'), yuanToFen('-1'), yuanToFen('20.123'), yuanToFen('')]).toEqual([undefined, undefined, undefined, undefined]);
    expect([fenToYuan(2050), fenToYuan(7), fenToYuan(100)]).toEqual(['20.50', '0.07', '1.00']);
  });

  it('charges online only a charged matter with an amount above nought', () => {
    expect(onlineFee({ fee: FEE })).toEqual({ amount: '20.50', amountFen: 2050, basis: FEE.basis });
    expect(onlineFee({ fee: { charged: false, amount: '20' } })).toBeUndefined();
    expect(onlineFee({ fee: { charged: true } })).toBeUndefined();
    expect(onlineFee({})).toBeUndefined();
  });
});

describe('a matter with a fee', () => {
  it('waits unpaid from submission, refuses decisions, and starts its time limit at the payment', () => {
    const actor = submitted();
    if (statusOf(actor, 'birth-registration') === 'excluded') throw new Error('the sample answers leave out 生育登记');
    expect(statusOf(actor, 'birth-registration')).toBe('unpaid');
    expect(statusOf(actor, 'birth-medical-certificate')).toBe('pending');
    const approve = { type: 'APPROVE' as const, matterId: 'birth-registration', by: 'officer-1', at: at() };
    expect(actor.getSnapshot().can(approve)).toBe(false);
    expect(actor.getSnapshot().can({ type: 'REJECT', matterId: 'birth-registration', by: 'officer-1', at: at() })).toBe(false);
    expect(isWithdrawable(actor.getSnapshot().context)).toBe(true);
    const paidAt = at();
    actor.send({ type: 'PAY', matterId: 'birth-registration', at: paidAt, orderNumber: 'F-1', amount: '20.50' });
    expect(statusOf(actor, 'birth-registration')).toBe('pending');
    const record = actor.getSnapshot().context.matters['birth-registration'];
    expect(record?.startedAt).toBe(paidAt);
    expect(record?.payment).toEqual({ orderNumber: 'F-1', amount: '20.50', paidAt });
    // Paid once: a second confirmation changes nothing.
    expect(actor.getSnapshot().can({ type: 'PAY', matterId: 'birth-registration', at: at(), orderNumber: 'F-1', amount: '20.50' })).toBe(false);
    expect(actor.getSnapshot().can({ ...approve, at: at() })).toBe(true);
    expect(isWithdrawable(actor.getSnapshot().context)).toBe(true);
  });

  it('waits for its dependencies once paid, and keeps the application open while unpaid', () => {
    const actor = submitted();
    expect(statusOf(actor, 'social-security-card')).toBe('unpaid');
    actor.send({ type: 'PAY', matterId: 'social-security-card', at: at(), orderNumber: 'F-2', amount: '20.50' });
    expect(statusOf(actor, 'social-security-card')).toBe('waiting');
    actor.send({ type: 'APPROVE', matterId: 'birth-medical-certificate', by: 'o', at: at() });
    const householdApproved = at();
    actor.send({ type: 'APPROVE', matterId: 'birth-household-registration', by: 'o', at: householdApproved });
    expect(statusOf(actor, 'social-security-card')).toBe('pending');
    expect(actor.getSnapshot().context.matters['social-security-card']?.startedAt).toBe(householdApproved);
    for (const matterId of ['vaccination-certificate', 'medical-insurance-enrolment', 'social-security-card']) {
      if (statusOf(actor, matterId) === 'pending') actor.send({ type: 'APPROVE', matterId, by: 'o', at: at() });
    }
    // 生育登记 is still unpaid: the application is not issuing.
    expect(statusOf(actor, 'birth-registration')).toBe('unpaid');
    expect(applicationStatus(actor.getSnapshot()).phase).toBe('processing');
    actor.send({ type: 'PAY', matterId: 'birth-registration', at: at(), orderNumber: 'F-3', amount: '20.50' });
    actor.send({ type: 'APPROVE', matterId: 'birth-registration', by: 'o', at: at() });
    expect(applicationStatus(actor.getSnapshot()).phase).toBe('issuing');
  });

  it('is rejected with its rejected dependency while still unpaid', () => {
    const actor = submitted();
    actor.send({ type: 'APPROVE', matterId: 'birth-medical-certificate', by: 'o', at: at() });
    actor.send({ type: 'REJECT', matterId: 'birth-household-registration', by: 'o', at: at(), reason: 'x' });
    expect(applicationStatus(actor.getSnapshot()).phase).toBe('rejected');
  });
});
