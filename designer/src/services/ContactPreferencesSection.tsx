// 通知方式: a citizen chooses SMS and e-mail besides the in-app messages, with the number and address they
// go to and their language. Until they save, nothing is sent; the number and address of their sign-in are
// offered. A channel the server does not send on is shown, disabled, with why.
import { useEffect, useState } from 'react';
import type { ContactPreferences } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { ErrorMessage, Loading } from '../components/Feedback.tsx';
import { usePreferences } from '../i18n/preferences.tsx';

type Choice = Omit<ContactPreferences, 'saved' | 'available'>;

export function ContactPreferencesSection() {
  const { t } = usePreferences();
  const api = useApi();
  const current = useResource(async () => (await api.get<ContactPreferences>('/api/notification-preferences')).body, [api]);
  const [choice, setChoice] = useState<Choice | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (current.data) {
      const { sms, email, phone, emailAddress, language } = current.data;
      setChoice({ sms, email, phone, emailAddress, language });
    }
  }, [current.data]);

  const change = (next: Partial<Choice>) => {
    setSaved(false);
    setChoice((was) => (was ? { ...was, ...next } : was));
  };

  async function save() {
    if (!choice) return;
    setBusy(true);
    setError(null);
    try {
      await api.put<ContactPreferences>('/api/notification-preferences', {
        ...choice,
        phone: choice.phone?.trim() || null,
        emailAddress: choice.emailAddress?.trim() || null,
      });
      setSaved(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const available = current.data?.available;
  return (
    <section className="panel" aria-labelledby="channels-title">
      <h2 id="channels-title">{t('channels.title')}</h2>
      <p className="hint">{t('channels.hint')}</p>
      {current.error ? <ErrorMessage error={current.error} onRetry={current.reload} /> : null}
      {!choice || !available ? (
        current.error ? null : <Loading />
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {!current.data?.saved && (choice.phone || choice.emailAddress) ? <p className="hint">{t('channels.fromIdentity')}</p> : null}
          <div className="field">
            <label className="choice">
              <input type="checkbox" checked={choice.sms} disabled={!available.sms} onChange={(e) => change({ sms: e.target.checked })} /> {t('channels.sms')}
              {available.sms ? null : <span className="hint">（{t('channels.unavailable')}）</span>}
            </label>
          </div>
          <div className="field">
            <label htmlFor="channels-phone">{t('channels.phone')}</label>
            <input id="channels-phone" type="tel" inputMode="numeric" autoComplete="tel-national" aria-describedby="channels-phone-hint" value={choice.phone ?? ''} maxLength={20} onChange={(e) => change({ phone: e.target.value })} />
            <p className="hint" id="channels-phone-hint">
              {t('channels.phoneHint')}
            </p>
          </div>
          <div className="field">
            <label className="choice">
              <input type="checkbox" checked={choice.email} disabled={!available.email} onChange={(e) => change({ email: e.target.checked })} /> {t('channels.email')}
              {available.email ? null : <span className="hint">（{t('channels.unavailable')}）</span>}
            </label>
          </div>
          <div className="field">
            <label htmlFor="channels-email">{t('channels.emailAddress')}</label>
            <input id="channels-email" type="email" autoComplete="email" aria-describedby="channels-email-hint" value={choice.emailAddress ?? ''} maxLength={254} onChange={(e) => change({ emailAddress: e.target.value })} />
            <p className="hint" id="channels-email-hint">
              {t('channels.emailHint')}
            </p>
          </div>
          <fieldset className="field">
            <legend>{t('channels.language')}</legend>
            {(['zh', 'en'] as const).map((language) => (
              <label key={language} className="choice">
                <input type="radio" name="channels-language" value={language} checked={choice.language === language} onChange={() => change({ language })} /> {t(`channels.${language}`)}
              </label>
            ))}
          </fieldset>
          <div className="actions">
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {t('channels.save')}
            </button>
            {saved ? (
              <span role="status" data-testid="channels-saved">
                {t('channels.saved')}
              </span>
            ) : null}
          </div>
          {error ? <ErrorMessage error={error} /> : null}
        </form>
      )}
    </section>
  );
}
