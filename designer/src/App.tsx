// The frame of every page (skip link, header with navigation, language and large-text switches, the
// signed-in person, footer) and the routes.
import { lazy, Suspense, type ReactNode } from 'react';
import { Link, Navigate, NavLink, Route, Routes, useLocation } from 'react-router';
import { Page } from './components/Page.tsx';
import { Loading } from './components/Feedback.tsx';
import { usePreferences } from './i18n/preferences.tsx';
import { HomePage } from './portal/HomePage.tsx';
import { SignInPage } from './portal/SignInPage.tsx';
import { useSession, type Role } from './session/session.tsx';
import { NotificationsLink } from './services/NotificationsLink.tsx';
import { CALENDARS_PATH } from './components/CalendarWarningBanner.tsx';

/** The page, for a reader signed in with one of the roles; otherwise the sign-in page, then back here. */
function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (session && roles.includes(session.role)) return <>{children}</>;
  const next = `${location.pathname}${location.search}`;
  return <Navigate to={`/sign-in?role=${roles[0] ?? 'citizen'}&next=${encodeURIComponent(next)}`} replace />;
}

/**
 * Which page a path shows, for mounting a new one: the designer's compose page stays mounted when a save
 * or a publication gives it another address (/designer/compose ⇄ /designer/drafts/:id), and the matter editor
 * when a first save names the new matter (/designer/matters/new → /designer/matters/:id).
 */
const pageKey = (pathname: string): string =>
  /^\/designer\/(?:compose|drafts\/[^/]+)\/?$/.test(pathname) ? '/designer/compose' : /^\/designer\/matters\/[^/]+\/?$/.test(pathname) ? '/designer/matters/edit' : pathname;

// The first page (the portal's home and sign-in) loads alone; every other page, with the libraries only it
// needs (the form renderer and validator, the designer's graph libraries), loads when it is opened.
const ApplyPage = lazy(() => import('./portal/ApplyPage.tsx').then((m) => ({ default: m.ApplyPage })));
const ApplicationPage = lazy(() => import('./portal/ApplicationPage.tsx').then((m) => ({ default: m.ApplicationPage })));
const CoApplicationsPage = lazy(() => import('./portal/CoApplicationsPage.tsx').then((m) => ({ default: m.CoApplicationsPage })));
const CoApplicationPage = lazy(() => import('./portal/CoApplicationsPage.tsx').then((m) => ({ default: m.CoApplicationPage })));
const MyApplicationsPage = lazy(() => import('./portal/MyApplicationsPage.tsx').then((m) => ({ default: m.MyApplicationsPage })));
const SupplementPage = lazy(() => import('./services/SupplementPage.tsx').then((m) => ({ default: m.SupplementPage })));
const NotificationsPage = lazy(() => import('./services/NotificationsPage.tsx').then((m) => ({ default: m.NotificationsPage })));
const RectificationsPage = lazy(() => import('./services/RectificationsPage.tsx').then((m) => ({ default: m.RectificationsPage })));
const RectificationPage = lazy(() => import('./services/RectificationsPage.tsx').then((m) => ({ default: m.RectificationPage })));
const InboxPage = lazy(() => import('./workbench/InboxPage.tsx').then((m) => ({ default: m.InboxPage })));
const TaskPage = lazy(() => import('./workbench/TaskPage.tsx').then((m) => ({ default: m.TaskPage })));
const DesignerPage = lazy(() => import('./designer/DesignerPage.tsx').then((m) => ({ default: m.DesignerPage })));
const VerifyPage = lazy(() => import('./portal/VerifyPage.tsx').then((m) => ({ default: m.VerifyPage })));
const CalendarsPage = lazy(() => import('./admin/CalendarsPage.tsx').then((m) => ({ default: m.CalendarsPage })));

