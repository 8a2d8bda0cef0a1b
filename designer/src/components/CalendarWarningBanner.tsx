// For administrators: the warnings of GET /api/calendars (this year's or, from 1 November, next year's
// national holiday schedule not loaded), with the way to the calendars page that loads it. Nothing for
// anyone else, nor when all is loaded.
import { Link } from 'react-router';
import type { CalendarListing, CalendarWarning } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { useSession } from '../session/session.tsx';

export const CALENDARS_PATH = '/admin/calendars';

/** The warnings themselves; `link` adds the way to the calendars page (not on that page). */
export function CalendarWarnings({ warnings, link = true }: { warnings: readonly CalendarWarning[]; link?: boolean }) {
  const { t } = usePreferences();
  if (warnings.length === 0) return null;
  return (
    <div className="alert alert-warn calendar-warning" role="status" data-testid="calendar-warning">
      {warnings.map((w) => (
        <p key={`${w.code}-${w.year}`}>{w.message}</p>
      ))}
      {link ? (
        <p>
          <Link to={CALENDARS_PATH}>{t('calendars.bannerLink')}</Link>
        </p>
      ) : null}
    </div>
  );
}

export function CalendarWarningBanner() {
  const { session } = useSession();
  const api = useApi();
  const admin = session?.role === 'admin';
  const listing = useResource(async () => (admin ? (await api.get<CalendarListing>('/api/calendars')).body : null), [api, admin]);
  // A failure to read the warnings is no reason to disturb the page: the calendars page says it.
  return admin && listing.data ? <CalendarWarnings warnings={listing.data.warnings} /> : null;
}
