// The matter's form: fields picked from the data element dictionary by searching their Chinese names
// (asked once in a merged form), the matter's own fields with a type chosen from plain choices (文本,
// 日期, 手机号 … and 选项 with its options; a regular expression only under “高级”), and repeating groups
// of own fields. 附件 is not a field: it becomes an application material to upload. A meaning the
// dictionary lacks is added to the region's dictionary (新增本地区数据元, LocalElementForm.tsx) and bound.
import { inLang } from '@onego/engine';
import type { BoundField, DataElement, GroupField, OwnField } from '@onego/schemas/types';
import { useId, useState } from 'react';
import { useApi } from '../api/useApi.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { DivisionLevelSelect } from './DivisionLevelSelect.tsx';
import { FieldKindSelect } from './FieldKindSelect.tsx';
import { LocalElementForm } from './LocalElementForm.tsx';
import { NumberInput, setOptional, TextInput } from './MatterInputs.tsx';
import {
  divisionLevelOf,
  elementDictionary,
  findElements,
  freeId,
  isLocalElement,
  kindOf,
  newMaterial,
  ownFieldIds,
  withBoundDivisionLevel,
  withDivisionLevel,
  withKind,
  type Field,
  type MatterDraftModel,
} from './matterModel.ts';

function OwnFieldEditor({ field, domId, onChange, onRemove, onAttachment }: { field: OwnField; domId: string; onChange: (f: OwnField) => void; onRemove: () => void; onAttachment?: () => void }) {
  const { t } = usePreferences();
  const kind = kindOf(field);
  const label = field.label.zh || t('mx.untitledField');
  return (
    <fieldset>
      <legend>{t('mx.ownFieldLegend', { label })}</legend>
      <TextInput id={domId} label={t('mx.fieldLabel')} value={field.label.zh} onChange={(zh) => onChange({ ...field, label: { ...field.label, zh } })} />
      <TextInput id={`${domId}-en`} label={t('mx.nameEn')} english value={field.label.en} onChange={(en) => onChange({ ...field, label: { ...field.label, en } })} />
      <FieldKindSelect
        id={`${domId}-type`}
        value={kind}
        allowAttachment={onAttachment !== undefined}
        onChange={(k) => (k === 'attachment' ? onAttachment?.() : onChange(withKind(field, k)))}
      />
      {kind === 'division' ? <DivisionLevelSelect id={`${domId}-level`} value={divisionLevelOf(field.divisionLevel)} onChange={(level) => onChange(withDivisionLevel(field, level))} /> : null}
      <label className="check">
        <input type="checkbox" checked={field.required === true} onChange={(e) => onChange({ ...field, required: e.target.checked })} />
        {t('dz.required')}
      </label>
      {field.options ? (
        <fieldset id={`${domId}-options`} tabIndex={-1}>
          <legend>{t('mx.options', { label })}</legend>
          {field.options.map((option, i) => (
            <div key={i} className="inline-fields">
              <label htmlFor={`${domId}-o${i}`}>{t('mx.optionZh', { n: i + 1 })}</label>
              <input id={`${domId}-o${i}`} value={option.label.zh} onChange={(e) => onChange({ ...field, options: field.options?.map((o, j) => (j === i ? { ...o, label: { ...o.label, zh: e.target.value } } : o)) ?? [] })} />
              <label htmlFor={`${domId}-o${i}-en`}>{t('mx.optionEn', { n: i + 1 })}</label>
              <input id={`${domId}-o${i}-en`} lang="en" value={option.label.en} onChange={(e) => onChange({ ...field, options: field.options?.map((o, j) => (j === i ? { ...o, label: { ...o.label, en: e.target.value } } : o)) ?? [] })} />
              {(field.options?.length ?? 0) > 1 ? (
                <button type="button" className="btn btn-quiet" onClick={() => onChange({ ...field, options: field.options?.filter((_, j) => j !== i) ?? [] })}>
                  {t('mx.removeOption', { n: i + 1 })}
                </button>
              ) : null}
            </div>
          ))}
          <button
            type="button"
            className="btn"
            onClick={() => onChange({ ...field, options: [...(field.options ?? []), { value: freeId(field.options?.map((o) => String(o.value)) ?? [], 'option'), label: { zh: '', en: '' } }] })}
          >
            {t('mx.addOption')}
          </button>
        </fieldset>
      ) : null}
      {field.type === 'string' && !field.options ? (
        <details>
          <summary>{t('mx.advanced')}</summary>
          <TextInput
            id={`${domId}-pattern`}
            label={t('mx.pattern')}
            hint={t('mx.patternHint')}
            value={field.pattern ?? ''}
            onChange={(p) => onChange(setOptional(field, 'pattern', p === '' ? undefined : p))}
          />
        </details>
      ) : null}
      <button type="button" className="btn btn-quiet" onClick={onRemove}>
        {t('mx.removeField', { label })}
      </button>
    </fieldset>
  );
}

