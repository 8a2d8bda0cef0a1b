// The rule builder's rules (answer / operator / value) and the JSON-Schema conditions of the definition
// format they stand for: a matter is included when the scenario answers are valid against its condition.
// equals → {const}, not equals → {not: {const}}, one of → {enum}; the answer is always required. Several
// rules must all hold (allOf). A condition the builder cannot show reads back as undefined (raw JSON only).

export type RuleValue = string | number | boolean;
export type RuleOperator = 'equals' | 'notEquals' | 'oneOf';

export interface Rule {
  question: string;
  operator: RuleOperator;
  /** One value for equals / not equals, the accepted values for one of. */
  value: RuleValue | RuleValue[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isValue = (value: unknown): value is RuleValue => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

function ruleSchema(rule: Rule): Json {
  const values = Array.isArray(rule.value) ? rule.value : [rule.value];
  if (rule.operator === 'oneOf') return { enum: values };
  const [first] = values;
  return rule.operator === 'equals' ? { const: first } : { not: { const: first } };
}

function fragment(rule: Rule): Json {
  return { properties: { [rule.question]: ruleSchema(rule) }, required: [rule.question] };
}

/** The condition of the rules (undefined: no rule, the matter is always included). */
export function conditionOf(rules: readonly Rule[]): Json | undefined {
  if (rules.length === 0) return undefined;
  const fragments = rules.map(fragment);
  return fragments.length === 1 ? fragments[0] : { allOf: fragments };
}

function ruleOf(condition: Json): Rule | undefined {
  const { properties, required, ...rest } = condition;
  if (Object.keys(rest).length > 0 || !isObject(properties) || !Array.isArray(required)) return undefined;
  const entries = Object.entries(properties);
  if (entries.length !== 1 || required.length !== 1) return undefined;
  const [question, schema] = entries[0] as [string, unknown];
  if (required[0] !== question || !isObject(schema) || Object.keys(schema).length !== 1) return undefined;
  if ('const' in schema && isValue(schema['const'])) return { question, operator: 'equals', value: schema['const'] };
  const not = schema['not'];
  if (isObject(not) && Object.keys(not).length === 1 && isValue(not['const'])) return { question, operator: 'notEquals', value: not['const'] };
  const values = schema['enum'];
  if (Array.isArray(values) && values.length > 0 && values.every(isValue)) return { question, operator: 'oneOf', value: values };
  return undefined;
}

/** The rules a condition is made of, or undefined when the builder cannot show it (left to raw JSON). */
export function rulesOf(condition: unknown): Rule[] | undefined {
  if (condition === undefined) return [];
  if (!isObject(condition)) return undefined;
  const keys = Object.keys(condition);
  if (keys.length === 1 && Array.isArray(condition['allOf'])) {
    const rules = (condition['allOf'] as unknown[]).map((part) => (isObject(part) ? ruleOf(part) : undefined));
    return rules.every((r): r is Rule => r !== undefined) && rules.length > 0 ? rules : undefined;
  }
  const rule = ruleOf(condition);
  return rule ? [rule] : undefined;
}
