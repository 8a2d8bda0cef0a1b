// What the matter issues (办理结果): the kind of result, its name, the e-licence type issued with it and
// how it is delivered.
import { inLang } from '@onego/engine';
import type { Matter } from '@onego/schemas/types';
import { usePreferences } from '../i18n/preferences.tsx';
import { ChoiceInput, setOptional, TextInput } from './MatterInputs.tsx';
import { elementDictionary, type MatterDraftModel } from './matterModel.ts';

type Result = Matter['result'];
const TYPES = ['certificate', 'licence', 'card', 'registration', 'decision', 'record'] as const;
const DELIVERY = ['electronic', 'post', 'window'] as const;

export function MatterResultSection({ matter, onChange }: { matter: MatterDraftModel; onChange: (matter: MatterDraftModel) => void }) {
  const { t, lang } = usePreferences();
  const result = matter.result;
  const set = (next: Result) => onChange({ ...matter, result: next });
  const licences = [...elementDictionary().eLicences.values()];
  return (
    <section aria-labelledby="mx-result" className="design-section">
      <h2 id="mx-result" tabIndex={-1}>
        {t('mx.result')}
      </h2>
      <ChoiceInput id="mx-result-type" label={t('mx.resultType')} value={result.type} choices={TYPES.map((r) => [r, t(`mx.result.${r}`)] as const)} onChange={(type) => set({ ...result, type })} />
      <TextInput id="mx-result-zh" label={t('mx.resultName')} value={result.name.zh} onChange={(zh) => set({ ...result, name: { ...result.name, zh } })} />
      <TextInput id="mx-result-en" label={t('mx.nameEn')} english value={result.name.en} onChange={(en) => set({ ...result, name: { ...result.name, en } })} />
      <ChoiceInput
        id="mx-result-licence"
        label={t('mx.resultLicence')}
        value={result.eLicence ?? ''}
        choices={[['', t('mx.noLicence')] as const, ...licences.map((l) => [l.id, inLang(l.name, lang)] as const)]}
        onChange={(eLicence) => set(setOptional(result, 'eLicence', eLicence === '' ? undefined : eLicence))}
      />
      <fieldset>
        <legend>{t('mx.delivery')}</legend>
        {DELIVERY.map((d) => (
          <label key={d} className="check">
            <input
              type="checkbox"
              checked={result.delivery.includes(d)}
              onChange={(e) => set({ ...result, delivery: e.target.checked ? DELIVERY.filter((x) => x === d || result.delivery.includes(x)) : result.delivery.filter((x) => x !== d) })}
            />
            {t(`mx.delivery.${d}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
