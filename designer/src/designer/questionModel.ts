// Scenario questions as the designer edits them (id, Chinese and English labels, yes/no, options or a
// whole number) and the small JSON Schema of the definition format they are written to.
import type { ScenarioQuestions } from '@onego/schemas/types';
import type { RuleValue } from './conditionRules.ts';

type Json = Record<string, unknown>;

export type QuestionKind = 'yesNo' | 'options' | 'number';

export interface QuestionOption {
  value: string;
  zh: string;
  en: string;
}

export interface QuestionDraft {
  id: string;
  zh: string;
  en: string;
  kind: QuestionKind;
  options: QuestionOption[];
  /** The applicant must answer it (new questions: yes). */
  required: boolean;
  /** What the builder does not edit (description, default, minimum …), kept as it was. */
  rest: Json;
  /** The same for the English texts (x-en beyond its title). */
  enRest: Json;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const englishOf = (value: unknown): string => (isObject(value) && typeof value['title'] === 'string' ? value['title'] : '');

export function questionsOf(schema: unknown): QuestionDraft[] {
  const properties = isObject(schema) && isObject(schema['properties']) ? schema['properties'] : {};
  const required = isObject(schema) && Array.isArray(schema['required']) ? (schema['required'] as unknown[]) : [];
  return Object.entries(properties).map(([id, raw]) => {
    const question = isObject(raw) ? raw : {};
    const { type, title, oneOf, 'x-en': xEn, ...rest } = question;
    const options = Array.isArray(oneOf)
      ? oneOf.filter(isObject).map((o) => ({ value: String(o['const']), zh: typeof o['title'] === 'string' ? o['title'] : '', en: englishOf(o['x-en']) }))
      : [];
    const kind: QuestionKind = type === 'boolean' ? 'yesNo' : options.length > 0 || type === 'string' ? 'options' : 'number';
    const english = isObject(xEn) ? { ...xEn } : {};
    delete english['title'];
    return { id, zh: typeof title === 'string' ? title : '', en: englishOf(xEn), kind, options, required: required.includes(id), rest, enRest: english };
  });
}

function questionSchema(q: QuestionDraft): Json {
  const schema: Json = { type: q.kind === 'yesNo' ? 'boolean' : q.kind === 'options' ? 'string' : 'integer', title: q.zh, ...q.rest };
  if (q.en) schema['x-en'] = { ...q.enRest, title: q.en };
  if (q.kind === 'options') {
    schema['oneOf'] = q.options.map((o) => ({ const: o.value, title: o.zh, ...(o.en ? { 'x-en': { title: o.en } } : {}) }));
  }
  if (q.kind !== 'number') {
    delete schema['minimum'];
    delete schema['maximum'];
  }
  return schema;
}

/** The questions as the definition format has them. */
export function questionsSchema(questions: readonly QuestionDraft[]): ScenarioQuestions {
  return {
    type: 'object',
    properties: Object.fromEntries(questions.map((q) => [q.id, questionSchema(q)])) as unknown as ScenarioQuestions['properties'],
    required: questions.filter((q) => q.required).map((q) => q.id),
  };
}

/** The values a rule about the question may compare with. */
export function valuesOf(question: QuestionDraft | undefined): { value: RuleValue; zh: string; en: string }[] {
  if (!question) return [];
  if (question.kind === 'yesNo') return [{ value: true, zh: '是', en: 'yes' }, { value: false, zh: '否', en: 'no' }];
  if (question.kind === 'options') return question.options.map((o) => ({ value: o.value, zh: o.zh || o.value, en: o.en || o.zh || o.value }));
  return [];
}
