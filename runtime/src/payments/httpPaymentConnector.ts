// The PaymentConnector over HTTP JSON (examples/payment-provider serves this protocol), each call one
// attempt with a timeout (the payment pass retries with backoff); answers are untrusted and checked:
//   POST <ONEGO_PAYMENT_URL>/orders    Idempotency-Key  {idempotencyKey, application, matter, amountFen, amount, basis?, returnUrl?}
//                                      → {orderNumber, paymentCode, payUrl}
//   GET  <ONEGO_PAYMENT_URL>/orders/<orderNumber>      → {orderNumber, status: "unpaid" | "paid" | "refunded", paidAt?, amountFen?}
//   POST <ONEGO_PAYMENT_URL>/refunds   Idempotency-Key  {idempotencyKey, orderNumber, amountFen, reason} → {refundNumber, refundedAt}
import { outboundFailure, type OutboundFetch } from '../outbound/outboundFetch.ts';
import { PaymentError, type PaymentConnector, type PaymentOrder, type PaymentOrderRequest, type PaymentState, type Refund, type RefundRequest } from './paymentConnector.ts';

export interface HttpPaymentConfig {
  /** The platform's base URL (without a trailing slash needed). */
  url: string;
  token?: string;
  timeoutMs: number;
}

const MAX_ANSWER_BYTES = 64 * 1024;

const text = (value: unknown, max: number): string | undefined => (typeof value === 'string' && value.length > 0 && value.length <= max ? value : undefined);
const instant = (value: unknown): string | undefined => {
  const given = text(value, 40);
  return given && !Number.isNaN(Date.parse(given)) ? new Date(given).toISOString() : undefined;
};

export class HttpPaymentConnector implements PaymentConnector {
  private readonly base: string;

  constructor(
    private readonly config: HttpPaymentConfig,
    private readonly send: OutboundFetch,
  ) {
    this.base = config.url.replace(/\/+$/, '');
  }

  async createOrder(request: PaymentOrderRequest, signal: AbortSignal): Promise<PaymentOrder> {
    const answer = await this.call('POST', '/orders', signal, request, request.idempotencyKey);
    const orderNumber = text(answer['orderNumber'], 100);
    const paymentCode = text(answer['paymentCode'], 100);
    const payUrl = text(answer['payUrl'], 2000);
    if (!orderNumber || !paymentCode || !payUrl || !/^https?:\/\//.test(payUrl)) throw new PaymentError('bad-response', 'the order has no number, payment code or http(s) payment page');
    return { orderNumber, paymentCode, payUrl };
  }

  async orderState(orderNumber: string, signal: AbortSignal): Promise<PaymentState> {
    const answer = await this.call('GET', `/orders/${encodeURIComponent(orderNumber)}`, signal);
    const status = answer['status'];
    if (status === 'unpaid') return { paid: false };
    if (status !== 'paid' && status !== 'refunded') throw new PaymentError('bad-response', `the order's status is not unpaid, paid or refunded`);
    const paidAt = instant(answer['paidAt']);
    const amountFen = answer['amountFen'];
    if (!paidAt || typeof amountFen !== 'number' || !Number.isSafeInteger(amountFen)) throw new PaymentError('bad-response', 'a paid order has no payment time or amount in fen');
    return { paid: true, paidAt, amountFen };
  }

  async refund(request: RefundRequest, signal: AbortSignal): Promise<Refund> {
    const answer = await this.call('POST', '/refunds', signal, request, request.idempotencyKey);
    const refundNumber = text(answer['refundNumber'], 100);
    const refundedAt = instant(answer['refundedAt']);
    if (!refundNumber || !refundedAt) throw new PaymentError('bad-response', 'the refund has no number or time');
    return { refundNumber, refundedAt };
  }

  private async call(method: 'GET' | 'POST', path: string, signal: AbortSignal, body?: unknown, idempotencyKey?: string): Promise<Record<string, unknown>> {
    let response;
    try {
      response = await this.send(`${this.base}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
          ...(this.config.token ? { authorization: `Bearer ${this.config.token}` } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.any([signal, AbortSignal.timeout(this.config.timeoutMs)]),
      });
    } catch (error) {
      throw new PaymentError(outboundFailure(error) === 'timeout' ? 'timeout' : 'unreachable', `the payment platform could not be reached (${outboundFailure(error)})`);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new PaymentError('http-error', `the payment platform answered status ${response.status}`);
    }
    if (Number(response.headers.get('content-length') ?? 0) > MAX_ANSWER_BYTES) {
      await response.body?.cancel().catch(() => undefined);
      throw new PaymentError('bad-response', 'the answer is larger than 64 KB');
    }
    let answer: unknown;
    try {
      answer = JSON.parse(await response.text());
    } catch {
      throw new PaymentError('bad-response', 'the answer is not JSON');
    }
    if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) throw new PaymentError('bad-response', 'the answer is not a JSON object');
    return answer as Record<string, unknown>;
  }
}
