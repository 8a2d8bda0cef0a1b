// Fees (收费) through the payment connector: a charged matter waits unpaid (待缴费) after submission, its
// order (缴款码) is made by the payment pass, the payment confirmed by the platform starts its time limit,
// a rejection after the payment refunds it, and a platform that is down then back is retried — one order,
// paid once. The platform is examples/payment-provider, started by the test on a port of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPaymentProvider, type PaymentProvider } from '../../examples/payment-provider/server.ts';
import { matterOf, newbornSample, type ApplicationView, type MatterView, type SubmitResponse } from '../support/applicationViews.ts';
import { CHARGED_BUNDLE, CHARGED_MATTER, publishChargedBundle } from '../support/chargedBundle.ts';
import { freePort } from '../support/freePort.ts';
import { approveSteps, decideStep } from '../support/reviewWalk.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

interface Payment {
  amount: string;
  basis: string | null;
  status: string;
  paymentCode: string | null;
  orderNumber: string | null;
  payUrl?: string;
  paidAt: string | null;
  refundedAt: string | null;
}
type PaidMatter = MatterView & { payment?: Payment };
type View = Omit<ApplicationView, 'matters'> & { matters: PaidMatter[] };

let server: ServerProcess;
let api: ReturnType<typeof client>;
let port: number;
let provider: PaymentProvider | undefined;

beforeAll(async () => {
  port = await freePort();
  server = await startServerProcess({ ONEGO_PAYMENT_URL: `http://127.0.0.1:${port}`, ONEGO_OUTBOUND_ALLOW: '127.0.0.1', ONEGO_TEST_CLOCK: '1', ONEGO_PAYMENT_TIMEOUT_MS: '2000', ONEGO_PAYMENT_INTERVAL_MS: '60000', ONEGO_LOG_LEVEL: 'error' });
  api = client(server.url);
  await publishChargedBundle(api);
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await provider?.close();
});

const citizen = (subject: string) => api.login('citizen', subject);
const read = async (subject: string, id: string): Promise<View> => {
  const response = await api.get<View>(`/api/applications/${id}`, await citizen(subject));
  expect(response.status).toBe(200);
  return response.body;
};
const charged = (view: View): PaidMatter => matterOf(view, CHARGED_MATTER);
const advance = (advanceMs: number) => api.post<{ paymentsRecorded: number }>('/api/test/clock', { advanceMs });
const officer = (department: string) => api.login('officer', `officer-fee-${department}`, department);

async function submit(subject: string, key: string): Promise<string> {
  const response = await api.post<SubmitResponse>('/api/applications', { bundleId: CHARGED_BUNDLE, ...newbornSample('valid-single-birth') }, await citizen(subject), { 'idempotency-key': key });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id;
}

async function decide(subject: string, id: string, matterId: string, decision: 'approve' | 'reject') {
  const matter = matterOf(await read(subject, id), matterId);
  // an approval walks the matter's review steps (the fees are on matters without steps)
  type Answer = { code?: string; message?: string };
  return decision === 'approve' ? approveSteps<Answer>(api, matter.taskId, matter.department) : decideStep<Answer>(api, matter.taskId, matter.department, { decision, comment: '不符合条件' });
}

