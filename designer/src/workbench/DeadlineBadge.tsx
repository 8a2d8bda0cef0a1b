// Remaining working days of an open task, with a warning or overdue badge.
import { nationalCalendar, type WorkingDayCalendar } from '@onego/engine';
import { usePreferences } from '../i18n/preferences.tsx';
import { deadlineStanding } from './deadline.ts';

let calendar: WorkingDayCalendar | undefined;
const OPEN = new Set(['pending', 'returned']);

export function DeadlineBadge({ status, acceptedAt, dueAt, now }: { status: string; acceptedAt: string | null; dueAt: string | null; now: Date }) {
  const { t } = usePreferences();
  if (!OPEN.has(status)) return <span className="muted">{t('deadline.unknown')}</span>;
  calendar ??= nationalCalendar();
  const standing = deadlineStanding(acceptedAt, dueAt, now, calendar);
  if (!standing) return <span className="muted">{t('deadline.unknown')}</span>;
  const days = standing.remainingWorkingDays;
  const text = standing.state === 'overdue' ? (days < 0 ? t('deadline.overdueDays', { n: -days }) : '') : days === 0 ? t('deadline.dueToday') : t('deadline.remaining', { n: days });
  return (
    <span className="deadline" data-state={standing.state}>
      {text ? <span>{text}</span> : null}
      {standing.state === 'warning' ? <span className="badge badge-warn">{t('deadline.warning')}</span> : null}
      {standing.state === 'overdue' ? <span className="badge badge-bad">{t('deadline.overdue')}</span> : null}
    </span>
  );
}
