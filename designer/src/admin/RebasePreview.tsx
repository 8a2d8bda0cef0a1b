// What loading a calendar would move (a dry run's answer): how many matters' due dates change, and for
// each its bundle, application, matter, department and the due date now → after, as local dates.
import type { CalendarLoad } from '../api/types.ts';
import { TableScroll } from '../components/TableScroll.tsx';
import { formatDate, shortId } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';

export function RebasePreview({ preview }: { preview: CalendarLoad }) {
  const { t, lang } = usePreferences();
  if (!preview.changed) return <p data-testid="rebase-summary">{t('calendars.previewSame')}</p>;
  if (preview.rebased.length === 0) return <p data-testid="rebase-summary">{t('calendars.previewNone')}</p>;
  return (
    <>
      <p className="rebase-count" data-testid="rebase-summary">
        <strong>{t('calendars.previewMoves', { n: preview.rebased.length })}</strong>
      </p>
      <TableScroll label={t('calendars.previewCaption')}>
        <table className="rebase-preview">
          <caption>{t('calendars.previewCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('calendars.bundle')}</th>
              <th scope="col">{t('calendars.application')}</th>
              <th scope="col">{t('calendars.matter')}</th>
              <th scope="col">{t('calendars.department')}</th>
              <th scope="col">{t('calendars.from')}</th>
              <th scope="col">{t('calendars.to')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rebased.map((moved) => {
              const [from, to] = [formatDate(moved.from, lang), formatDate(moved.to, lang)];
              return (
                <tr key={moved.taskId} data-task-id={moved.taskId}>
                  <td>{moved.bundleName}</td>
                  <td>
                    <span title={moved.applicationId}>{shortId(moved.applicationId)}</span>
                  </td>
                  <th scope="row">{moved.matterName}</th>
                  <td>{moved.departmentName || moved.department}</td>
                  <td>{from}</td>
                  <td>{from === to ? t('calendars.sameDate', { date: to }) : to}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
