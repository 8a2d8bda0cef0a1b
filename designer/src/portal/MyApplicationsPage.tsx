// A citizen's applications, newest first, paged.
import { Link, useSearchParams } from 'react-router';
import type { ApplicationSummary } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { ErrorMessage, Loading, Pager, StatusBadge } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { formatInstant, shortId } from '../format.ts';
import { TableScroll } from '../components/TableScroll.tsx';
import { usePreferences } from '../i18n/preferences.tsx';
import { DraftsList } from '../services/drafts.tsx';

const PAGE_SIZE = 20;

export function MyApplicationsPage() {
  const { t, lang } = usePreferences();
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useResource(async () => {
    const response = await api.get<ApplicationSummary[]>(`/api/applications?page=${page}&pageSize=${PAGE_SIZE}`);
    return { items: response.body, total: Number(response.headers.get('x-total-count') ?? response.body.length) };
  }, [api, page]);
  return (
    <Page title={t('myApps.title')}>
      <DraftsList />
      {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      {!list.data && list.loading ? <Loading /> : null}
      {list.data && list.data.items.length === 0 ? (
        <p>
          {t('myApps.none')} <Link to="/">{t('nav.home')}</Link>
        </p>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <>
          <TableScroll label={t('myApps.title')}>
            <table>
              <caption>{t('myApps.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('myApps.bundle')}</th>
                  <th scope="col">{t('application.number')}</th>
                  <th scope="col">{t('myApps.submittedAt')}</th>
                  <th scope="col">{t('myApps.status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <Link to={`/applications/${encodeURIComponent(a.id)}`}>{a.bundleName}</Link>
                    </th>
                    <td>{shortId(a.id)}</td>
                    <td>{formatInstant(a.submittedAt, lang)}</td>
                    <td>
                      <StatusBadge kind="application" status={a.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={(p) => setParams({ page: String(p) })} />
        </>
      ) : null}
    </Page>
  );
}
