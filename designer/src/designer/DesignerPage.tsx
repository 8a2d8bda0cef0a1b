// /designer/*: the bundle designer. The home lists the published bundles (with their versions) as
// starting points, and a blank start; /designer/compose is where a bundle is composed without code.
import { Link, Route, Routes } from 'react-router';
import type { BundleSummary, BundleVersions } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { ErrorMessage, Loading } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { formatInstant } from '../format.ts';
import { TableScroll } from '../components/TableScroll.tsx';
import { usePreferences } from '../i18n/preferences.tsx';
import { ComposePage } from './ComposePage.tsx';
import './designer.css';

function DesignerHome() {
  const { t, lang } = usePreferences();
  const api = useApi();
  const bundles = useResource(async () => {
    const list = (await api.get<BundleSummary[]>('/api/bundles')).body;
    return Promise.all(list.map(async (bundle) => ({ bundle, history: (await api.get<BundleVersions>(`/api/bundles/${encodeURIComponent(bundle.id)}/versions`)).body })));
  }, [api]);
  return (
    <Page title={t('designer.title')}>
      <p className="lead">{t('dz.homeIntro')}</p>
      <p>
        <Link className="btn btn-primary" to="/designer/compose">
          {t('dz.startBlank')}
        </Link>
      </p>
      <h2>{t('designer.bundles')}</h2>
      {bundles.error ? <ErrorMessage error={bundles.error} onRetry={bundles.reload} /> : null}
      {!bundles.data && bundles.loading ? <Loading /> : null}
      <TableScroll label={t('designer.bundles')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('designer.bundle')}</th>
              <th scope="col">{t('designer.versions')}</th>
              <th scope="col">{t('dz.startingPoint')}</th>
            </tr>
          </thead>
          <tbody>
            {bundles.data?.map(({ bundle, history }) => (
              <tr key={bundle.id}>
                <th scope="row">
                  {bundle.name}
                  <span className="hint block">
                    <code>{bundle.id}</code>
                  </span>
                </th>
                <td>
                  <ul className="plain">
                    {history.versions.map((v) => (
                      <li key={v.version}>{t('designer.versionLine', { n: v.version, by: v.publishedBy, at: formatInstant(v.publishedAt, lang) })}</li>
                    ))}
                    {history.draft ? <li>{t('designer.draft', { at: formatInstant(history.draft.updatedAt, lang) })}</li> : null}
                  </ul>
                </td>
                <td>
                  <Link to={`/designer/compose?from=${encodeURIComponent(bundle.id)}`} aria-label={t('dz.startFromNamed', { name: bundle.name })}>
                    {t('dz.startFrom')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Page>
  );
}

/** /designer/*: the designer's own routes. */
export function DesignerPage() {
  return (
    <Routes>
      <Route index element={<DesignerHome />} />
      <Route path="compose" element={<ComposePage />} />
      <Route path="*" element={<DesignerHome />} />
    </Routes>
  );
}
