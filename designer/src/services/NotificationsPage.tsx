// 用户中心: the signed-in person's notifications, newest first, unread ones marked; read one or all.
import { Link } from 'react-router';
import type { Notification } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { ErrorMessage, Loading } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { useSession } from '../session/session.tsx';
import { ContactPreferencesSection } from './ContactPreferencesSection.tsx';

export function NotificationsPage() {
  const { t, lang } = usePreferences();
  const api = useApi();
  const { session } = useSession();
  const list = useResource(async () => (await api.get<Notification[]>('/api/notifications?pageSize=50')).body, [api]);
  const read = async (path: string) => {
    await api.post(path, {});
    list.reload();
  };
  const target = (n: Notification) => (session?.role === 'citizen' && n.applicationId ? `/applications/${encodeURIComponent(n.applicationId)}` : null);
  return (
    <Page title={t('notifications.title')}>
      {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      {!list.data ? <Loading /> : null}
      {list.data && list.data.length === 0 ? <p>{t('notifications.empty')}</p> : null}
      {list.data && list.data.some((n) => !n.read) ? (
        <button type="button" className="btn btn-secondary btn-small" onClick={() => void read('/api/notifications/read-all')}>
          {t('notifications.markAllRead')}
        </button>
      ) : null}
      <ul className="notifications">
        {list.data?.map((n) => {
          const to = target(n);
          return (
            <li key={n.id} className={n.read ? 'notification' : 'notification notification-unread'}>
              <h2 className="notification-title">
                {n.read ? null : <span className="badge badge-info">{t('notifications.unread')}</span>} {n.title}
              </h2>
              <p>{n.body}</p>
              <p className="hint">
                <time dateTime={n.createdAt}>{formatInstant(n.createdAt, lang, true)}</time>
              </p>
              <div className="actions">
                {to ? <Link to={to}>{t('notifications.open')}</Link> : null}
                {n.read ? null : (
                  <button type="button" className="btn btn-secondary btn-small" onClick={() => void read(`/api/notifications/${n.id}/read`)}>
                    {t('notifications.markRead')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {session?.role === 'citizen' ? <ContactPreferencesSection /> : null}
    </Page>
  );
}
