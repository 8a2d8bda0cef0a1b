// The inclusion condition of a matter as rules: answer / operator / value rows, all of which must hold.
import { useId } from 'react';
import { usePreferences } from '../i18n/preferences.tsx';
import { conditionOf, rulesOf, type Rule, type RuleOperator, type RuleValue } from './conditionRules.ts';
import { valuesOf, type QuestionDraft } from './questionModel.ts';

const OPERATORS: RuleOperator[] = ['equals', 'notEquals', 'oneOf'];

interface RuleBuilderProps {
  /** Names the group (the matter's name). */
  matterId: string;
  condition: unknown;
  questions: readonly QuestionDraft[];
  onChange: (condition: Record<string, unknown> | undefined) => void;
  /** Other words for what the rules are about (a 秒批 rule is about the form's fields, not questions). */
  wording?: RuleWording;
}

interface RuleWording {
  subject: string;
  always: string;
  all: string;
  needsSubject: string;
}

function firstValue(question: QuestionDraft | undefined): RuleValue {
  return valuesOf(question)[0]?.value ?? 0;
}

function encode(value: RuleValue): string {
  return JSON.stringify(value);
}

function RuleRow({ rule, index, questions, subject, onChange, onRemove }: { rule: Rule; index: number; questions: readonly QuestionDraft[]; subject: string; onChange: (rule: Rule) => void; onRemove: () => void }) {
  const { t, lang } = usePreferences();
  const id = useId();
  const question = questions.find((q) => q.id === rule.question);
  const choices = valuesOf(question);
  const values = Array.isArray(rule.value) ? rule.value : [rule.value];
  const labelOf = (q: QuestionDraft) => (lang === 'en' && q.en ? q.en : q.zh || q.id);
  return (
    <fieldset className="rule-row">
      <legend>{t('dz.rule', { n: index + 1 })}</legend>
      <label htmlFor={`${id}-q`}>{subject}</label>
      <select id={`${id}-q`} value={rule.question} onChange={(e) => {
        const next = questions.find((q) => q.id === e.target.value);
        onChange({ question: e.target.value, operator: rule.operator, value: rule.operator === 'oneOf' ? [firstValue(next)] : firstValue(next) });
      }}>
        {questions.map((q) => (
          <option key={q.id} value={q.id}>
            {labelOf(q)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-op`}>{t('dz.ruleOperator')}</label>
      <select id={`${id}-op`} value={rule.operator} onChange={(e) => {
        const operator = e.target.value as RuleOperator;
        onChange({ ...rule, operator, value: operator === 'oneOf' ? values : (values[0] ?? firstValue(question)) });
      }}>
        {OPERATORS.map((op) => (
          <option key={op} value={op}>
            {t(`dz.op.${op}`)}
          </option>
        ))}
      </select>
      {choices.length === 0 ? (
        <>
          <label htmlFor={`${id}-v`}>{t('dz.ruleValue')}</label>
          <input id={`${id}-v`} type="number" value={String(values[0] ?? 0)} onChange={(e) => onChange({ ...rule, value: rule.operator === 'oneOf' ? [Number(e.target.value)] : Number(e.target.value) })} />
        </>
      ) : rule.operator === 'oneOf' ? (
        <fieldset className="rule-values">
          <legend>{t('dz.ruleValues')}</legend>
          {choices.map((choice) => (
            <label key={encode(choice.value)} className="check">
              <input
                type="checkbox"
                checked={values.includes(choice.value)}
                onChange={(e) => onChange({ ...rule, value: e.target.checked ? [...values, choice.value] : values.filter((v) => v !== choice.value) })}
              />
              {lang === 'en' ? choice.en : choice.zh}
            </label>
          ))}
        </fieldset>
      ) : (
        <>
          <label htmlFor={`${id}-v`}>{t('dz.ruleValue')}</label>
          <select id={`${id}-v`} value={encode(values[0] ?? firstValue(question))} onChange={(e) => onChange({ ...rule, value: JSON.parse(e.target.value) as RuleValue })}>
            {choices.map((choice) => (
              <option key={encode(choice.value)} value={encode(choice.value)}>
                {lang === 'en' ? choice.en : choice.zh}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="button" className="btn btn-quiet" onClick={onRemove}>
        {t('dz.ruleRemove', { n: index + 1 })}
      </button>
    </fieldset>
  );
}

export function RuleBuilder({ matterId, condition, questions, onChange, wording }: RuleBuilderProps) {
  const { t } = usePreferences();
  const words = wording ?? { subject: t('dz.ruleQuestion'), always: t('dz.conditionAlways'), all: t('dz.conditionAll'), needsSubject: t('dz.ruleNeedsQuestion') };
  const rules = rulesOf(condition);
  if (rules === undefined) {
    return (
      <div id={`condition-${matterId}`} tabIndex={-1}>
        <p className="hint">{t('dz.conditionExpert')}</p>
        <button type="button" className="btn" onClick={() => onChange(undefined)}>
          {t('dz.conditionReset')}
        </button>
      </div>
    );
  }
  const set = (next: Rule[]) => onChange(conditionOf(next));
  const first = questions[0];
  return (
    <div id={`condition-${matterId}`} tabIndex={-1} className="rule-builder">
      <p className="hint">{rules.length === 0 ? words.always : words.all}</p>
      {rules.map((rule, i) => (
        <RuleRow
          key={i}
          rule={rule}
          index={i}
          questions={questions}
          subject={words.subject}
          onChange={(r) => set(rules.map((old, j) => (j === i ? r : old)))}
          onRemove={() => set(rules.filter((_, j) => j !== i))}
        />
      ))}
      {first ? (
        <button type="button" className="btn" onClick={() => set([...rules, { question: first.id, operator: 'equals', value: firstValue(first) }])}>
          {t('dz.ruleAdd')}
        </button>
      ) : (
        <p className="hint">{words.needsSubject}</p>
      )}
    </div>
  );
}
