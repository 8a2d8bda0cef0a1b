// The 秒批 rule of a matter as the rule builder shows it. The builder writes flat rules over names
// ("applicant.maritalStatus", "matters.sealCount"); a rule of the definition format is a JSON Schema over
// the application data, nested by entity ({applicant: {maritalStatus: …}}) and, for the matter's own
// fields, under matters.<matter id>. These translate one into the other; a rule written otherwise reads
// back as undefined (the JSON view only).
import { MATTERS_KEY } from '@onego/engine';
import { conditionOf, rulesOf, type Rule } from './conditionRules.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The builder's name of an own field. */
export const ownFieldKey = (fieldId: string): string => `${MATTERS_KEY}.${fieldId}`;

const nest = (name: string, schema: Json): Json => ({ properties: { [name]: schema }, required: [name] });

function nested(rule: Rule, matterId: string): Json {
  const flat = conditionOf([rule]) as Json;
  const [key] = Object.keys(flat['properties'] as Json) as [string];
  const schema = (flat['properties'] as Json)[key] as Json;
  const dot = key.indexOf('.');
  const [entity, name] = [key.slice(0, dot), key.slice(dot + 1)];
  return entity === MATTERS_KEY ? nest(MATTERS_KEY, nest(matterId, nest(name, schema))) : nest(entity, nest(name, schema));
}

/** The rule of the definition format the builder's rules stand for (undefined: no rule). */
export function ruleOf(rules: readonly Rule[], matterId: string): Json | undefined {
  if (rules.length === 0) return undefined;
  const parts = rules.map((r) => nested(r, matterId));
  return parts.length === 1 ? parts[0] : { allOf: parts };
}

/** {properties: {name: inner}, required: [name]} → [name, inner]. */
function unnest(schema: unknown): [string, unknown] | undefined {
  if (!isObject(schema) || Object.keys(schema).length !== 2 || !isObject(schema['properties']) || !Array.isArray(schema['required'])) return undefined;
  const names = Object.keys(schema['properties']);
  if (names.length !== 1 || schema['required'].length !== 1 || schema['required'][0] !== names[0]) return undefined;
  return [names[0] as string, schema['properties'][names[0] as string]];
}

function flatOf(part: unknown, matterId: string): Json | undefined {
  const outer = unnest(part);
  if (!outer) return undefined;
  const [entity, inner] = outer;
  if (entity === MATTERS_KEY) {
    const own = unnest(inner);
    if (!own || own[0] !== matterId) return undefined;
    const field = unnest(own[1]);
    return field ? nest(ownFieldKey(field[0]), field[1] as Json) : undefined;
  }
  const element = unnest(inner);
  return element ? nest(`${entity}.${element[0]}`, element[1] as Json) : undefined;
}

/** The builder's rules of a matter's rule, or undefined when the builder cannot show it. */
export function rulesOfRule(rule: unknown, matterId: string): Rule[] | undefined {
  if (rule === undefined) return [];
  const parts = isObject(rule) && Object.keys(rule).length === 1 && Array.isArray(rule['allOf']) ? (rule['allOf'] as unknown[]) : [rule];
  const flat = parts.map((p) => flatOf(p, matterId));
  if (flat.some((f) => f === undefined)) return undefined;
  return rulesOf(flat.length === 1 ? flat[0] : { allOf: flat });
}
