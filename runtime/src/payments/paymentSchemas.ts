// The shape of a matter's fee payment (收费) as the application and task views show it.
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { closed, nullableInstant, nullableText } from '../http/apiSchemas.ts';

const PAYMENT_STATUSES = ['ordering', 'unpaid', 'paid', 'refund_requested', 'refunded', 'cancelled'] as const;

const paymentStatus = (description: string) => Type.Unsafe<(typeof PAYMENT_STATUSES)[number]>({ type: 'string', enum: [...PAYMENT_STATUSES], description });

export const MatterPayment = component(
  'MatterPayment',
  closed(
    {
      amount: Type.String({ pattern: '^[0-9]+\\.[0-9]{2}$', description: 'The fee in yuan, two decimals (20.00).' }),
      basis: nullableText('收费依据: the legal basis of the fee, as the matter states it, in the response language; null when it states none.'),
      status: paymentStatus(
        'ordering (正在生成缴款单: the payment platform is asked for the order; retried while it is unreachable), unpaid (待缴费: pay with the payment code or on the payment page; the matter waits and its time limit does not run), paid (已缴费), refund_requested (退款中: the matter was rejected, or the application ended without issuing, after the payment), refunded (已退款), cancelled (已取消: the application ended before the payment).',
      ),
      paymentCode: nullableText('缴款码: the code the applicant pays with (at a bank, in a payment app or on the payment page); null until the order is made.'),
      orderNumber: nullableText('缴款单号: the payment platform’s order number; null until the order is made.'),
      payUrl: Type.Optional(Type.String({ description: 'The payment platform’s page where the applicant pays (去缴费); only in the applicant’s own view, while unpaid.' })),
      paidAt: nullableInstant('When it was paid, as the payment platform says.'),
      refundedAt: nullableInstant('When the fee was refunded.'),
    },
    { description: '收费: the fee of a matter paid online through the payment platform (非税支付), and where its payment stands.' },
  ),
);

export const PaymentNotice = component(
  'PaymentNotice',
  Type.Object(
    { orderNumber: Type.String({ minLength: 1, maxLength: 100, description: '缴款单号: the platform’s number of the order that changed.' }) },
    { additionalProperties: true, description: 'The payment platform’s notice (支付结果通知): only the order number is read; the order’s state is asked of the platform.' },
  ),
);

export const PaymentNoticeAnswer = component(
  'PaymentNoticeAnswer',
  closed(
    {
      orderNumber: Type.String({ description: '缴款单号, as notified.' }),
      status: paymentStatus('The payment’s status after the order was checked with the platform: paid once it confirmed the payment; unpaid while it says so or cannot be reached (checked again at the next poll).'),
    },
    { description: 'What became of a payment notice.' },
  ),
);
