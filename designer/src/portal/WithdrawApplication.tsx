// 撤回申请: the applicant withdraws an application nobody has decided anything about yet, after a
// confirmation that names the bundle; once withdrawn, the page says so in plain words. The Idempotency-Key
// is made once per confirmation, so that a retry of the same withdrawal is answered, not refused.
import { useRef, useState } from 'react';
import type { Application } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorMessage } from '../components/Feedback.tsx';
import { ConfirmAction } from '../designer/ConfirmAction.tsx';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';

/** What the page shows of a withdrawal: the button (while possible), or the application withdrawn. */
export function WithdrawApplication({ view, onWithdrawn }: { view: Application; onWithdrawn: () => void }) {
  const { t, lang } = usePreferences();
  const api = useApi();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const key = useRef<string | null>(null);

  if (view.status === 'withdrawn') {
    const at = view.timeline.find((e) => e.what === 'WITHDRAW')?.at;
    return (
      <p className="alert" data-testid="withdrawn-notice">
        {t('withdraw.done', { at: formatInstant(at, lang) })}
      </p>
    );
  }
  if (!view.withdrawable) return null;

  async function withdraw() {
    setBusy(true);
    setError(null);
    key.current ??= crypto.randomUUID();
    try {
      await api.post<Application>(`/api/applications/${encodeURIComponent(view.id)}/withdraw`, reason.trim() ? { reason: reason.trim() } : {}, { 'idempotency-key': key.current });
      setAsking(false);
      onWithdrawn();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{t('withdraw.title')}</h2>
      <p className="hint">{t('withdraw.hint')}</p>
      {asking ? (
        <>
          <div className="field">
            <label htmlFor="withdraw-reason">{t('withdraw.reason')}</label>
            <textarea id="withdraw-reason" value={reason} maxLength={2000} rows={2} onChange={(e) => setReason(e.target.value)} />
          </div>
          <ConfirmAction
            question={t('withdraw.confirm', { name: view.bundleName })}
            yes={t('withdraw.yes')}
            busy={busy}
            onYes={() => void withdraw()}
            onNo={() => {
              setAsking(false);
              key.current = null;
            }}
          />
        </>
      ) : (
        <button type="button" className="btn btn-danger" onClick={() => setAsking(true)}>
          {t('withdraw.button')}
        </button>
      )}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
