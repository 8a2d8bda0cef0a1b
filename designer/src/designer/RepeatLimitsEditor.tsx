// 重复填写的项目数: the bundle's repeat limits, without JSON — for a repeated section of the merged form
// (新生儿 …), how many items the applicant fills in while the scenario answers say so (a single birth:
// exactly one child, no 添加一项 / 删除). Conditions with the rule builder; the counts as whole numbers,
// left empty for no bound; a smallest count above the largest is said at once, naming the section.
import { inLang } from '@onego/engine';
import type { Bundle, RepeatLimit } from '@onego/schemas/types';
import { useId } from 'react';
import { usePreferences } from '../i18n/preferences.tsx';
import { knownDictionary, type DesignDraft } from './draftModel.ts';
import { valuesOf, type QuestionDraft } from './questionModel.ts';
import { addRepeatLimit, changeRepeatLimit, countOf, newRepeatLimit, removeRepeatLimit, repeatedSections, repeatLimitProblem } from './repeatLimitModel.ts';
import { RuleBuilder } from './RuleBuilder.tsx';

interface Props {
  draft: DesignDraft;
  questions: readonly QuestionDraft[];
  onChange: (change: Partial<Bundle>) => void;
}

function CountInput({ id, label, value, least, onChange }: { id: string; label: string; value: number | undefined; least: number; onChange: (n: number | undefined) => void }) {
  const { t } = usePreferences();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('dz.repeatCountHint')}
      </p>
      <input id={id} type="number" min={least} step={1} inputMode="numeric" value={value === undefined ? '' : String(value)} aria-describedby={`${id}-hint`} onChange={(e) => onChange(countOf(e.target.value, least))} />
    </div>
  );
}

function LimitEditor({ limit, index, name, questions, onChange, onRemove }: { limit: RepeatLimit; index: number; name: string; questions: readonly QuestionDraft[]; onChange: (change: Partial<RepeatLimit>) => void; onRemove: () => void }) {
  const { t } = usePreferences();
  const id = useId();
  const problem = repeatLimitProblem(limit);
  const condition = Object.keys(limit.condition).length === 0 ? undefined : limit.condition;
  return (
    <li>
      <fieldset id={`repeat-limit-${index}`} tabIndex={-1}>
        <legend>{t('dz.repeatLimitN', { n: index + 1, name })}</legend>
        <RuleBuilder
          matterId={`repeat-${index}`}
          condition={condition}
          questions={questions}
          onChange={(next) => onChange({ condition: next ?? {} })}
          wording={{ subject: t('dz.ruleQuestion'), always: t('dz.repeatAlways', { name }), all: t('dz.repeatAll', { name }), needsSubject: t('dz.ruleNeedsQuestion') }}
        />
        <div className="inline-fields">
          <CountInput id={`${id}-min`} label={t('dz.repeatMin', { name })} value={limit.minItems} least={0} onChange={(minItems) => onChange({ minItems })} />
          <CountInput id={`${id}-max`} label={t('dz.repeatMax', { name })} value={limit.maxItems} least={1} onChange={(maxItems) => onChange({ maxItems })} />
        </div>
        {problem ? (
          <p className="alert alert-error" role="alert">
            {t(problem.key, { name, min: problem.min, max: problem.max })}
          </p>
        ) : null}
        <button type="button" className="btn btn-quiet" onClick={onRemove}>
          {t('dz.repeatRemove', { n: index + 1, name })}
        </button>
      </fieldset>
    </li>
  );
}

export function RepeatLimitsEditor({ draft, questions, onChange }: Props) {
  const { t, lang } = usePreferences();
  const dictionary = knownDictionary();
  const sections = repeatedSections(draft, dictionary);
  const limits = draft.bundle.repeatLimits ?? [];
  const nameOf = (entity: string) => {
    const label = dictionary.entities.get(entity)?.label;
    return label ? inLang(label, lang) : t('dz.repeatUnknownSection');
  };
  const first = questions[0];
  const firstValue = valuesOf(first)[0]?.value;
  return (
    <section aria-labelledby="design-repeat" className="design-section">
      <h2 id="design-repeat" tabIndex={-1}>
        {t('dz.repeatTitle')}
      </h2>
      <p className="hint">{t('dz.repeatIntro')}</p>
      {limits.length > 0 ? (
        <ol className="plain">
          {limits.map((limit, i) => (
            <LimitEditor
              key={i}
              limit={limit}
              index={i}
              name={nameOf(limit.entity)}
              questions={questions}
              onChange={(change) => onChange(changeRepeatLimit(draft.bundle, i, change))}
              onRemove={() => onChange(removeRepeatLimit(draft.bundle, i))}
            />
          ))}
        </ol>
      ) : null}
      {sections.length === 0 ? <p className="hint">{t('dz.repeatNoSections')}</p> : null}
      <div className="actions">
        {sections.map((section) => (
          <button
            key={section.id}
            type="button"
            className="btn"
            onClick={() => onChange(addRepeatLimit(draft.bundle, newRepeatLimit(section.id, first && firstValue !== undefined ? { id: first.id, value: firstValue } : undefined)))}
          >
            {t('dz.repeatAdd', { name: inLang(section.label, lang) })}
          </button>
        ))}
      </div>
    </section>
  );
}
