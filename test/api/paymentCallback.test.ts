// The payment platform's callback (支付结果通知, POST /api/payments/notifications): the example platform
// notifies an order paid, with the secret it shares with OneGo; OneGo asks the platform for the order
// rather than trusting the notice and records the payment at once — long before its next poll. A notice
// without the secret, with another, for an unknown order, or claiming a payment the platform does not
// confirm changes nothing; a repeated notice records nothing twice; a server without the secret accepts none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPaymentProvider, type PaymentProvider } from '../../examples/payment-provider/server.ts';
import { matterOf, newbornSample, type ApplicationView, type MatterView, type SubmitResponse } from '../support/applicationViews.ts';
import { CHARGED_BUNDLE, CHARGED_MATTER, publishChargedBundle } from '../support/chargedBundle.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

type PaidMatter = MatterView & { payment?: { status: string; orderNumber: string | null } };
type View = Omit<ApplicationView, 'matters'> & { matters: PaidMatter[] };
interface Answer {
  orderNumber?: string;
  status?: string;
  code?: string;
  message?: string;
}

const SECRET = 'shared-with-the-payment-platform-0123456789';
const NOTICES = '/api/payments/notifications';

let server: ServerProcess;
let api: ReturnType<typeof client>;
let provider: PaymentProvider;

beforeAll(async () => {
  provider = await startPaymentProvider({ token: SECRET });
  // The pass would poll once an hour: only the callback can record a payment within the test.
  server = await startServerProcess({ ONEGO_PAYMENT_URL: provider.apiUrl, ONEGO_PAYMENT_TOKEN: SECRET, ONEGO_OUTBOUND_ALLOW: '127.0.0.1', ONEGO_TEST_CLOCK: '1', ONEGO_PAYMENT_INTERVAL_MS: '3600000', ONEGO_LOG_LEVEL: 'error' });
  api = client(server.url);
  provider.notifyTo(`${server.url}${NOTICES}`);
  await publishChargedBundle(api);
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await provider?.close();
});

const read = async (subject: string, id: string): Promise<PaidMatter> => matterOf((await api.get<View>(`/api/applications/${id}`, await api.login('citizen', subject))).body, CHARGED_MATTER);
const notify = (body: unknown, token: string | null = SECRET) => api.call('POST', NOTICES, { body, ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}) }) as Promise<{ status: number; body: Answer }>;

/** Submits the charged bundle and lets the pass make its order; returns the application and the order number. */
async function submitWithOrder(subject: string, key: string): Promise<{ id: string; orderNumber: string }> {
  const submitted = await api.post<SubmitResponse>('/api/applications', { bundleId: CHARGED_BUNDLE, ...newbornSample('valid-single-birth') }, await api.login('citizen', subject), { 'idempotency-key': key });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
  await api.post('/api/test/clock', { advanceMs: 1000 });
  const payment = (await read(subject, submitted.body.id)).payment;
  expect(payment?.status).toBe('unpaid');
  return { id: submitted.body.id, orderNumber: payment?.orderNumber ?? '' };
}

describe('the payment platform notifies a payment', () => {
  let paid: { id: string; orderNumber: string };

  it('refuses a notice without the shared secret, or with another, in plain words', async () => {
    paid = await submitWithOrder('citizen-notice-1', 'notice-1');
    const none = await notify({ orderNumber: paid.orderNumber }, null);
    expect([none.status, none.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    const other = await notify({ orderNumber: paid.orderNumber }, 'a-citizens-token-or-a-guess');
    expect([other.status, other.body.code]).toEqual([401, 'INVALID_TOKEN']);
    expect((await read('citizen-notice-1', paid.id)).payment?.status).toBe('unpaid');
  });

  it('does not trust the notice: a payment the platform does not confirm stays unpaid', async () => {
    const lie = await notify({ orderNumber: paid.orderNumber, status: 'paid', amountFen: 1250, paidAt: '2026-01-05T02:00:00.000Z' });
    expect([lie.status, lie.body]).toEqual([200, { orderNumber: paid.orderNumber, status: 'unpaid' }]);
    const matter = await read('citizen-notice-1', paid.id);
    expect([matter.status, matter.payment?.status]).toEqual(['unpaid', 'unpaid']);
  });

  it('records the payment the platform notifies, at once, and a repeated notice records nothing more', async () => {
    provider.pay(paid.orderNumber);
    await expect.poll(async () => (await read('citizen-notice-1', paid.id)).payment?.status, { timeout: 15_000 }).toBe('paid');
    expect(provider.notices()).toEqual([{ orderNumber: paid.orderNumber, answer: 200 }]);
    const matter = await read('citizen-notice-1', paid.id);
    expect(matter.status).toBe('pending');
    expect(matter.dueAt).not.toBeNull();
    const again = await notify({ orderNumber: paid.orderNumber });
    expect([again.status, again.body]).toEqual([200, { orderNumber: paid.orderNumber, status: 'paid' }]);
    const view = (await api.get<View>(`/api/applications/${paid.id}`, await api.login('citizen', 'citizen-notice-1'))).body;
    expect(view.timeline.filter((e) => e.what === 'PAY')).toHaveLength(1);
    expect(provider.orders().find((o) => o.orderNumber === paid.orderNumber)?.payments).toBe(1);
  });

  it('answers an unknown order and a notice without an order number with stable codes', async () => {
    const unknown = await notify({ orderNumber: 'FS000000000000000000' });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'PAYMENT_ORDER_UNKNOWN']);
    expect(unknown.body.message).toBe('没有缴款单号为 FS000000000000000000 的缴费');
    const empty = await notify({ status: 'paid' });
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBeTruthy();
  });
});

describe('a server that shares no secret with a payment platform', () => {
  it('accepts no notice', async () => {
    const bare = await startServerProcess({ ONEGO_LOG_LEVEL: 'error', ONEGO_EXAMPLE_DATA_PROVIDER: '0' });
    try {
      const refused = (await client(bare.url).call('POST', NOTICES, { body: { orderNumber: 'FS1' }, headers: { authorization: `Bearer ${SECRET}` } })) as { status: number; body: Answer };
      expect([refused.status, refused.body.code]).toEqual([403, 'PAYMENT_CALLBACK_DISABLED']);
      expect(refused.body.message).toContain('ONEGO_PAYMENT_TOKEN');
    } finally {
      await bare.stop();
    }
  });
});
