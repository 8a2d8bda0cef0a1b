// 缴费: the fees of an application's charged matters — amount, legal basis, where the payment stands, the
// payment code and, for the applicant while unpaid, the way to the payment platform's page (去缴费). The
// page refreshes itself while the application runs, so a payment confirmed by the platform shows up.
import type { Application } from '../api/types.ts';
import { TableScroll } from '../components/TableScroll.tsx';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { isMessageKey } from '../i18n/messages.ts';

type Payment = NonNullable<Application['matters'][number]['payment']>;

const TONE: Record<string, string> = { unpaid: 'warn', paid: 'ok', refund_requested: 'info', refunded: 'muted', ordering: 'muted', cancelled: 'muted' };

export function PaymentStatus({ payment }: { payment: Payment }) {
  const { t } = usePreferences();
  const key = `payment.status.${payment.status}`;
  return <span className={`badge badge-${TONE[payment.status] ?? 'muted'}`}>{isMessageKey(key) ? t(key) : payment.status}</span>;
}

export function MatterPayments({ view }: { view: Application }) {
  const { t, lang } = usePreferences();
  const charged = view.matters.flatMap((m) => (m.payment ? [{ matter: m, payment: m.payment }] : []));
  if (charged.length === 0) return null;
  return (
    <section aria-labelledby="payments-title" data-testid="payments">
      <h2 id="payments-title">{t('payment.title')}</h2>
      <p className="hint">{t('payment.hint')}</p>
      <TableScroll label={t('payment.title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('payment.matter')}</th>
              <th scope="col">{t('payment.amount')}</th>
              <th scope="col">{t('payment.basis')}</th>
              <th scope="col">{t('payment.status')}</th>
              <th scope="col">{t('payment.code')}</th>
            </tr>
          </thead>
          <tbody>
            {charged.map(({ matter, payment }) => (
              <tr key={matter.matterId}>
                <th scope="row">{matter.name}</th>
                <td>{t('payment.amountValue', { amount: payment.amount })}</td>
                <td>{payment.basis ?? '—'}</td>
                <td>
                  <PaymentStatus payment={payment} />
                  {payment.paidAt ? <div className="hint">{`${t('payment.paidAt')}：${formatInstant(payment.paidAt, lang)}`}</div> : null}
                  {payment.refundedAt ? <div className="hint">{`${t('payment.refundedAt')}：${formatInstant(payment.refundedAt, lang)}`}</div> : null}
                </td>
                <td>
                  {payment.paymentCode ?? '—'}
                  {payment.payUrl ? (
                    <div>
                      <a className="btn btn-primary btn-small" href={payment.payUrl} aria-label={t('payment.payLabel', { matter: matter.name, amount: payment.amount })}>
                        {t('payment.pay')}
                      </a>
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {charged.some(({ payment }) => payment.payUrl) ? <p className="hint">{t('payment.afterPaying')}</p> : null}
    </section>
  );
}
