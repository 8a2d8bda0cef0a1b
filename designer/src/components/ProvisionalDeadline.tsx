// A deadline counted Monday–Friday because its year's national holiday schedule is not loaded yet
// (dueAtProvisional): in a table, a small “暂定” badge that carries the whole sentence for screen readers
// and a footnote under the table; on a detail page, the sentence itself.
import { usePreferences } from '../i18n/preferences.tsx';

export function ProvisionalBadge() {
  const { t, lang } = usePreferences();
  return (
    <span className="badge badge-warn provisional-badge" title={t('provisional.note')}>
      {t('provisional.badge')}
      <span className="visually-hidden">
        {lang === 'zh' ? '：' : ': '}
        {t('provisional.note')}
      </span>
    </span>
  );
}

/** Under a table where some deadline is provisional: what “暂定” means. */
export function ProvisionalFootnote() {
  const { t } = usePreferences();
  return (
    <p className="hint provisional-footnote">
      {t('provisional.footnote')}
    </p>
  );
}

/** On a detail page, beside the due date. */
export function ProvisionalNote() {
  const { t } = usePreferences();
  return <span className="provisional-note">{t('provisional.note')}</span>;
}
