// POST /api/payments/notifications: the payment platform's callback (支付结果通知) when an order changes.
// Authenticated by the shared secret the connector already has (ONEGO_PAYMENT_TOKEN, as a bearer), never a
// user's token; the body is not trusted: only the order number is read, and the order is asked of the
// platform (PaymentPass.notified) — a paid order is recorded at once instead of at the next poll. Repeated
// notices are harmless. Mounted before the user-token middleware, as /metrics is.
import { AppError } from '../http/appError.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { requireSharedSecret } from '../http/sharedSecret.ts';
import { coded, failure, notFound } from '../openapi/responses.ts';
import type { PaymentPass } from './paymentPass.ts';
import { PaymentNotice, PaymentNoticeAnswer } from './paymentSchemas.ts';

export const paymentCallbackApi = declareApi({
  notifyPayment: {
    operationId: 'notifyPayment',
    method: 'post',
    path: '/api/payments/notifications',
    tags: ['payments'],
    summary: 'Payment platform callback: an order changed',
    description:
      '支付结果通知: the payment platform calls this when an order (缴款单) changes, e.g. once it is paid. Only `orderNumber` is read; the order is then asked of the platform (GET <ONEGO_PAYMENT_URL>/orders/<orderNumber>) and a payment it confirms is recorded at once — the matter leaves 待缴费 and its time limit starts — rather than at the next poll (ONEGO_PAYMENT_INTERVAL_MS). Idempotent: a notice repeated, or for an order already paid, changes nothing. Answers the payment’s status afterwards (still unpaid when the platform says so or cannot be reached; the poll goes on). For the platform only: `Authorization: Bearer <ONEGO_PAYMENT_TOKEN>` (the shared secret OneGo also sends it); without ONEGO_PAYMENT_TOKEN configured, refused to everyone (403 PAYMENT_CALLBACK_DISABLED).',
    // The route checks its own bearer (the user-token middleware comes after it).
    access: 'public',
    security: [{ paymentToken: [] }],
    body: { schema: PaymentNotice, description: 'The order that changed; other fields the platform sends are ignored.' },
    response: { status: 200, description: 'The payment’s status after the order was checked with the platform.', schema: PaymentNoticeAnswer },
    otherResponses: {
      '401': failure('UNAUTHENTICATED: no bearer token. INVALID_TOKEN: the bearer token is not ONEGO_PAYMENT_TOKEN.', coded(['UNAUTHENTICATED', 'INVALID_TOKEN'])),
      '403': failure('PAYMENT_CALLBACK_DISABLED: the operator has not set ONEGO_PAYMENT_TOKEN, so no notice is accepted.', coded(['PAYMENT_CALLBACK_DISABLED'])),
      '404': notFound('PAYMENT_ORDER_UNKNOWN', 'no payment here has that order number.'),
    },
  },
});

export function paymentCallbackRoutes(payments: PaymentPass, token: string | undefined) {
  return mountRoutes(paymentCallbackApi, {
    notifyPayment: async ({ ctx, body }) => {
      requireSharedSecret(ctx, token, 'PAYMENT_CALLBACK_DISABLED');
      const status = await payments.notified(body.orderNumber);
      if (status === undefined) throw new AppError(404, 'PAYMENT_ORDER_UNKNOWN', { orderNumber: body.orderNumber });
      return { orderNumber: body.orderNumber, status };
    },
  });
}