function Header() {
  const { t, lang, setLang, largeText, setLargeText } = usePreferences();
  const { session, signOut } = useSession();
  return (
    <header className="site-header">
      <div className="header-inner">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            办
          </span>
          <span>
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <div className="header-tools" role="group" aria-label={t('prefs.label')}>
          <button type="button" className="btn btn-quiet" lang={t('prefs.otherLanguageTag')} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
            {t('prefs.otherLanguage')}
          </button>
          <button type="button" className="btn btn-quiet" aria-pressed={largeText} onClick={() => setLargeText(!largeText)}>
            {t('prefs.largeText')}
          </button>
        </div>
      </div>
      <nav className="site-nav" aria-label={t('nav.label')}>
        <div className="header-inner">
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/applications">{t('nav.myApplications')}</NavLink>
            </li>
            {session?.role === 'citizen' ? (
              <li>
                <NavLink to="/co-applications">{t('nav.coApplications')}</NavLink>
              </li>
            ) : null}
            <li>
              <NavLink to="/workbench">{t('nav.workbench')}</NavLink>
            </li>
            <li>
              <NavLink to="/designer">{t('nav.designer')}</NavLink>
            </li>
            {session?.role === 'admin' ? (
              <li>
                <NavLink to={CALENDARS_PATH}>{t('nav.calendars')}</NavLink>
              </li>
            ) : null}
            {session ? (
              <li>
                <NotificationsLink />
              </li>
            ) : null}
          </ul>
          <div className="session">
            {session ? (
              <>
                <span className="session-who">{t('nav.signedInAs', { name: session.subject, role: t(`role.${session.role}`) })}</span>
                <button type="button" className="btn btn-quiet" onClick={() => signOut()}>
                  {t('nav.signOut')}
                </button>
              </>
            ) : (
              <NavLink to="/sign-in">{t('nav.signIn')}</NavLink>
            )}
          </div>
        </div>
      </nav>
    </header>
  );
}

function NotFound() {
  const { t } = usePreferences();
  return (
    <Page title={t('error.notFoundTitle')}>
      <p>{t('error.notFoundText')}</p>
      <p>
        <Link to="/">{t('error.backHome')}</Link>
      </p>
    </Page>
  );
}

export function App() {
  const { t } = usePreferences();
  const location = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header />
      {/* key: a new page mounts (and takes the focus) on every navigation */}
      <main id="main" tabIndex={-1} key={pageKey(location.pathname)}>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/verify/:token" element={<VerifyPage />} />
            <Route
              path="/bundles/:bundleId/apply"
              element={
                <RequireRole roles={['citizen']}>
                  <ApplyPage />
                </RequireRole>
              }
            />
            <Route
              path="/applications"
              element={
                <RequireRole roles={['citizen']}>
                  <MyApplicationsPage />
                </RequireRole>
              }
            />
            <Route
              path="/co-applications"
              element={
                <RequireRole roles={['citizen']}>
                  <CoApplicationsPage />
                </RequireRole>
              }
            />
            <Route
              path="/co-applications/:id"
              element={
                <RequireRole roles={['citizen']}>
                  <CoApplicationPage />
                </RequireRole>
              }
            />
            <Route
              path="/applications/:id"
              element={
                <RequireRole roles={['citizen', 'officer', 'admin']}>
                  <ApplicationPage />
                </RequireRole>
              }
            />
            <Route
              path="/applications/:id/supplement"
              element={
                <RequireRole roles={['citizen']}>
                  <SupplementPage />
                </RequireRole>
              }
            />
            <Route
              path="/notifications"
              element={
                <RequireRole roles={['citizen', 'officer', 'designer', 'admin']}>
                  <NotificationsPage />
                </RequireRole>
              }
            />
            <Route
              path="/workbench"
              element={
                <RequireRole roles={['officer']}>
                  <InboxPage />
                </RequireRole>
              }
            />
            <Route
              path="/workbench/rectifications"
              element={
                <RequireRole roles={['officer']}>
                  <RectificationsPage />
                </RequireRole>
              }
            />
            <Route
              path="/workbench/rectifications/:id"
              element={
                <RequireRole roles={['officer']}>
                  <RectificationPage />
                </RequireRole>
              }
            />
            <Route
              path="/workbench/tasks/:id"
              element={
                <RequireRole roles={['officer']}>
                  <TaskPage />
                </RequireRole>
              }
            />
            <Route
              path="/designer/*"
              element={
                <RequireRole roles={['designer', 'admin']}>
                  <DesignerPage />
                </RequireRole>
              }
            />
            <Route
              path={CALENDARS_PATH}
              element={
                <RequireRole roles={['admin']}>
                  <CalendarsPage />
                </RequireRole>
              }
            />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="header-inner">{t('app.footer')}</div>
      </footer>
    </>
  );
}
