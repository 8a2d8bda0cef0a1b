// 差评整改: the officer's department's rectification tasks opened by bad ratings, each with what the
// citizen said, and the department's answer (what it did, lasting measures).
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { Rectification, RectificationDetail } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { ErrorMessage, Loading } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { ProvisionalBadge, ProvisionalFootnote, ProvisionalNote } from '../components/ProvisionalDeadline.tsx';
import { formatInstant, shortId } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';

export function RectificationsPage() {
  const { t, lang } = usePreferences();
  const api = useApi();
  const list = useResource(async () => (await api.get<Rectification[]>('/api/rectifications?pageSize=50')).body, [api]);
  return (
    <Page title={t('rectification.title')} wide>
      <p>
        <Link to="/workbench">{t('task.back')}</Link>
      </p>
      {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      {!list.data ? <Loading /> : list.data.length === 0 ? <p>{t('rectification.none')}</p> : null}
      {list.data && list.data.length > 0 ? (
        <TableScroll label={t('rectification.title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('task.application')}</th>
                <th scope="col">{t('rectification.status')}</th>
                <th scope="col">{t('rectification.openedAt')}</th>
                <th scope="col">{t('task.dueAt')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`/workbench/rectifications/${encodeURIComponent(r.id)}`}>{shortId(r.applicationId)}</Link>
                  </th>
                  <td>{t(`rectification.status.${r.status}`)}</td>
                  <td>{formatInstant(r.openedAt, lang)}</td>
                  <td>
                    {formatInstant(r.dueAt, lang)} {r.dueAtProvisional ? <ProvisionalBadge /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {list.data?.some((r) => r.dueAtProvisional) ? <ProvisionalFootnote /> : null}
    </Page>
  );
}

export function RectificationPage() {
  const { id = '' } = useParams();
  const { t, lang } = usePreferences();
  const api = useApi();
  const url = `/api/rectifications/${encodeURIComponent(id)}`;
  const detail = useResource(async () => (await api.get<RectificationDetail>(url)).body, [api, url]);
  const [answer, setAnswer] = useState('');
  const [measures, setMeasures] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await api.post(`${url}/answer`, { answer: answer.trim(), ...(measures.trim() ? { measures: measures.trim() } : {}) });
      detail.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const d = detail.data;
  return (
    <Page title={t('rectification.one')} wide>
      <p>
        <Link to="/workbench/rectifications">{t('rectification.back')}</Link>
      </p>
      {detail.error ? <ErrorMessage error={detail.error} onRetry={detail.reload} /> : null}
      {!d ? <Loading /> : null}
      {d ? (
        <>
          <dl className="facts">
            <div>
              <dt>{t('task.application')}</dt>
              <dd>{d.bundleName} {shortId(d.applicationId)}</dd>
            </div>
            <div>
              <dt>{t('rectification.status')}</dt>
              <dd>{t(`rectification.status.${d.status}`)}</dd>
            </div>
            <div>
              <dt>{t('task.dueAt')}</dt>
              <dd>
                {formatInstant(d.dueAt, lang)} {d.dueAtProvisional ? <ProvisionalNote /> : null}
              </dd>
            </div>
          </dl>
          <h2>{t('rectification.cause')}</h2>
          <ul>
            {d.cause.overall ? <li>{t('rectification.overall', { score: d.cause.overall.score, comment: d.cause.overall.comment ?? '—' })}</li> : null}
            {d.cause.matters.map((m) => (
              <li key={m.matterId}>{t('rectification.matter', { name: m.name, score: m.score, comment: m.comment ?? '—' })}</li>
            ))}
          </ul>
          {d.answer ? (
            <p className="alert alert-success" role="status">
              {t('rectification.answered', { answer: d.answer })}
            </p>
          ) : (
            <form onSubmit={(e) => void submit(e)} noValidate className="panel">
              <div className="field">
                <label htmlFor="rectification-answer">{t('rectification.answer')}</label>
                <textarea id="rectification-answer" rows={4} maxLength={2000} value={answer} onChange={(e) => setAnswer(e.target.value)} />
              </div>
              <div className="field">
                <label htmlFor="rectification-measures">{t('rectification.measures')}</label>
                <textarea id="rectification-measures" rows={3} maxLength={2000} value={measures} onChange={(e) => setMeasures(e.target.value)} />
              </div>
              {error ? <ErrorMessage error={error} /> : null}
              <button type="submit" className="btn btn-primary" disabled={busy}>
                {t('rectification.submit')}
              </button>
            </form>
          )}
        </>
      ) : null}
    </Page>
  );
}
