// The connector to the payment platform (政府非税收入统一支付平台 in production) for matters with a fee
// (收费): it creates a payment order (缴款单) with its payment code (缴款码) and the page where the
// applicant pays, says whether an order was paid, and refunds a paid order. Only I/O lives behind this
// interface: when to ask, retries and recording the answers are the payment pass's (paymentPass.ts).

export interface PaymentOrderRequest {
  /** The same for every attempt to create this order: a retried creation gets the same order. */
  idempotencyKey: string;
  application: { id: string; bundleName: string; applicant: string };
  matter: { id: string; name: string; department: { id: string; name: string } };
  /** The fee in fen (分), and in yuan with two decimals. */
  amountFen: number;
  amount: string;
  /** 收费依据, as the matter states it (zh). */
  basis?: string;
  /** Where the payment page sends the applicant back to (the application's page in the portal). */
  returnUrl?: string;
}

export interface PaymentOrder {
  /** 缴款单号: the platform's number of the order. */
  orderNumber: string;
  /** 缴款码: the code the applicant pays with (at the bank, in a payment app, or on the page). */
  paymentCode: string;
  /** The platform's page where the applicant pays this order. */
  payUrl: string;
}

export interface PaymentState {
  paid: boolean;
  /** When it was paid, and the amount paid in fen (checked against the fee). */
  paidAt?: string;
  amountFen?: number;
}

export interface RefundRequest {
  /** The same for every attempt to refund this payment: a retried refund refunds once. */
  idempotencyKey: string;
  orderNumber: string;
  amountFen: number;
  reason: string;
}

export interface Refund {
  refundNumber: string;
  refundedAt: string;
}

export interface PaymentConnector {
  createOrder(request: PaymentOrderRequest, signal: AbortSignal): Promise<PaymentOrder>;
  orderState(orderNumber: string, signal: AbortSignal): Promise<PaymentState>;
  refund(request: RefundRequest, signal: AbortSignal): Promise<Refund>;
}

/** Why the payment platform gave no usable answer (the row stays due and is tried again later). */
export class PaymentError extends Error {
  constructor(
    readonly reason: 'unreachable' | 'timeout' | 'http-error' | 'bad-response',
    message: string,
  ) {
    super(message);
  }
}