function BoundFieldEditor({ field, domId, onChange, onRemove }: { field: BoundField; domId: string; onChange: (f: BoundField) => void; onRemove: () => void }) {
  const { t, lang } = usePreferences();
  const element = elementDictionary().elements.get(field.element);
  const label = element ? inLang(element.label, lang) : field.element;
  return (
    <fieldset>
      <legend>{t('mx.boundLegend', { label })}</legend>
      <p className="hint">{t('mx.boundHint')}</p>
      <label className="check">
        <input id={domId} type="checkbox" checked={field.required === true} onChange={(e) => onChange({ ...field, required: e.target.checked })} />
        {t('mx.requiredNamed', { label })}
      </label>
      {element?.format === 'cn-division-code' ? (
        <DivisionLevelSelect
          id={`${domId}-level`}
          value={divisionLevelOf(field.constraints?.divisionLevel, element.divisionLevel)}
          least={element.divisionLevel}
          onChange={(level) => onChange(withBoundDivisionLevel(field, level, element.divisionLevel))}
        />
      ) : null}
      <button type="button" className="btn btn-quiet" onClick={onRemove}>
        {t('mx.removeField', { label })}
      </button>
    </fieldset>
  );
}

function GroupEditor({ group, domId, matter, onChange, onRemove }: { group: GroupField; domId: string; matter: MatterDraftModel; onChange: (g: GroupField) => void; onRemove: () => void }) {
  const { t } = usePreferences();
  const label = group.label.zh || t('mx.untitledGroup');
  return (
    <fieldset className="group-field">
      <legend>{t('mx.groupLegend', { label })}</legend>
      <TextInput id={domId} label={t('mx.groupLabel')} value={group.label.zh} onChange={(zh) => onChange({ ...group, label: { ...group.label, zh } })} />
      <TextInput id={`${domId}-en`} label={t('mx.nameEn')} english value={group.label.en} onChange={(en) => onChange({ ...group, label: { ...group.label, en } })} />
      <NumberInput id={`${domId}-min`} label={t('mx.groupMin')} value={group.minItems ?? 0} onChange={(n) => onChange({ ...group, minItems: n })} />
      <NumberInput id={`${domId}-max`} label={t('mx.groupMax')} min={1} value={group.maxItems ?? 10} onChange={(n) => onChange({ ...group, maxItems: n })} />
      <ol className="plain">
        {group.fields.map((sub, j) => (
          <li key={sub.id}>
            <OwnFieldEditor
              field={sub}
              domId={`${domId}-${j}`}
              onChange={(f) => onChange({ ...group, fields: group.fields.map((old, k) => (k === j ? f : old)) })}
              onRemove={() => onChange({ ...group, fields: group.fields.filter((_, k) => k !== j) })}
            />
          </li>
        ))}
      </ol>
      <button type="button" className="btn" onClick={() => onChange({ ...group, fields: [...group.fields, { id: freeId(ownFieldIds(matter), 'field'), label: { zh: '', en: '' }, type: 'string' }] })}>
        {t('mx.addGroupField', { label })}
      </button>
      <button type="button" className="btn btn-quiet" onClick={onRemove}>
        {t('mx.removeField', { label })}
      </button>
    </fieldset>
  );
}

