// The bundle's own particulars: names (a new bundle's id follows its Chinese name until it is first saved;
// the id itself is shown only in the expert view's JSON), description, region, the committed time limit, the visits and
// how the results reach the applicant (统一发证), each in plain choices.
import type { Bundle } from '@onego/schemas/types';
import { usePreferences } from '../i18n/preferences.tsx';
import { bundleIdFor } from './draftModel.ts';
import { RegionSelect } from './RegionSelect.tsx';

type Delivery = Bundle['issuance']['delivery'][number];
const DELIVERIES: readonly Delivery[] = ['electronic', 'post', 'window'];

/** The bundle without `key` (an optional part emptied). */
function without<K extends keyof Bundle>(bundle: Bundle, key: K): Bundle {
  const copy = { ...bundle };
  delete copy[key];
  return copy;
}

interface BasicsProps {
  bundle: Bundle;
  /** A new bundle never saved: its id is made from the Chinese name, none of these (once saved or published it stays); else undefined. */
  takenIds: ReadonlySet<string> | undefined;
  onChange: (change: Partial<Bundle>) => void;
  onReplace: (bundle: Bundle) => void;
}

export function BasicsEditor({ bundle, takenIds, onChange, onReplace }: BasicsProps) {
  const { t } = usePreferences();
  const description = (zh: string, en: string) => {
    if (!zh && !en) return onReplace(without(bundle, 'description'));
    onChange({ description: en ? { zh, en } : { zh } });
  };
  const delivery = bundle.issuance.delivery;
  const toggleDelivery = (way: Delivery, on: boolean) => {
    const next = DELIVERIES.filter((d) => (d === way ? on : delivery.includes(d)));
    // At least one way: the last one stays chosen.
    if (next.length > 0) onChange({ issuance: { ...bundle.issuance, delivery: next } });
  };
  const whole = (text: string) => Math.max(0, Math.trunc(Number(text) || 0));
  return (
    <section aria-labelledby="design-basics" className="design-section">
      <h2 id="design-basics" tabIndex={-1}>
        {t('dz.basics')}
      </h2>
      <div className="field">
        <label htmlFor="bundle-name-zh">{t('dz.nameZh')}</label>
        <input id="bundle-name-zh" value={bundle.name.zh} onChange={(e) => onChange({ name: { ...bundle.name, zh: e.target.value }, ...(takenIds ? { id: bundleIdFor(e.target.value, takenIds) } : {}) })} />
      </div>
      <div className="field">
        <label htmlFor="bundle-name-en">{t('dz.nameEn')}</label>
        <input id="bundle-name-en" lang="en" value={bundle.name.en ?? ''} onChange={(e) => onChange({ name: { ...bundle.name, en: e.target.value } })} />
      </div>
      <div className="field">
        <label htmlFor="bundle-description-zh">{t('cat.description')}</label>
        <textarea
          id="bundle-description-zh"
          rows={3}
          aria-describedby="bundle-description-hint"
          value={bundle.description?.zh ?? ''}
          onChange={(e) => description(e.target.value, bundle.description?.en ?? '')}
        />
        <span id="bundle-description-hint" className="hint">
          {t('cat.descriptionHint')}
        </span>
      </div>
      <div className="field">
        <label htmlFor="bundle-description-en">{t('cat.descriptionEn')}</label>
        <textarea id="bundle-description-en" lang="en" rows={2} value={bundle.description?.en ?? ''} onChange={(e) => description(bundle.description?.zh ?? '', e.target.value)} />
      </div>
      <RegionSelect id="bundle-region" legend={t('cat.region')} region={bundle.region} onChange={(region) => (region ? onChange({ region }) : onReplace(without(bundle, 'region')))} />
      <fieldset id="bundle-delivery" aria-describedby="bundle-delivery-hint">
        <legend>{t('cat.delivery')}</legend>
        <span id="bundle-delivery-hint" className="hint block">
          {t('cat.deliveryHint')}
        </span>
        {DELIVERIES.map((way) => (
          <label key={way} className="check">
            <input type="checkbox" checked={delivery.includes(way)} onChange={(e) => toggleDelivery(way, e.target.checked)} />
            {t(`cat.delivery.${way}`)}
          </label>
        ))}
      </fieldset>
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