describe('a charged matter with the payment platform down, then back', () => {
  let id: string;

  it('waits unpaid while the order cannot be made, and retries', async () => {
    id = await submit('citizen-fee-1', 'fee-1');
    const view = await read('citizen-fee-1', id);
    expect(charged(view).status).toBe('unpaid');
    expect(charged(view).acceptedAt).toBeNull();
    expect(charged(view).dueAt).toBeNull();
    expect(charged(view).payment).toMatchObject({ amount: '12.50', basis: '测试用收费依据（非真实收费标准）', status: 'ordering', paymentCode: null });
    // The other matters do not wait for the fee.
    expect(matterOf(view, 'birth-medical-certificate').status).toBe('pending');
    await advance(1000);
    const database = server.database();
    try {
      const row = (await database('payments').where({ application_id: id }).first()) as { status: string; attempts: number; last_error: string | null };
      expect(row.status).toBe('ordering');
      expect(row.attempts).toBeGreaterThanOrEqual(1);
      expect(row.last_error).toMatch(/unreachable/);
    } finally {
      await database.destroy();
    }
  });

  it('makes the order once the platform answers; the officer sees it unpaid and cannot decide it', async () => {
    provider = await startPaymentProvider({ port });
    await advance(3_600_000);
    const payment = charged(await read('citizen-fee-1', id)).payment;
    expect(payment?.status).toBe('unpaid');
    expect(payment?.paymentCode).toMatch(/^\d{20}$/);
    expect(payment?.payUrl).toBe(`${provider.url}/pay/${payment?.orderNumber ?? ''}`);
    const matter = charged(await read('citizen-fee-1', id));
    const task = await api.get<{ status: string; payment?: Payment }>(`/api/tasks/${matter.taskId}`, await officer(matter.department));
    expect(task.body.status).toBe('unpaid');
    expect(task.body.payment).toMatchObject({ status: 'unpaid', amount: '12.50' });
    expect(task.body.payment?.payUrl).toBeUndefined();
    const refused = await decide('citizen-fee-1', id, CHARGED_MATTER, 'approve');
    expect([refused.status, refused.body.code]).toEqual([409, 'TASK_AWAITING_PAYMENT']);
    expect(refused.body.message).toBe('该事项待申请人缴费，缴费确认后才能办理');
    expect(provider.orders()).toHaveLength(1);
  });

  it('records the payment once the platform says it was paid; the time limit starts then', async () => {
    const before = charged(await read('citizen-fee-1', id)).payment;
    provider?.pay(before?.orderNumber ?? '');
    // Not yet asked: the pass asks every ONEGO_PAYMENT_INTERVAL_MS (a minute here).
    expect(charged(await read('citizen-fee-1', id)).status).toBe('unpaid');
    const moved = await advance(60_000);
    expect(moved.body.paymentsRecorded).toBe(1);
    const view = await read('citizen-fee-1', id);
    const matter = charged(view);
    expect(matter.status).toBe('pending');
    expect(matter.payment).toMatchObject({ status: 'paid', amount: '12.50' });
    expect(matter.payment?.payUrl).toBeUndefined();
    const pay = view.timeline.filter((e) => e.what === 'PAY');
    expect(pay).toHaveLength(1);
    expect(matter.acceptedAt).toBe(pay[0]?.at);
    expect(matter.dueAt).not.toBeNull();
    // Asked again later: nothing more is recorded.
    expect((await advance(120_000)).body.paymentsRecorded).toBe(0);
    const task = await api.get<{ payment?: Payment }>(`/api/tasks/${matter.taskId}`, await officer(matter.department));
    expect(task.body.payment?.status).toBe('paid');
    expect(provider?.orders().map((o) => [o.payments, o.refunds])).toEqual([[1, 0]]);
  });

  it('completes once every matter is approved, without a refund', async () => {
    for (let round = 0; round < 6; round++) {
      const view = await read('citizen-fee-1', id);
      if (view.status !== 'in_progress') break;
      for (const matter of view.matters.filter((m) => m.status === 'pending')) expect((await decide('citizen-fee-1', id, matter.matterId, 'approve')).status).toBe(200);
    }
    const done = await read('citizen-fee-1', id);
    expect(done.status).toBe('completed');
    expect(charged(done).payment?.status).toBe('paid');
    await advance(60_000);
    expect(provider?.orders().map((o) => [o.status, o.payments, o.refunds])).toEqual([['paid', 1, 0]]);
  });
});

describe('a paid matter rejected', () => {
  it('has its fee refunded, once', async () => {
    const id = await submit('citizen-fee-2', 'fee-2');
    await advance(1000);
    const order = charged(await read('citizen-fee-2', id)).payment?.orderNumber ?? '';
    provider?.pay(order);
    await advance(60_000);
    expect(charged(await read('citizen-fee-2', id)).status).toBe('pending');
    expect((await decide('citizen-fee-2', id, CHARGED_MATTER, 'reject')).status).toBe(200);
    const rejected = charged(await read('citizen-fee-2', id));
    expect(rejected.status).toBe('rejected');
    expect(rejected.payment?.status).toBe('refund_requested');
    await advance(1000);
    const refunded = charged(await read('citizen-fee-2', id)).payment;
    expect(refunded?.status).toBe('refunded');
    expect(refunded?.refundedAt).not.toBeNull();
    await advance(3_600_000);
    const placed = provider?.orders().find((o) => o.orderNumber === order);
    expect([placed?.status, placed?.payments, placed?.refunds]).toEqual(['refunded', 1, 1]);
  });

  it('cancels the order of an application withdrawn before the payment, refunding nothing', async () => {
    const id = await submit('citizen-fee-3', 'fee-3');
    await advance(1000);
    const withdrawn = await api.post(`/api/applications/${id}/withdraw`, {}, await citizen('citizen-fee-3'));
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    const payment = charged(await read('citizen-fee-3', id)).payment;
    expect(payment?.status).toBe('cancelled');
    expect(payment?.payUrl).toBeUndefined();
  });
});
