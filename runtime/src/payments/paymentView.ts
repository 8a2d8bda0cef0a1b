// A matter's fee payment as the views show it (paymentSchemas.ts): the payment rows of an application, by
// matter, with the fee's amount and basis from the matter's definition.
import { fenToYuan, inLang, onlineFee, type CompiledBundle, type Lang } from '@onego/engine';
import type { Knex } from 'knex';
import type { PaymentRow } from './paymentPass.ts';

/** The payment rows of an application by matter id. */
export async function paymentsOf(db: Knex, applicationId: string): Promise<Map<string, PaymentRow>> {
  const rows = (await db('payments').where({ application_id: applicationId })) as PaymentRow[];
  return new Map(rows.map((row) => [row.matter_id, row]));
}

/** The matter's payment, or nothing for a matter without an online fee; the payment page only for the applicant. */
export function paymentView(compiled: CompiledBundle, matterId: string, row: PaymentRow | undefined, lang: Lang, applicant: boolean) {
  const matter = compiled.matters.get(matterId);
  const fee = matter ? onlineFee(matter) : undefined;
  if (!row || !fee) return {};
  return {
    payment: {
      amount: fenToYuan(row.amount_fen),
      basis: fee.basis ? inLang(fee.basis, lang) : null,
      status: row.status,
      paymentCode: row.payment_code,
      orderNumber: row.order_number,
      ...(applicant && row.status === 'unpaid' && row.pay_url ? { payUrl: row.pay_url } : {}),
      paidAt: row.paid_at,
      refundedAt: row.refunded_at,
    },
  };
}
