// The bundle's own particulars: id, names, the committed time limit and the visits.
import type { Bundle } from '@onego/schemas/types';
import { usePreferences } from '../i18n/preferences.tsx';

export function BasicsEditor({ bundle, onChange }: { bundle: Bundle; onChange: (change: Partial<Bundle>) => void }) {
  const { t } = usePreferences();
  const whole = (text: string) => Math.max(0, Math.trunc(Number(text) || 0));
  return (
    <section aria-labelledby="design-basics" className="design-section">
      <h2 id="design-basics" tabIndex={-1}>
        {t('dz.basics')}
      </h2>
      <div className="field">
        <label htmlFor="bundle-id">{t('dz.bundleId')}</label>
        <input id="bundle-id" className="mono" value={bundle.id} aria-describedby="bundle-id-hint" onChange={(e) => onChange({ id: e.target.value })} />
        <span id="bundle-id-hint" className="hint">
          {t('dz.bundleIdHint')}
        </span>
      </div>
      <div className="field">
        <label htmlFor="bundle-name-zh">{t('dz.nameZh')}</label>
        <input id="bundle-name-zh" value={bundle.name.zh} onChange={(e) => onChange({ name: { ...bundle.name, zh: e.target.value } })} />
      </div>
      <div className="field">
        <label htmlFor="bundle-name-en">{t('dz.nameEn')}</label>
        <input id="bundle-name-en" lang="en" value={bundle.name.en ?? ''} onChange={(e) => onChange({ name: { ...bundle.name, en: e.target.value } })} />
      </div>
      <div className="inline-fields">
        <label htmlFor="bundle-days">{t('dz.committedDays')}</label>
        <input
          id="bundle-days"
          type="number"
          min={0}
          className="narrow"
          value={String(bundle.timeLimits.committed.days)}
          onChange={(e) => onChange({ timeLimits: { ...bundle.timeLimits, committed: { ...bundle.timeLimits.committed, days: whole(e.target.value) } } })}
        />
        <label htmlFor="bundle-visits">{t('dz.visits')}</label>
        <input id="bundle-visits" type="number" min={0} className="narrow" value={String(bundle.visits.count)} onChange={(e) => onChange({ visits: { ...bundle.visits, count: whole(e.target.value) } })} />
      </div>
    </section>
  );
}
