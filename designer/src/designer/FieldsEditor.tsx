// A picked matter's form fields as the format lets a bundle designer change them: a field bound to a data
// element keeps the element's type and label but may be required, narrowed by a pattern or to some of
// the element's options, and a place asked for (行政区划) picked down to another level; a matter's own
// field has its own labels, plain type (日期, 时间, 金额 …), required flag, pattern and option labels.
import { inLang } from '@onego/engine';
import type { BoundField, Matter, OwnField } from '@onego/schemas/types';
import { useId } from 'react';
import { usePreferences } from '../i18n/preferences.tsx';
import { DivisionLevelSelect } from './DivisionLevelSelect.tsx';
import { knownDictionary } from './draftModel.ts';
import { FieldKindSelect } from './FieldKindSelect.tsx';
import { divisionLevelOf, kindOf, withBoundDivisionLevel, withConstraints, withDivisionLevel, withKind } from './matterModel.ts';

type Field = Matter['form']['fields'][number];

function BoundFieldEditor({ field, domId, onChange }: { field: BoundField; domId: string; onChange: (f: Field) => void }) {
  const { t, lang } = usePreferences();
  const id = useId();
  const element = knownDictionary().elements.get(field.element);
  const label = element ? inLang(element.label, lang) : field.element;
  const allowed = field.constraints?.enum;
  return (
    <fieldset>
      <legend>{t('dz.boundField', { label })}</legend>
      <p className="hint">{t('dz.boundHint', { element: field.element, type: element?.type ?? '?' })}</p>
      <label className="check">
        <input id={domId} type="checkbox" checked={field.required === true} onChange={(e) => onChange({ ...field, required: e.target.checked })} />
        {t('dz.required')}
      </label>
      {element?.format === 'cn-division-code' ? (
        <DivisionLevelSelect
          id={`${id}-level`}
          value={divisionLevelOf(field.constraints?.divisionLevel, element.divisionLevel)}
          least={element.divisionLevel}
          onChange={(level) => onChange(withBoundDivisionLevel(field, level, element.divisionLevel))}
        />
      ) : null}
      {element?.type === 'string' && !element.options ? (
        <div className="field">
          <label htmlFor={`${id}-p`}>{t('dz.pattern')}</label>
          <input id={`${id}-p`} className="mono" value={field.constraints?.pattern ?? ''} onChange={(e) => onChange(withConstraints(field, { pattern: e.target.value }))} />
        </div>
      ) : null}
      {element?.options ? (
        <fieldset>
          <legend>{t('dz.allowedOptions')}</legend>
          {element.options.map((option) => {
            const on = allowed === undefined || allowed.includes(option.value);
            return (
              <label key={String(option.value)} className="check">
                <input
                  type="checkbox"
                  checked={on}
                  onChange={(e) => {
                    const all = element.options?.map((o) => o.value) ?? [];
                    const current = allowed ?? all;
                    const next = e.target.checked ? all.filter((v) => current.includes(v) || v === option.value) : current.filter((v) => v !== option.value);
                    onChange(withConstraints(field, { enum: next.length === all.length ? undefined : next }));
                  }}
                />
                {inLang(option.label, lang)}
              </label>
            );
          })}
        </fieldset>
      ) : null}
    </fieldset>
  );
}

function OwnFieldEditor({ field, domId, onChange }: { field: OwnField; domId: string; onChange: (f: Field) => void }) {
  const { t, lang } = usePreferences();
  const id = useId();
  const kind = kindOf(field);
  return (
    <fieldset>
      <legend>{t('dz.ownField', { label: inLang(field.label, lang) })}</legend>
      <div className="field">
        <label htmlFor={domId}>{t('dz.labelZh')}</label>
        <input id={domId} value={field.label.zh} onChange={(e) => onChange({ ...field, label: { ...field.label, zh: e.target.value } })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-en`}>{t('dz.labelEn')}</label>
        <input id={`${id}-en`} lang="en" value={field.label.en} onChange={(e) => onChange({ ...field, label: { ...field.label, en: e.target.value } })} />
      </div>
      <FieldKindSelect id={`${id}-type`} value={kind} allowAttachment={false} onChange={(k) => (k === 'attachment' ? undefined : onChange(withKind(field, k)))} />
      {kind === 'division' ? <DivisionLevelSelect id={`${id}-level`} value={divisionLevelOf(field.divisionLevel)} onChange={(level) => onChange(withDivisionLevel(field, level))} /> : null}
      <label className="check">
        <input type="checkbox" checked={field.required === true} onChange={(e) => onChange({ ...field, required: e.target.checked })} />
        {t('dz.required')}
      </label>
      {field.type === 'string' && !field.options ? (
        <div className="field">
          <label htmlFor={`${id}-p`}>{t('dz.pattern')}</label>
          <input
            id={`${id}-p`}
            className="mono"
            value={field.pattern ?? ''}
            onChange={(e) => {
              const rest: OwnField = { ...field };
              delete rest.pattern;
              onChange(e.target.value ? { ...rest, pattern: e.target.value } : rest);
            }}
          />
        </div>
      ) : null}
      {field.options?.map((option, i) => (
        <div className="field" key={String(option.value)}>
          <label htmlFor={`${id}-o${i}`}>{t('dz.optionZh', { n: i + 1 })}</label>
          <input
            id={`${id}-o${i}`}
            value={option.label.zh}
            onChange={(e) => onChange({ ...field, options: field.options?.map((o, j) => (j === i ? { ...o, label: { ...o.label, zh: e.target.value } } : o)) ?? [] })}
          />
        </div>
      ))}
    </fieldset>
  );
}

export function FieldsEditor({ matter, onChange }: { matter: Matter; onChange: (matter: Matter) => void }) {
  const { t, lang } = usePreferences();
  const setField = (i: number, field: Field) => onChange({ ...matter, form: { ...matter.form, fields: matter.form.fields.map((f, j) => (j === i ? field : f)) } });
  return (
    <details className="fields-editor">
      <summary>{t('dz.fields', { n: matter.form.fields.length })}</summary>
      {matter.form.fields.map((field, i) => {
        const domId = `field-${matter.id}-${i}`;
        if ('element' in field) return <BoundFieldEditor key={i} field={field} domId={domId} onChange={(f) => setField(i, f)} />;
        if (field.type === 'group')
          return (
            <p key={i} id={domId} tabIndex={-1} className="hint">
              {t('dz.groupField', { label: inLang(field.label, lang), n: field.fields.length })}
            </p>
          );
        return <OwnFieldEditor key={i} field={field} domId={domId} onChange={(f) => setField(i, f)} />;
      })}
    </details>
  );
}
