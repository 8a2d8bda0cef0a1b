// 催办: on a matter past its warning point, the applicant reminds its department; otherwise the cell says
// from when a reminder is possible, and when the last one was sent.
import { useState } from 'react';
import type { Application } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorMessage } from '../components/Feedback.tsx';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';

type Matter = Application['matters'][number];

export function RemindButton({ applicationId, matter, onSent }: { applicationId: string; matter: Matter; onSent: () => void }) {
  const { t, lang } = usePreferences();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const reminder = matter.reminder;
  if (!reminder || reminder.possibleFrom === null) return <>{reminder?.lastAt ? t('remind.last', { at: formatInstant(reminder.lastAt, lang) }) : '—'}</>;

  async function remind() {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/applications/${encodeURIComponent(applicationId)}/reminders`, { matterId: matter.matterId });
      onSent();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="remind">
      {reminder.possible ? (
        <button type="button" className="btn btn-secondary btn-small" aria-label={t('remind.buttonFor', { matter: matter.name })} aria-disabled={busy || undefined} onClick={() => (busy ? undefined : void remind())}>
          {t('remind.button')}
        </button>
      ) : (
        <span data-testid="remind-later">{t('remind.from', { at: formatInstant(reminder.possibleFrom, lang) })}</span>
      )}
      {reminder.lastAt ? <p className="hint">{t('remind.last', { at: formatInstant(reminder.lastAt, lang) })}</p> : null}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
