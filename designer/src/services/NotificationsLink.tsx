// The header's link to 用户中心, with the unread count (X-Unread-Count) refreshed now and then. Kept apart
// from the notifications page, which loads only when it is opened.
import { useEffect, useState } from 'react';
import { NavLink } from 'react-router';
import type { Notification } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { useSession } from '../session/session.tsx';

const REFRESH_MS = 15_000;

export function NotificationsLink() {
  const { t } = usePreferences();
  const { session } = useSession();
  const api = useApi();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    if (!session) return;
    let current = true;
    const load = () =>
      api.get<Notification[]>('/api/notifications?pageSize=1').then(
        (r) => current && setUnread(Number(r.headers.get('x-unread-count') ?? 0)),
        () => undefined,
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [api, session]);
  if (!session) return null;
  return (
    <NavLink to="/notifications" aria-label={unread > 0 ? t('nav.notificationsUnread', { n: unread }) : undefined}>
      {t('nav.notifications')}
      {unread > 0 ? (
        <span className="badge badge-bad" aria-hidden="true">
          {unread}
        </span>
      ) : null}
    </NavLink>
  );
}
