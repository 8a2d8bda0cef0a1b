// Scenario questions: Chinese and English wording (each question's id is made from its place when it is
// added and never changes, so that conditions naming it stay right; the expert view shows it), and the kind of answer (yes/no, options, a number).
import { useId } from 'react';
import { usePreferences } from '../i18n/preferences.tsx';
import type { QuestionDraft, QuestionKind, QuestionOption } from './questionModel.ts';

const KINDS: QuestionKind[] = ['yesNo', 'options', 'number'];

function OptionsEditor({ options, onChange }: { options: QuestionOption[]; onChange: (options: QuestionOption[]) => void }) {
  const { t } = usePreferences();
  const id = useId();
  const set = (i: number, change: Partial<QuestionOption>) => onChange(options.map((o, j) => (j === i ? { ...o, ...change } : o)));
  return (
    <fieldset className="options-editor">
      <legend>{t('dz.options')}</legend>
      {options.map((option, i) => (
        <div key={i} className="inline-fields">
          <label htmlFor={`${id}-${i}-v`}>{t('dz.optionValue', { n: i + 1 })}</label>
          <input id={`${id}-${i}-v`} value={option.value} onChange={(e) => set(i, { value: e.target.value })} />
          <label htmlFor={`${id}-${i}-zh`}>{t('dz.optionZh', { n: i + 1 })}</label>
          <input id={`${id}-${i}-zh`} value={option.zh} onChange={(e) => set(i, { zh: e.target.value })} />
          <label htmlFor={`${id}-${i}-en`}>{t('dz.optionEn', { n: i + 1 })}</label>
          <input id={`${id}-${i}-en`} lang="en" value={option.en} onChange={(e) => set(i, { en: e.target.value })} />
          <button type="button" className="btn btn-quiet" onClick={() => onChange(options.filter((_, j) => j !== i))}>
            {t('dz.optionRemove', { n: i + 1 })}
          </button>
        </div>
      ))}
      <button type="button" className="btn" onClick={() => onChange([...options, { value: `option${options.length + 1}`, zh: '', en: '' }])}>
        {t('dz.optionAdd')}
      </button>
    </fieldset>
  );
}

function QuestionEditor({ question, index, onChange, onRemove }: { question: QuestionDraft; index: number; onChange: (q: QuestionDraft) => void; onRemove: () => void }) {
  const { t } = usePreferences();
  const id = useId();
  const set = (change: Partial<QuestionDraft>) => onChange({ ...question, ...change });
  return (
    <li className="design-item">
      <fieldset>
        <legend>{t('dz.question', { n: index + 1 })}</legend>
        <div className="field">
          <label htmlFor={`question-${question.id}`}>{t('dz.labelZh')}</label>
          <input id={`question-${question.id}`} value={question.zh} onChange={(e) => set({ zh: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-en`}>{t('dz.labelEn')}</label>
          <input id={`${id}-en`} lang="en" value={question.en} onChange={(e) => set({ en: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('dz.questionKind')}</label>
          <select id={`${id}-kind`} value={question.kind} onChange={(e) => set({ kind: e.target.value as QuestionKind })}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`dz.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={question.required} onChange={(e) => set({ required: e.target.checked })} />
          {t('dz.questionRequired')}
        </label>
        {question.kind === 'options' ? <OptionsEditor options={question.options} onChange={(options) => set({ options })} /> : null}
        <button type="button" className="btn btn-quiet" onClick={onRemove}>
          {t('dz.questionRemove', { n: index + 1 })}
        </button>
      </fieldset>
    </li>
  );
}

export function QuestionsEditor({ questions, onChange }: { questions: QuestionDraft[]; onChange: (questions: QuestionDraft[]) => void }) {
  const { t } = usePreferences();
  const add = () => {
    let n = questions.length + 1;
    while (questions.some((q) => q.id === `question${n}`)) n++;
    onChange([...questions, { id: `question${n}`, zh: '', en: '', kind: 'yesNo', options: [], required: true, rest: {}, enRest: {} }]);
  };
  return (
    <section aria-labelledby="design-questions" className="design-section">
      <h2 id="design-questions" tabIndex={-1}>
        {t('dz.questions')}
      </h2>
      <p className="hint">{t('dz.questionsHint')}</p>
      <ol className="plain">
        {questions.map((q, i) => (
          <QuestionEditor
            key={i}
            question={q}
            index={i}
            onChange={(next) => onChange(questions.map((old, j) => (j === i ? next : old)))}
            onRemove={() => onChange(questions.filter((_, j) => j !== i))}
          />
        ))}
      </ol>
      <button type="button" className="btn" onClick={add}>
        {t('dz.questionAdd')}
      </button>
    </section>
  );
}
