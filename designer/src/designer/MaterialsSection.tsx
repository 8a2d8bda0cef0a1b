// The application materials (申请材料) as the service guide lists them: name, issuing body, copies,
// original or copy, paper or electronic, key or not, what replaces it (an e-licence, shared data or the
// merged form itself), the 告知承诺 text, and the blank form and sample.
import { inLang } from '@onego/engine';
import type { Material } from '@onego/schemas/types';
import { usePreferences } from '../i18n/preferences.tsx';
import { ChoiceInput, NumberInput, optionalText, setOptional, TextInput } from './MatterInputs.tsx';
import { elementDictionary, newMaterial, type MatterDraftModel } from './matterModel.ts';

type Replacement = NonNullable<Material['replaceableBy']>[number];
type ReplaceKind = 'none' | 'eLicence' | 'elements' | 'mergedForm';

const replaceKindOf = (m: Material): ReplaceKind => {
  const first = m.replaceableBy?.[0];
  if (!first) return 'none';
  return 'eLicence' in first ? 'eLicence' : 'elements' in first ? 'elements' : 'mergedForm';
};

function DocumentInput({ id, label, value, onChange }: { id: string; label: string; value: Material['blankForm']; onChange: (v: Material['blankForm']) => void }) {
  const { t } = usePreferences();
  return (
    <fieldset className="inline-fields">
      <legend>{label}</legend>
      <label htmlFor={`${id}-title`}>{t('mx.documentTitle')}</label>
      <input id={`${id}-title`} value={value?.title.zh ?? ''} onChange={(e) => onChange(e.target.value === '' && !value?.href ? undefined : { title: { zh: e.target.value }, href: value?.href ?? '' })} />
      <label htmlFor={`${id}-href`}>{t('mx.documentHref')}</label>
      <input id={`${id}-href`} type="url" value={value?.href ?? ''} onChange={(e) => onChange(e.target.value === '' && !value?.title.zh ? undefined : { title: value?.title ?? { zh: '' }, href: e.target.value })} />
    </fieldset>
  );
}

