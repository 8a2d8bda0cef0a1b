// A bundle's blank and sample forms (空白表格, 示例样表) as PDF links: public files, no sign-in needed
// (the server names the files).
import { usePreferences } from '../i18n/preferences.tsx';

export function BundleForms({ bundleId, hint = false }: { bundleId: string; hint?: boolean }) {
  const { t, lang } = usePreferences();
  const base = `/api/bundles/${encodeURIComponent(bundleId)}`;
  return (
    <div className="bundle-forms">
      <p>
        {t('documents.forms')}
        {lang === 'zh' ? '：' : ': '}
        <a href={`${base}/blank-form`} download type="application/pdf">
          {t('documents.blankForm')}
        </a>
        <span aria-hidden="true"> · </span>
        <a href={`${base}/sample-form`} download type="application/pdf">
          {t('documents.sampleForm')}
        </a>
      </p>
      {hint ? <p className="hint">{t('documents.formsHint')}</p> : null}
    </div>
  );
}
