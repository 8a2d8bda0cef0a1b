// The documents of an application on its page: the receipt (受理回执) once submitted, the completion
// notice (办结通知书) once it ended, each a PDF made by the server and downloaded with the reader's token.
import { useState } from 'react';
import { ErrorMessage } from '../components/Feedback.tsx';
import { usePreferences } from '../i18n/preferences.tsx';
import { useSession } from '../session/session.tsx';
import { download } from '../services/serviceApi.ts';

type DocumentKind = 'receipt' | 'completion-notice';

const FILE_NAMES: Record<DocumentKind, { zh: string; en: string }> = {
  receipt: { zh: '受理回执', en: 'receipt' },
  'completion-notice': { zh: '办结通知书', en: 'completion-notice' },
};

export function ApplicationDocuments({ applicationId, ended }: { applicationId: string; ended: boolean }) {
  const { t, lang } = usePreferences();
  const { session } = useSession();
  const [busy, setBusy] = useState<DocumentKind | null>(null);
  const [error, setError] = useState<unknown>(null);

  const get = (kind: DocumentKind) => {
    setBusy(kind);
    setError(null);
    download(`/api/applications/${encodeURIComponent(applicationId)}/${kind}`, `${FILE_NAMES[kind][lang]}-${applicationId}.pdf`, lang, session?.token)
      .catch(setError)
      .finally(() => setBusy(null));
  };

  const button = (kind: DocumentKind, label: string) => (
    <button type="button" className="btn btn-secondary" onClick={() => get(kind)} disabled={busy !== null} aria-busy={busy === kind}>
      {busy === kind ? t('documents.downloading') : label}
    </button>
  );

  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">{t('documents.title')}</h2>
      <div className="actions">
        {button('receipt', t('documents.receipt'))}
        {ended ? button('completion-notice', t('documents.completionNotice')) : null}
      </div>
      <p className="hint">
        {ended ? null : `${t('documents.noticeLater')} `}
        {t('documents.qrHint')}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
