// Taking a bundle off the portal (下线) and putting it back (上线), on the designer's home: a "下线" button
// on each published bundle that asks first (what it means for applicants), and the list of bundles off
// the portal, marked 已下线, each with "重新上线". The runtime refuses new applications to a bundle off the
// portal; those already submitted continue.
import { useEffect, useRef, useState } from 'react';
import type { BundleAvailability, WithdrawnBundle } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { describeError, ErrorMessage, OutcomeMessage, type Outcome } from '../components/Feedback.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';

const availabilityUrl = (id: string, action: 'withdraw' | 'restore') => `/api/bundles/${encodeURIComponent(id)}/${action}`;

/** "下线" with its confirmation; the focus goes to "取消", the safe answer. */
export function WithdrawControl({ id, name, onDone }: { id: string; name: string; onDone: (outcome: Outcome) => void }) {
  const { t } = usePreferences();
  const api = useApi();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);
  async function withdraw() {
    setBusy(true);
    try {
      await api.post<BundleAvailability>(availabilityUrl(id, 'withdraw'), undefined);
      onDone({ ok: true, text: t('cat.withdrawn', { name }) });
    } catch (error) {
      onDone({ ok: false, text: describeError(error, t) });
    } finally {
      setBusy(false);
      setAsking(false);
    }
  }
  return (
    <>
      <button type="button" className="btn btn-small btn-danger" aria-label={t('cat.withdrawNamed', { name })} aria-expanded={asking} onClick={() => setAsking(!asking)}>
        {t('cat.withdraw')}
      </button>
      {asking ? (
        <div className="discard-confirm" role="group" aria-labelledby={`withdraw-${id}`}>
          <p id={`withdraw-${id}`}>{t('cat.withdrawConfirm', { name })}</p>
          <div className="actions">
            <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void withdraw()}>
              {t('cat.withdrawYes')}
            </button>
            <button type="button" className="btn" ref={cancel} onClick={() => setAsking(false)}>
              {t('cat.withdrawNo')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}

/** The bundles off the portal, each with "重新上线"; `generation` changes when a bundle was taken off. */
export function WithdrawnBundles({ generation, onRestored }: { generation: number; onRestored: () => void }) {
  const { t, lang } = usePreferences();
  const api = useApi();
  const withdrawn = useResource(async () => (await api.get<WithdrawnBundle[]>('/api/bundles/withdrawn')).body, [api, generation]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  async function restore(bundle: WithdrawnBundle) {
    setBusy(true);
    try {
      await api.post<BundleAvailability>(availabilityUrl(bundle.id, 'restore'), undefined);
      setOutcome({ ok: true, text: t('cat.restored', { name: bundle.name }) });
      withdrawn.reload();
      onRestored();
    } catch (error) {
      setOutcome({ ok: false, text: describeError(error, t) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <OutcomeMessage outcome={outcome} />
      {withdrawn.error ? <ErrorMessage error={withdrawn.error} onRetry={withdrawn.reload} /> : null}
      {withdrawn.data && withdrawn.data.length > 0 ? (
        <section aria-labelledby="designer-withdrawn">
          <h2 id="designer-withdrawn">{t('cat.withdrawnTitle')}</h2>
          <TableScroll label={t('cat.withdrawnTitle')}>
            <table data-testid="withdrawn-bundles">
              <thead>
                <tr>
                  <th scope="col">{t('designer.bundle')}</th>
                  <th scope="col">{t('cat.status')}</th>
                  <th scope="col">{t('dz.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {withdrawn.data.map((bundle) => (
                  <tr key={bundle.id}>
                    <th scope="row">{bundle.name}</th>
                    <td>
                      <span className="badge badge-warn">{t('cat.withdrawnBadge')}</span>
                      <span className="hint block">{t('cat.withdrawnLine', { by: bundle.withdrawnBy, at: formatInstant(bundle.withdrawnAt, lang) })}</span>
                    </td>
                    <td>
                      <button type="button" className="btn btn-small btn-secondary" aria-label={t('cat.restoreNamed', { name: bundle.name })} disabled={busy} onClick={() => void restore(bundle)}>
                        {t('cat.restore')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ) : null}
    </>
  );
}
