// The citizen portal's home: the published bundles by name, each with its promise (time limit, visits,
// matters), and the ways to the sign-in page, the workbench and the designer.
import { formatDays } from '@onego/engine';
import { Link } from 'react-router';
import type { BundleSummary } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { ErrorMessage, Loading } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { usePreferences } from '../i18n/preferences.tsx';
import { useSession } from '../session/session.tsx';
import { CalendarWarningBanner, CALENDARS_PATH } from '../components/CalendarWarningBanner.tsx';
import { BundleForms } from './BundleForms.tsx';

export function HomePage() {
  const { t, lang } = usePreferences();
  const { session } = useSession();
  const api = useApi();
  const bundles = useResource(async () => (await api.get<BundleSummary[]>('/api/bundles')).body, [api]);
  return (
    <Page title={t('home.title')}>
      <CalendarWarningBanner />
      <p className="lead">{t('home.intro')}</p>
      <section aria-labelledby="bundles-title">
        <h2 id="bundles-title">{t('home.bundles')}</h2>
        {bundles.error ? <ErrorMessage error={bundles.error} onRetry={bundles.reload} /> : null}
        {bundles.loading && !bundles.data ? <Loading /> : null}
        {bundles.data && bundles.data.length === 0 ? <p>{t('home.noBundles')}</p> : null}
        <ul className="cards">
          {bundles.data?.map((bundle) => (
            <li className="card" key={bundle.id}>
              <h3 id={`bundle-${bundle.id}`}>{bundle.name}</h3>
              {bundle.description ? <p className="card-text">{bundle.description}</p> : null}
              <dl className="facts">
                <div>
                  <dt>{t('home.timeLimit')}</dt>
                  <dd>{formatDays(bundle.committedTimeLimit, lang)}</dd>
                </div>
                <div>
                  <dt>{t('home.visits')}</dt>
                  <dd>{t('home.visitsCount', { n: bundle.visits })}</dd>
                </div>
                <div>
                  <dt>{t('home.matters')}</dt>
                  <dd>{bundle.matters.map((m) => m.name).join(lang === 'zh' ? '、' : ', ')}</dd>
                </div>
                {bundle.region ? (
                  <div>
                    <dt>{t('home.region')}</dt>
                    <dd>{bundle.region.name}</dd>
                  </div>
                ) : null}
              </dl>
              <Link className="btn btn-primary" to={`/bundles/${encodeURIComponent(bundle.id)}/apply`} aria-describedby={`bundle-${bundle.id}`}>
                {t('home.start')}
              </Link>
              <BundleForms bundleId={bundle.id} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="entrances-title">
        <h2 id="entrances-title">{t('home.entrances')}</h2>
        <ul className="link-list">
          {session?.role === 'citizen' ? (
            <li>
              <Link to="/applications">{t('home.myApplicationsLink')}</Link>
            </li>
          ) : (
            <li>
              <Link to="/sign-in">{t('home.signInLink')}</Link> <span className="hint">{t('home.signInHint')}</span>
            </li>
          )}
          <li>
            <Link to="/workbench">{t('home.workbenchLink')}</Link>
          </li>
          <li>
            <Link to="/designer">{t('home.designerLink')}</Link>
          </li>
          {session?.role === 'admin' ? (
            <li>
              <Link to={CALENDARS_PATH}>{t('nav.calendars')}</Link>
            </li>
          ) : null}
        </ul>
      </section>
    </Page>
  );
}
