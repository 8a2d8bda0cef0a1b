// Small labelled inputs of the matter editor: a text (Chinese, or English with lang="en"), a whole
// number, a choice, a time limit in working or natural days. Each input has the id a problem's
// "去修改" link focuses (see placeOfProblem in matterModel.ts).
import type { ReactNode } from 'react';
import { usePreferences } from '../i18n/preferences.tsx';

interface TextProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  english?: boolean;
  multiline?: boolean;
  hint?: ReactNode;
  /** A decimal number typed as text (an amount kept exact): the number keypad on a phone. */
  decimal?: boolean;
}

export function TextInput({ id, label, value, onChange, english = false, multiline = false, hint, decimal = false }: TextProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea id={id} rows={3} lang={english ? 'en' : undefined} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={hint ? `${id}-hint` : undefined} />
      ) : (
        <input id={id} lang={english ? 'en' : undefined} inputMode={decimal ? 'decimal' : undefined} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={hint ? `${id}-hint` : undefined} />
      )}
    </div>
  );
}

export function NumberInput({ id, label, value, min = 0, onChange }: { id: string; label: string; value: number; min?: number; onChange: (value: number) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" min={min} step={1} inputMode="numeric" value={String(value)} onChange={(e) => onChange(Math.max(min, Math.floor(Number(e.target.value) || 0)))} />
    </div>
  );
}

export function ChoiceInput<T extends string>({ id, label, value, choices, onChange }: { id: string; label: string; value: T; choices: readonly (readonly [T, string])[]; onChange: (value: T) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {choices.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

interface Limit {
  days: number;
  kind: 'working' | 'natural';
}

export function LimitInput({ id, label, value, onChange }: { id: string; label: string; value: Limit; onChange: (value: Limit) => void }) {
  const { t } = usePreferences();
  return (
    <fieldset className="inline-fields">
      <legend>{label}</legend>
      <label htmlFor={id}>{t('mx.days')}</label>
      <input id={id} type="number" min={0} max={3650} step={1} inputMode="numeric" value={String(value.days)} onChange={(e) => onChange({ ...value, days: Math.max(0, Math.floor(Number(e.target.value) || 0)) })} />
      <label htmlFor={`${id}-kind`}>{t('mx.dayKind')}</label>
      <select id={`${id}-kind`} value={value.kind} onChange={(e) => onChange({ ...value, kind: e.target.value as Limit['kind'] })}>
        <option value="working">{t('mx.working')}</option>
        <option value="natural">{t('mx.natural')}</option>
      </select>
    </fieldset>
  );
}

/** Optional localized text: an empty input drops it. */
export const optionalText = (zh: string): { zh: string } | undefined => (zh.trim() === '' ? undefined : { zh });

/** The object without the key when the value is undefined. */
export function setOptional<T extends object, K extends keyof T>(object: T, key: K, value: T[K] | undefined): T {
  const next = { ...object };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
