// The validation of one value (a data element, possibly narrowed by matters' constraints), and its
// intersection across several constraints: the values every constraint accepts, or a conflict.
import type { Constraints, DataElement, DivisionLevel, LocalizedText, OwnField } from '@onego/schemas/types';

type Scalar = string | number | boolean;

export interface ValueSpec {
  type: DataElement['type'];
  format?: string;
  patterns: string[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  /** Allowed values; undefined means any value of the type. */
  enum?: Scalar[];
  /** How far down a division code goes (cn-division-code fields): the most any constraint asks for. */
  divisionLevel?: DivisionLevel;
  /** What the citizen is shown: an example value and the field's description (never narrowed). */
  example?: unknown;
  description?: LocalizedText;
}

const DIVISION_LEVELS: readonly DivisionLevel[] = ['province', 'city', 'district', 'street'];

/** The level with more detail of two (a street code also names its district). */
function deeper(a: DivisionLevel | undefined, b: DivisionLevel | undefined): DivisionLevel | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return DIVISION_LEVELS.indexOf(a) >= DIVISION_LEVELS.indexOf(b) ? a : b;
}

export interface Bilingual {
  zh: string;
  en: string;
}

export function specOf(element: DataElement | OwnField): ValueSpec {
  const spec: ValueSpec = { type: element.type, patterns: element.pattern ? [element.pattern] : [] };
  if (element.format !== undefined) spec.format = element.format;
  if (element.minLength !== undefined) spec.minLength = element.minLength;
  if (element.maxLength !== undefined) spec.maxLength = element.maxLength;
  if (element.minimum !== undefined) spec.minimum = element.minimum;
  if (element.maximum !== undefined) spec.maximum = element.maximum;
  if (element.options) spec.enum = element.options.map((o) => o.value);
  if (element.divisionLevel !== undefined) spec.divisionLevel = element.divisionLevel;
  if (element.example !== undefined) spec.example = element.example;
  if (element.description !== undefined) spec.description = element.description;
  return spec;
}

const tighter = (a: number | undefined, b: number | undefined, pick: (x: number, y: number) => number) =>
  a === undefined ? b : b === undefined ? a : pick(a, b);

/** Narrows a spec by one matter's constraints (never widens it). */
export function narrow(spec: ValueSpec, constraints: Constraints | undefined): ValueSpec {
  if (!constraints) return spec;
  const next: ValueSpec = { ...spec, patterns: [...spec.patterns] };
  if (constraints.pattern !== undefined && !next.patterns.includes(constraints.pattern)) next.patterns.push(constraints.pattern);
  const minLength = tighter(spec.minLength, constraints.minLength, Math.max);
  const maxLength = tighter(spec.maxLength, constraints.maxLength, Math.min);
  const minimum = tighter(spec.minimum, constraints.minimum, Math.max);
  const maximum = tighter(spec.maximum, constraints.maximum, Math.min);
  if (minLength !== undefined) next.minLength = minLength;
  if (maxLength !== undefined) next.maxLength = maxLength;
  if (minimum !== undefined) next.minimum = minimum;
  if (maximum !== undefined) next.maximum = maximum;
  const divisionLevel = deeper(spec.divisionLevel, constraints.divisionLevel);
  if (divisionLevel !== undefined) next.divisionLevel = divisionLevel;
  if (constraints.enum) {
    const allowed = constraints.enum;
    next.enum = spec.enum ? spec.enum.filter((v) => allowed.includes(v)) : [...allowed];
  }
  return next;
}

function fitsBounds(spec: ValueSpec, value: Scalar): boolean {
  if (typeof value === 'string') {
    if (spec.type !== 'string') return false;
    if (spec.minLength !== undefined && [...value].length < spec.minLength) return false;
    if (spec.maxLength !== undefined && [...value].length > spec.maxLength) return false;
    return true;
  }
  if (typeof value === 'number') {
    if (spec.type !== 'number' && spec.type !== 'integer') return false;
    if (spec.type === 'integer' && !Number.isInteger(value)) return false;
    if (spec.minimum !== undefined && value < spec.minimum) return false;
    if (spec.maximum !== undefined && value > spec.maximum) return false;
    return true;
  }
  return spec.type === 'boolean';
}

/** Why no value satisfies the spec, or null when some value may. */
export function conflictOf(spec: ValueSpec): Bilingual | null {
  if (spec.minLength !== undefined && spec.maxLength !== undefined && spec.minLength > spec.maxLength) {
    return {
      zh: `最小长度 ${spec.minLength} 大于最大长度 ${spec.maxLength}`,
      en: `minimum length ${spec.minLength} is greater than maximum length ${spec.maxLength}`,
    };
  }
  if (spec.minimum !== undefined && spec.maximum !== undefined && spec.minimum > spec.maximum) {
    return {
      zh: `最小值 ${spec.minimum} 大于最大值 ${spec.maximum}`,
      en: `minimum ${spec.minimum} is greater than maximum ${spec.maximum}`,
    };
  }
  if (spec.enum) {
    if (spec.enum.length === 0) return { zh: '可选值没有交集', en: 'the allowed values have nothing in common' };
    if (!spec.enum.some((v) => fitsBounds(spec, v))) {
      return { zh: '没有可选值满足长度或取值范围', en: 'no allowed value fits the length or range limits' };
    }
  }
  return null;
}