function MaterialEditor({ material, index, matter, onChange, onRemove }: { material: Material; index: number; matter: MatterDraftModel; onChange: (m: Material) => void; onRemove: () => void }) {
  const { t, lang } = usePreferences();
  const dictionary = elementDictionary();
  const kind = replaceKindOf(material);
  const replacement = material.replaceableBy?.[0];
  const boundElements = matter.form.fields.flatMap((f) => ('element' in f ? [f.element] : []));
  const setReplacement = (next: Replacement | undefined) => onChange(setOptional(material, 'replaceableBy', next ? [next] : undefined));
  const label = material.name.zh || t('mx.materialN', { n: index + 1 });
  return (
    <li>
      <fieldset>
        <legend>{t('mx.materialLegend', { name: label })}</legend>
        <TextInput id={`mx-material-${index}`} label={t('mx.materialName')} value={material.name.zh} onChange={(zh) => onChange({ ...material, name: { ...material.name, zh } })} />
        <TextInput id={`mx-material-${index}-en`} label={t('mx.nameEn')} english value={material.name.en} onChange={(en) => onChange({ ...material, name: { ...material.name, en } })} />
        <TextInput id={`mx-material-${index}-issuer`} label={t('mx.issuer')} hint={t('mx.issuerHint')} value={material.issuer.zh} onChange={(zh) => onChange({ ...material, issuer: { zh } })} />
        <NumberInput id={`mx-material-${index}-copies`} label={t('mx.copies')} min={1} value={material.copies} onChange={(copies) => onChange({ ...material, copies })} />
        <ChoiceInput
          id={`mx-material-${index}-original`}
          label={t('mx.original')}
          value={material.original}
          choices={(['original', 'copy', 'original-and-copy'] as const).map((o) => [o, t(`mx.original.${o}`)] as const)}
          onChange={(original) => onChange({ ...material, original })}
        />
        <ChoiceInput
          id={`mx-material-${index}-medium`}
          label={t('mx.medium')}
          value={material.medium}
          choices={(['paper', 'electronic', 'paper-or-electronic'] as const).map((o) => [o, t(`mx.medium.${o}`)] as const)}
          onChange={(medium) => onChange({ ...material, medium })}
        />
        <label className="check">
          <input type="checkbox" checked={material.required !== false} onChange={(e) => onChange({ ...material, required: e.target.checked })} />
          {t('mx.materialRequired')}
        </label>
        <label className="check">
          <input type="checkbox" checked={material.key !== false} onChange={(e) => onChange({ ...material, key: e.target.checked })} />
          {t('mx.materialKey')}
        </label>
        <div id={`mx-material-${index}-replace`} tabIndex={-1}>
          <ChoiceInput
            id={`mx-material-${index}-replace-kind`}
            label={t('mx.replaceBy')}
            value={kind}
            choices={(['none', 'eLicence', 'elements', 'mergedForm'] as const).map((k) => [k, t(`mx.replace.${k}`)] as const)}
            onChange={(k) => {
              if (k === 'none') setReplacement(undefined);
              else if (k === 'mergedForm') setReplacement({ mergedForm: true });
              else if (k === 'eLicence') setReplacement({ eLicence: [...dictionary.eLicences.keys()][0] ?? '' });
              else setReplacement({ elements: boundElements.slice(0, 1) });
            }}
          />
          {replacement?.eLicence !== undefined ? (
            <ChoiceInput
              id={`mx-material-${index}-licence`}
              label={t('mx.eLicence')}
              value={replacement.eLicence}
              choices={[...dictionary.eLicences.values()].map((l) => [l.id, inLang(l.name, lang)] as const)}
              onChange={(eLicence) => setReplacement({ eLicence })}
            />
          ) : null}
          {replacement?.elements !== undefined ? (
            <fieldset>
              <legend>{t('mx.sharedElements')}</legend>
              {boundElements.length === 0 ? <p className="hint">{t('mx.sharedNeedsFields')}</p> : null}
              {boundElements.map((element) => {
                const chosen = replacement.elements ?? [];
                const on = chosen.includes(element);
                const name = dictionary.elements.get(element);
                return (
                  <label key={element} className="check">
                    <input
                      type="checkbox"
                      checked={on}
                      onChange={(e) => setReplacement({ elements: e.target.checked ? [...chosen, element] : chosen.filter((x) => x !== element) })}
                    />
                    {name ? inLang(name.label, lang) : element}
                  </label>
                );
              })}
            </fieldset>
          ) : null}
        </div>
        <TextInput
          id={`mx-material-${index}-commitment`}
          label={t('mx.commitment')}
          hint={t('mx.commitmentHint')}
          multiline
          value={material.commitment?.zh ?? ''}
          onChange={(zh) => onChange(setOptional(material, 'commitment', optionalText(zh)))}
        />
        <DocumentInput id={`mx-material-${index}-blank`} label={t('mx.blankForm')} value={material.blankForm} onChange={(v) => onChange(setOptional(material, 'blankForm', v))} />
        <DocumentInput id={`mx-material-${index}-sample`} label={t('mx.sample')} value={material.sample} onChange={(v) => onChange(setOptional(material, 'sample', v))} />
        <button type="button" className="btn btn-quiet" onClick={onRemove}>
          {t('mx.removeMaterial', { name: label })}
        </button>
      </fieldset>
    </li>
  );
}

export function MaterialsSection({ matter, onChange }: { matter: MatterDraftModel; onChange: (matter: MatterDraftModel) => void }) {
  const { t } = usePreferences();
  const set = (materials: Material[]) => onChange({ ...matter, materials });
  return (
    <section aria-labelledby="mx-materials" className="design-section">
      <h2 id="mx-materials" tabIndex={-1}>
        {t('mx.materials', { n: matter.materials.length })}
      </h2>
      {matter.materials.length === 0 ? <p className="hint">{t('mx.noMaterials')}</p> : null}
      <ol className="plain">
        {matter.materials.map((material, i) => (
          <MaterialEditor
            key={material.id}
            material={material}
            index={i}
            matter={matter}
            onChange={(m) => set(matter.materials.map((old, j) => (j === i ? m : old)))}
            onRemove={() => set(matter.materials.filter((_, j) => j !== i))}
          />
        ))}
      </ol>
      <button type="button" id="mx-material-add" className="btn" onClick={() => set([...matter.materials, newMaterial(matter)])}>
        {t('mx.addMaterial')}
      </button>
    </section>
  );
}
