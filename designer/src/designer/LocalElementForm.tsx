// 新增本地区数据元: when the dictionary lacks a meaning, the designer adds it to the region's dictionary —
// its Chinese and English names and a type chosen from the plain choices (文本, 数字, 日期 … 选项 with its
// options) — never an id, a regular expression or JSON. Once saved it is bound to the matter's form and
// other matters of the region find it as they find a standard element.
import type { DataElement } from '@onego/schemas/types';
import { useState } from 'react';
import { describeError } from '../components/Feedback.tsx';
import { usePreferences } from '../i18n/preferences.tsx';
import type { Api } from '../api/useApi.ts';
import { createLocalElement } from './localElements.ts';
import { TextInput } from './MatterInputs.tsx';
import { FIELD_KINDS, withKind, type FieldKind } from './matterModel.ts';

type ElementKind = Exclude<FieldKind, 'attachment'>;
const ELEMENT_KINDS = FIELD_KINDS.filter((k): k is ElementKind => k !== 'attachment');

interface Props {
  api: Api;
  region: string;
  /** The name searched for: the Chinese name to start with. */
  name: string;
  onCreated: (element: DataElement) => void;
  onCancel: () => void;
}

export function LocalElementForm({ api, region, name, onCreated, onCancel }: Props) {
  const { t } = usePreferences();
  const [zh, setZh] = useState(name.trim());
  const [en, setEn] = useState('');
  const [kind, setKind] = useState<ElementKind>('text');
  const [options, setOptions] = useState<{ zh: string; en: string }[]>([{ zh: '', en: '' }]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function save() {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const shape = withKind({ id: 'x', label: { zh, en }, type: 'string' }, kind);
      const element = await createLocalElement(api, {
        region,
        name: { zh, ...(en.trim() ? { en } : {}) },
        type: shape.type,
        ...(shape.format ? { format: shape.format } : {}),
        ...(kind === 'options' ? { options: options.map((o) => ({ zh: o.zh, ...(o.en.trim() ? { en: o.en } : {}) })) } : {}),
      });
      onCreated(element);
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset className="local-element-form" aria-describedby="mx-local-hint">
      <legend>{t('mx.localTitle')}</legend>
      <p className="hint" id="mx-local-hint">
        {t('mx.localHint')}
      </p>
      <TextInput id="mx-local-name" label={t('mx.localName')} value={zh} onChange={setZh} />
      <TextInput id="mx-local-name-en" label={t('mx.nameEn')} english value={en} onChange={setEn} />
      <div className="field">
        <label htmlFor="mx-local-type">{t('mx.fieldType')}</label>
        <select id="mx-local-type" value={kind} onChange={(e) => setKind(e.target.value as ElementKind)}>
          {ELEMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`mx.type.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {kind === 'options' ? (
        <fieldset>
          <legend>{t('mx.options', { label: zh || t('mx.untitledField') })}</legend>
          {options.map((option, i) => (
            <div key={i} className="inline-fields">
              <label htmlFor={`mx-local-o${i}`}>{t('mx.optionZh', { n: i + 1 })}</label>
              <input id={`mx-local-o${i}`} value={option.zh} onChange={(e) => setOptions(options.map((o, j) => (j === i ? { ...o, zh: e.target.value } : o)))} />
              <label htmlFor={`mx-local-o${i}-en`}>{t('mx.optionEn', { n: i + 1 })}</label>
              <input id={`mx-local-o${i}-en`} lang="en" value={option.en} onChange={(e) => setOptions(options.map((o, j) => (j === i ? { ...o, en: e.target.value } : o)))} />
              {options.length > 1 ? (
                <button type="button" className="btn btn-quiet" onClick={() => setOptions(options.filter((_, j) => j !== i))}>
                  {t('mx.removeOption', { n: i + 1 })}
                </button>
              ) : null}
            </div>
          ))}
          <button type="button" className="btn" onClick={() => setOptions([...options, { zh: '', en: '' }])}>
            {t('mx.addOption')}
          </button>
        </fieldset>
      ) : null}
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="btn btn-primary" aria-disabled={busy || undefined} onClick={() => void save()}>
          {t('mx.localSave')}
        </button>
        <button type="button" className="btn btn-quiet" onClick={onCancel}>
          {t('mx.localCancel')}
        </button>
      </div>
    </fieldset>
  );
}
