// One picked matter: when it is included (rule builder), which matters must be approved before it
// (dependencies), whether it is optional, its time limit in the bundle, and its fields.
import { inLang } from '@onego/engine';
import type { BundleMatter, Matter } from '@onego/schemas/types';
import { useId } from 'react';
import { usePreferences } from '../i18n/preferences.tsx';
import { FieldsEditor } from './FieldsEditor.tsx';
import type { QuestionDraft } from './questionModel.ts';
import { RuleBuilder } from './RuleBuilder.tsx';

interface MatterCardProps {
  entry: BundleMatter;
  matter: Matter | undefined;
  others: { id: string; name: string }[];
  questions: readonly QuestionDraft[];
  onEntry: (entry: BundleMatter) => void;
  onMatter: (matter: Matter) => void;
  onRemove: () => void;
}

function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

export function MatterCard({ entry, matter, others, questions, onEntry, onMatter, onRemove }: MatterCardProps) {
  const { t, lang } = usePreferences();
  const id = useId();
  const name = matter ? inLang(matter.name, lang) : entry.matter;
  const after = entry.after ?? [];
  const days = entry.committedTimeLimit?.days;
  return (
    <li className="design-item matter-card">
      <h3 id={`matter-${entry.matter}`} tabIndex={-1}>
        {name}
        {matter ? <span className="hint block">{inLang(matter.department.name, lang)}</span> : null}
      </h3>
      <fieldset>
        <legend>{t('dz.condition', { name })}</legend>
        <RuleBuilder
          matterId={entry.matter}
          condition={entry.condition}
          questions={questions}
          onChange={(condition) => onEntry(condition ? { ...entry, condition } : without(entry, 'condition'))}
        />
      </fieldset>
      <fieldset id={`after-${entry.matter}`} tabIndex={-1}>
        <legend>{t('dz.after', { name })}</legend>
        {others.length === 0 ? <p className="hint">{t('dz.afterNone')}</p> : null}
        {others.map((other) => (
          <label key={other.id} className="check">
            <input
              type="checkbox"
              checked={after.includes(other.id)}
              onChange={(e) => {
                const next = e.target.checked ? [...after, other.id] : after.filter((a) => a !== other.id);
                onEntry(next.length > 0 ? { ...entry, after: next } : without(entry, 'after'));
              }}
            />
            {other.name}
          </label>
        ))}
      </fieldset>
      <div className="inline-fields">
        <label className="check">
          <input type="checkbox" checked={entry.optional === true} onChange={(e) => onEntry(e.target.checked ? { ...entry, optional: true } : without(entry, 'optional'))} />
          {t('dz.optional')}
        </label>
        <label htmlFor={`${id}-days`}>{t('dz.matterDays')}</label>
        <input
          id={`${id}-days`}
          type="number"
          min={0}
          className="narrow"
          value={days === undefined ? '' : String(days)}
          placeholder={matter ? String(matter.timeLimits.committed.days) : ''}
          onChange={(e) =>
            onEntry(e.target.value === '' ? without(entry, 'committedTimeLimit') : { ...entry, committedTimeLimit: { days: Math.max(0, Math.trunc(Number(e.target.value))), kind: 'working' } })
          }
        />
      </div>
      {matter ? <FieldsEditor matter={matter} onChange={onMatter} /> : null}
      <button type="button" className="btn btn-quiet" onClick={onRemove}>
        {t('dz.matterRemove', { name })}
      </button>
    </li>
  );
}
