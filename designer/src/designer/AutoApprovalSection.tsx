// 秒批: the rule over the application's data under which the matter is approved at submission, made
// with the same rule builder as a bundle's conditions — over the form's fields that have values to
// compare (是/否, 选项, numbers), whether the dictionary's or the matter's own.
import { conditionOf, rulesOf } from './conditionRules.ts';
import type { MatterDraftModel } from './matterModel.ts';
import { elementDictionary } from './matterModel.ts';
import { ownFieldKey, ruleOf, rulesOfRule } from './autoApprovalRule.ts';
import type { QuestionDraft } from './questionModel.ts';
import { RuleBuilder } from './RuleBuilder.tsx';
import { TextInput } from './MatterInputs.tsx';
import { usePreferences } from '../i18n/preferences.tsx';

/** The id a matter's own fields are named under before the runtime made the matter's id. */
export const PENDING_MATTER_ID = 'new-matter';

/** The fields a rule can compare, as the rule builder's "questions". */
function comparable(matter: MatterDraftModel): QuestionDraft[] {
  const dictionary = elementDictionary();
  const draft = (id: string, zh: string, en: string, kind: QuestionDraft['kind'], options: QuestionDraft['options'] = []): QuestionDraft => ({ id, zh, en, kind, options, required: false, rest: {}, enRest: {} });
  return matter.form.fields.flatMap((field): QuestionDraft[] => {
    if ('element' in field) {
      const element = dictionary.elements.get(field.element);
      if (!element) return [];
      const en = element.label.en ?? element.label.zh;
      if (element.options) return [draft(field.element, element.label.zh, en, 'options', element.options.map((o) => ({ value: String(o.value), zh: o.label.zh, en: o.label.en })))];
      if (element.type === 'boolean') return [draft(field.element, element.label.zh, en, 'yesNo')];
      if (element.type === 'integer' || element.type === 'number') return [draft(field.element, element.label.zh, en, 'number')];
      return [];
    }
    if (field.type === 'group') return [];
    const key = ownFieldKey(field.id);
    if (field.options) return [draft(key, field.label.zh, field.label.en, 'options', field.options.map((o) => ({ value: String(o.value), zh: o.label.zh, en: o.label.en })))];
    if (field.type === 'boolean') return [draft(key, field.label.zh, field.label.en, 'yesNo')];
    if (field.type === 'integer' || field.type === 'number') return [draft(key, field.label.zh, field.label.en, 'number')];
    return [];
  });
}

export function AutoApprovalSection({ matter, onChange }: { matter: MatterDraftModel; onChange: (matter: MatterDraftModel) => void }) {
  const { t } = usePreferences();
  const matterId = matter.id ?? PENDING_MATTER_ID;
  const auto = matter.autoApproval;
  const rules = rulesOfRule(auto?.rule, matterId);
  // a rule the builder cannot show is passed on as something it cannot show either (JSON view only)
  const flat = rules === undefined ? { expert: true } : conditionOf(rules);
  const setRule = (condition: Record<string, unknown> | undefined) => {
    const next = condition === undefined ? undefined : ruleOf(rulesOf(condition) ?? [], matterId);
    const rest = { ...matter };
    delete rest.autoApproval;
    onChange(next ? { ...rest, autoApproval: { version: auto?.version ?? '1.0.0', description: auto?.description ?? { zh: '' }, rule: next } } : rest);
  };
  return (
    <section aria-labelledby="mx-auto" className="design-section">
      <h2 id="mx-auto" tabIndex={-1}>
        {t('mx.autoApproval')}
      </h2>
      <p className="hint">{t('mx.autoIntro')}</p>
      <RuleBuilder
        matterId="auto"
        condition={flat}
        questions={comparable(matter)}
        onChange={setRule}
        wording={{ subject: t('mx.ruleField'), always: t('mx.autoNone'), all: t('mx.autoAll'), needsSubject: t('mx.autoNeedsField') }}
      />
      {auto ? (
        <TextInput
          id="mx-auto-description"
          label={t('mx.autoDescription')}
          hint={t('mx.autoDescriptionHint')}
          multiline
          value={auto.description.zh}
          onChange={(zh) => onChange({ ...matter, autoApproval: { ...auto, description: { ...auto.description, zh } } })}
        />
      ) : null}
    </section>
  );
}