/** Search the dictionary by Chinese name and add the element as a field; or add one to the region's dictionary. */
function ElementPicker({ matter, onPick, onCreated }: { matter: MatterDraftModel; onPick: (elementId: string) => void; onCreated: (element: DataElement) => void }) {
  const { t, lang } = usePreferences();
  const api = useApi();
  const id = useId();
  const [text, setText] = useState('');
  const [adding, setAdding] = useState(false);
  const region = matter.department.region?.divisionCode;
  const bound = new Set(matter.form.fields.flatMap((f) => ('element' in f ? [f.element] : [])));
  const found = findElements(text);
  return (
    <div className="element-picker" role="search" aria-label={t('mx.elementSearch')}>
      <label htmlFor="mx-field-search">{t('mx.elementQuery')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('mx.elementHint')}
      </p>
      <input id="mx-field-search" type="search" value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-hint`} />
      <p role="status" className="hint">
        {text.trim() === '' ? '' : t('mx.elementsFound', { n: found.length })}
      </p>
      {found.length > 0 ? (
        <ul className="plain element-results">
          {found.map((e) => (
            <li key={e.id}>
              {bound.has(e.id) ? (
                <span className="hint">{t('mx.elementAdded', { label: lang === 'en' ? e.en : e.zh })}</span>
              ) : (
                <button type="button" className="btn btn-small" onClick={() => onPick(e.id)}>
                  {t('mx.addElement', { label: lang === 'en' ? e.en : e.zh })}
                </button>
              )}
              {isLocalElement(e.id) ? <span className="hint"> {t('mx.localBadge')}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {text.trim() !== '' && found.length === 0 && !adding ? (
        region ? (
          <button type="button" className="btn" onClick={() => setAdding(true)}>
            {t('mx.localAdd')}
          </button>
        ) : (
          <p className="hint">{t('mx.localNeedsDepartment')}</p>
        )
      ) : null}
      {adding && region ? (
        <LocalElementForm
          api={api}
          region={region}
          name={text}
          onCancel={() => setAdding(false)}
          onCreated={(element) => {
            setAdding(false);
            setText('');
            onCreated(element);
          }}
        />
      ) : null}
    </div>
  );
}

export function MatterFieldsSection({ matter, onChange, onNotice }: { matter: MatterDraftModel; onChange: (matter: MatterDraftModel) => void; onNotice: (text: string) => void }) {
  const { t } = usePreferences();
  const fields = matter.form.fields;
  const setFields = (next: Field[]) => onChange({ ...matter, form: { ...matter.form, fields: next } });
  const setField = (i: number, f: Field) => setFields(fields.map((old, j) => (j === i ? f : old)));
  const removeField = (i: number) => setFields(fields.filter((_, j) => j !== i));
  const addOwn = () => setFields([...fields, { id: freeId(ownFieldIds(matter), 'field'), label: { zh: '', en: '' }, type: 'string' }]);
  const addGroup = () =>
    setFields([...fields, { id: freeId(ownFieldIds(matter), 'group'), label: { zh: '', en: '' }, type: 'group', minItems: 1, maxItems: 10, fields: [{ id: freeId([...ownFieldIds(matter), 'group'], 'field'), label: { zh: '', en: '' }, type: 'string' }] }]);
  /** 附件: the field becomes a material to upload (named as the field was). */
  const toMaterial = (i: number, field: OwnField) => {
    const material = { ...newMaterial(matter, field.label.zh), medium: 'electronic' as const };
    onChange({ ...matter, materials: [...matter.materials, { ...material, name: { zh: field.label.zh, en: field.label.en } }], form: { ...matter.form, fields: fields.filter((_, j) => j !== i) } });
    onNotice(t('mx.attachmentMoved', { name: field.label.zh || t('mx.untitledField') }));
  };
  return (
    <section aria-labelledby="mx-fields" className="design-section">
      <h2 id="mx-fields" tabIndex={-1}>
        {t('mx.fields', { n: fields.length })}
      </h2>
      <ElementPicker
        matter={matter}
        onPick={(element) => setFields([...fields, { element, required: true }])}
        onCreated={(element) => {
          setFields([...fields, { element: element.id, required: true }]);
          onNotice(t('mx.localCreated', { label: element.label.zh }));
        }}
      />
      <ol className="plain">
        {fields.map((field, i) => {
          const domId = `mx-field-${i}`;
          return (
            <li key={'element' in field ? field.element : field.id}>
              {'element' in field ? (
                <BoundFieldEditor field={field} domId={domId} onChange={(f) => setField(i, f)} onRemove={() => removeField(i)} />
              ) : field.type === 'group' ? (
                <GroupEditor group={field} domId={domId} matter={matter} onChange={(f) => setField(i, f)} onRemove={() => removeField(i)} />
              ) : (
                <OwnFieldEditor field={field} domId={domId} onChange={(f) => setField(i, f)} onRemove={() => removeField(i)} onAttachment={() => toMaterial(i, field)} />
              )}
            </li>
          );
        })}
      </ol>
      <div className="actions">
        <button type="button" className="btn" onClick={addOwn}>
          {t('mx.addOwnField')}
        </button>
        <button type="button" className="btn" onClick={addGroup}>
          {t('mx.addGroup')}
        </button>
      </div>
    </section>
  );
}
