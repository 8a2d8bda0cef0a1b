// 群众已催办: the applicant reminded the department of this task, and when (the last time).
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';

export function RemindedBadge({ at }: { at: string }) {
  const { t, lang } = usePreferences();
  return (
    <span className="badge badge-warn" data-testid="reminded">
      {t('task.remindedAt', { at: formatInstant(at, lang) })}
    </span>
  );
}
