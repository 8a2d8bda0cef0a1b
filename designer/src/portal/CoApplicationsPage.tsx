// 待我确认: the applications of others that name the signed-in citizen — as a co-applicant (共同申请人) or as
// the person a proxy applies for (被代办人) — and one of them read in full (the form as the applicant filled
// it, in words) with the button to confirm it, or to consent.
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { CoApplication, CoApplicationSummary, Confirmation, Preview } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { DataView } from '../components/DataView.tsx';
import { ErrorMessage, Loading } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { PARTY_STATUS, roleName } from './partyWords.ts';

/** A part as words: the co-applicant's role (父亲 …), or 被代办人. */
function usePartName() {
  const { t, lang } = usePreferences();
  return (part: { role?: { zh: string; en?: string } }) => roleName(part, lang) ?? t('who.represented');
}

export function CoApplicationsPage() {
  const { t, lang } = usePreferences();
  const api = useApi();
  const partName = usePartName();
  const list = useResource(async () => (await api.get<CoApplicationSummary[]>('/api/co-applications')).body, [api]);
  return (
    <Page title={t('co.title')}>
      <p>{t('co.intro')}</p>
      {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      {!list.data && list.loading ? <Loading /> : null}
      {list.data && list.data.length === 0 ? <p>{t('co.empty')}</p> : null}
      {list.data && list.data.length > 0 ? (
        <TableScroll label={t('co.title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('co.bundle')}</th>
                <th scope="col">{t('co.yourPart')}</th>
                <th scope="col">{t('co.savedAt')}</th>
                <th scope="col">{t('co.status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((c) => (
                <tr key={`${c.draftId}-${c.party}`}>
                  <th scope="row">
                    <Link to={`/co-applications/${encodeURIComponent(c.draftId)}`}>{c.bundleName}</Link>
                  </th>
                  <td>{partName(c)}</td>
                  <td>{formatInstant(c.savedAt, lang)}</td>
                  <td>{t(PARTY_STATUS[c.status])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </Page>
  );
}

export function CoApplicationPage() {
  const { id = '' } = useParams();
  const { t, lang } = usePreferences();
  const api = useApi();
  const partName = usePartName();
  const [confirmed, setConfirmed] = useState<Confirmation | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const done = useRef<HTMLParagraphElement>(null);
  const item = useResource(async () => {
    const read = (await api.get<CoApplication>(`/api/co-applications/${encodeURIComponent(id)}`)).body;
    const preview = (await api.post<Preview>(`/api/bundles/${encodeURIComponent(read.bundleId)}/preview`, { answers: read.answers })).body;
    return { read, form: preview.form };
  }, [api, id, lang]);

  async function confirm() {
    setBusy(true);
    setFailure(null);
    try {
      setConfirmed((await api.post<Confirmation>(`/api/co-applications/${encodeURIComponent(id)}/confirm`, {})).body);
      setTimeout(() => done.current?.focus(), 0);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  const read = item.data?.read;
  const open = read?.parts.some((p) => p.status !== 'confirmed');
  const consent = read?.parts.some((p) => p.party === 'represented');
  return (
    <Page title={read ? read.bundleName : t('co.title')}>
      {item.error ? <ErrorMessage error={item.error} onRetry={item.reload} /> : null}
      {!item.data && item.loading ? <Loading /> : null}
      {read && item.data ? (
        <>
          <p>
            {read.parts.map((p) => `${partName(p)}：${p.name}（${t(PARTY_STATUS[p.status])}）`).join('；')}
          </p>
          <p className="hint">
            {t('co.savedAt')} {formatInstant(read.savedAt, lang)}
          </p>
          <section className="summary-section" aria-labelledby="co-data">
            <h2 id="co-data">{t('apply.summary')}</h2>
            <DataView schema={item.data.form.schema} uiSchema={item.data.form.uiSchema} value={read.data} onlyPresent />
          </section>
          {failure ? <ErrorMessage error={failure} /> : null}
          {confirmed || !open ? (
            <p className="alert" role="status" tabIndex={-1} ref={done}>
              {t('co.confirmed')}
            </p>
          ) : (
            <div className="actions">
              <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void confirm()}>
                {consent ? t('co.consent') : t('co.confirm')}
              </button>
            </div>
          )}
        </>
      ) : null}
      <p>
        <Link to="/co-applications">{t('co.back')}</Link>
      </p>
    </Page>
  );
}
