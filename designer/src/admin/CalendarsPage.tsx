// 工作日历 (administrators): the holiday schedules loaded, per region (national first) and year, with
// where each comes from and when and by whom it was loaded; the warnings about a missing year; and the
// way to load a year (CalendarImport).
import type { CalendarListing } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { CalendarWarnings } from '../components/CalendarWarningBanner.tsx';
import { ErrorMessage, Loading } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { CalendarImport } from './CalendarImport.tsx';
import { sortedCalendars } from './calendarDocument.ts';

export function CalendarsPage() {
  const { t, lang } = usePreferences();
  const api = useApi();
  const listing = useResource(async () => (await api.get<CalendarListing>('/api/calendars')).body, [api]);
  const data = listing.data;
  return (
    <Page title={t('calendars.title')} wide>
      {data ? <CalendarWarnings warnings={data.warnings} link={false} /> : null}
      <p className="lead">{t('calendars.intro')}</p>
      <section aria-labelledby="calendars-loaded">
        <h2 id="calendars-loaded">{t('calendars.loaded')}</h2>
        {listing.error ? <ErrorMessage error={listing.error} onRetry={listing.reload} /> : null}
        {!data && listing.loading ? <Loading /> : null}
        {data && data.calendars.length === 0 ? <p>{t('calendars.none')}</p> : null}
        {data && data.calendars.length > 0 ? (
          <TableScroll label={t('calendars.loaded')}>
            <table className="calendars">
              <caption>{t('calendars.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('calendars.region')}</th>
                  <th scope="col">{t('calendars.year')}</th>
                  <th scope="col">{t('calendars.source')}</th>
                  <th scope="col">{t('calendars.days')}</th>
                  <th scope="col">{t('calendars.loadedHow')}</th>
                  <th scope="col">{t('calendars.loadedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {sortedCalendars(data.calendars).map((c) => (
                  <tr key={`${c.region}-${c.year}`} data-region={c.region} data-year={c.year}>
                    <td>{c.region === 'national' ? t('calendars.national') : (c.regionName ?? c.region)}</td>
                    <th scope="row">{t('calendars.yearValue', { year: c.year })}</th>
                    <td>{c.source}</td>
                    <td>{t('calendars.dayCounts', { holidays: c.holidays, workdays: c.workdays })}</td>
                    <td>{c.origin === 'upload' ? t('calendars.origin.upload', { by: c.loadedBy }) : t(`calendars.origin.${c.origin}`)}</td>
                    <td>{formatInstant(c.loadedAt, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : null}
      </section>
      <CalendarImport onImported={listing.reload} />
    </Page>
  );
}
