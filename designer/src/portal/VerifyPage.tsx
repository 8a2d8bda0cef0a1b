// 文书真伪核验: the page a receipt's or completion notice's QR code opens, for anyone (no sign-in). It
// says in words whether the document was issued here and what it certifies — the applicant's name
// masked, no other personal data — or that it cannot be verified.
import { useParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import type { DocumentVerification } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { ErrorMessage, Loading, StatusBadge } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';

export function VerifyPage() {
  const { token = '' } = useParams();
  const { t, lang } = usePreferences();
  const api = useApi();
  const verification = useResource(async () => (await api.get<DocumentVerification>(`/api/documents/verify/${encodeURIComponent(token)}`)).body, [api, token]);
  const result = verification.data;
  const refused = verification.error instanceof ApiError && verification.error.code === 'DOCUMENT_NOT_GENUINE' ? verification.error : undefined;

  return (
    <Page title={t('verify.title')}>
      {verification.loading && !result ? <Loading /> : null}
      {refused ? (
        <div className="alert alert-error" role="alert" data-testid="verify-refused">
          <p>
            <strong>{t('verify.notGenuineTitle')}</strong>
          </p>
          <p>{refused.message}</p>
          <p>{t('verify.notGenuineHelp')}</p>
        </div>
      ) : verification.error ? (
        <ErrorMessage error={verification.error} onRetry={verification.reload} />
      ) : null}
      {result ? (
        <>
          <div className="alert alert-success" role="status" data-testid="verify-genuine">
            <p>
              <strong>{t(result.document === 'receipt' ? 'verify.genuineReceipt' : 'verify.genuineNotice')}</strong>
            </p>
            <p>
              {result.document === 'receipt'
                ? t('verify.certifiesReceipt', { time: formatInstant(result.submittedAt, lang) })
                : t('verify.certifiesNotice', { time: formatInstant(result.endedAt, lang) })}
            </p>
          </div>
          <dl className="facts">
            <div>
              <dt>{t('verify.number')}</dt>
              <dd>{result.applicationNumber}</dd>
            </div>
            <div>
              <dt>{t('verify.bundle')}</dt>
              <dd>{result.bundleName}</dd>
            </div>
            <div>
              <dt>{t('verify.applicant')}</dt>
              <dd>{result.applicant}</dd>
            </div>
            <div>
              <dt>{t('verify.submittedAt')}</dt>
              <dd>{formatInstant(result.submittedAt, lang)}</dd>
            </div>
            {result.endedAt ? (
              <div>
                <dt>{t('verify.endedAt')}</dt>
                <dd>{formatInstant(result.endedAt, lang)}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('verify.statusNow')}</dt>
              <dd>
                <StatusBadge kind="application" status={result.status} />
              </dd>
            </div>
          </dl>
          <h2>{t('verify.matters')}</h2>
          <ul>
            {result.matters.map((m) => (
              <li key={`${m.department}:${m.name}`}>
                {m.name}（{m.department}）：<StatusBadge kind="task" status={m.status} />
              </li>
            ))}
          </ul>
          <p className="hint">{t('verify.privacy')}</p>
        </>
      ) : null}
    </Page>
  );
}
