// The results of the unified issuance (统一发证) on an application's page: each matter's certificate number,
// issuing body and issue time as the issuing system gave them, and the applicant's e-licence (电子证照)
// download. While the issuing system has not answered, the application waits: 正在出证.
import { useState } from 'react';
import type { Application } from '../api/types.ts';
import { ErrorMessage } from '../components/Feedback.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { useSession } from '../session/session.tsx';
import { download } from '../services/serviceApi.ts';

export function IssuedResults({ view }: { view: Application }) {
  const { t, lang } = usePreferences();
  const { session } = useSession();
  const [error, setError] = useState<unknown>(null);
  if (view.results.length === 0) return <p>{t(view.status === 'issuing' ? 'application.issuing' : 'application.noResults')}</p>;
  const nameOf = (matterId: string) => view.matters.find((m) => m.matterId === matterId)?.name ?? matterId;
  return (
    <>
      <TableScroll label={t('application.results')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('notice.matter')}</th>
              <th scope="col">{t('application.certificateNumber')}</th>
              <th scope="col">{t('application.issuer')}</th>
              <th scope="col">{t('application.issuedAt')}</th>
              <th scope="col">{t('application.licence')}</th>
            </tr>
          </thead>
          <tbody>
            {view.results.map((r) => (
              <tr key={r.matterId} data-result={r.matterId}>
                <th scope="row">{nameOf(r.matterId)}</th>
                <td>{r.certificate.number}</td>
                <td>{r.certificate.issuer ?? '—'}</td>
                <td>{formatInstant(r.certificate.issuedAt, lang)}</td>
                <td>
                  {r.licenceUrl ? (
                    <button
                      type="button"
                      className="btn btn-secondary btn-small"
                      onClick={() => {
                        setError(null);
                        download(r.licenceUrl ?? '', `${nameOf(r.matterId)}-${r.certificate.number}.pdf`, lang, session?.token).catch(setError);
                      }}
                    >
                      {t('application.downloadLicence', { name: nameOf(r.matterId) })}
                    </button>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}
