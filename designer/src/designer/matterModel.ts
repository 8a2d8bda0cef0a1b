// A matter (事项) as the matter editor holds it — the definition format itself (schemas/matter.schema.json)
// — with what staff never type made for them: the ids of steps, materials and fields (from their
// position), the department as the catalogue has it, the plain field types (文本, 日期, 手机号 …) and the
// format each stands for, its problems as publishing finds them, and where on the page each is fixed.
import { compileBundle, LOCAL_ENTITY, matterProblems, PLAIN_FIELD_SHAPES, type CompiledBundle, type DictionaryIndex, type MatterProblem } from '@onego/engine';
import type { BoundField, Constraints, DataElement, DivisionLevel, Material, Matter, OwnField } from '@onego/schemas/types';
import type { Department } from '../api/types.ts';
import { blankBundle, definitionAjv, knownDictionary } from './draftModel.ts';

/** A matter being written: the id is absent until the runtime made one (from the 事项编码 or the name). */
export type MatterDraftModel = Omit<Matter, 'id'> & { id?: string };

export type Field = Matter['form']['fields'][number];

/** The plain types a matter's own field is chosen from, and what the format writes for each. */
export const FIELD_KINDS = ['text', 'number', 'date', 'time', 'yearMonth', 'options', 'yesNo', 'mobile', 'residentId', 'creditCode', 'division', 'amount', 'postalCode', 'bankCard', 'email', 'attachment'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

const KIND_SHAPES: Record<Exclude<FieldKind, 'attachment'>, Pick<OwnField, 'type' | 'format'>> = PLAIN_FIELD_SHAPES;

/** The plain type of an own field (undefined: written by hand in a way the choices do not cover). */
export function kindOf(field: OwnField): FieldKind | undefined {
  if (field.options) return 'options';
  for (const [kind, shape] of Object.entries(KIND_SHAPES)) if (kind !== 'options' && shape.type === field.type && shape.format === field.format) return kind as FieldKind;
  if (field.type === 'integer' && field.format === undefined) return 'number';
  return undefined;
}

/** The field with the plain type chosen: its type and format, options only for 选项. */
export function withKind(field: OwnField, kind: Exclude<FieldKind, 'attachment'>): OwnField {
  const next: OwnField = { ...field, ...KIND_SHAPES[kind] };
  if (KIND_SHAPES[kind].format === undefined) delete next.format;
  if (kind === 'options') next.options = field.options ?? [{ value: 'option1', label: { zh: '', en: '' } }];
  else delete next.options;
  if (next.type !== 'string') delete next.pattern;
  if (next.format !== 'cn-division-code') delete next.divisionLevel;
  return next;
}

/** How far down a place is picked, from the province to the township (乡镇/街道). */
const DIVISION_LEVELS = ['province', 'city', 'district', 'street'] as const satisfies readonly DivisionLevel[];

/** The level a division field asks for when it names none (a 6-digit county-level code). */
const DEFAULT_DIVISION_LEVEL: DivisionLevel = 'district';

/**
 * The levels a field may ask for: any, or — for a field bound to a data element that names one — that
 * level and deeper (a matter may ask for more detail than the element, never less).
 */
export function divisionLevelsFrom(least: DivisionLevel | undefined): DivisionLevel[] {
  return least === undefined ? [...DIVISION_LEVELS] : DIVISION_LEVELS.slice(DIVISION_LEVELS.indexOf(least));
}

/** The level a division field asks for: its own, else its data element's, else the default. */
export const divisionLevelOf = (own: DivisionLevel | undefined, element?: DivisionLevel): DivisionLevel => own ?? element ?? DEFAULT_DIVISION_LEVEL;

/** An own division field asking for the level (the default is not written). */
export function withDivisionLevel(field: OwnField, level: DivisionLevel): OwnField {
  const next: OwnField = { ...field };
  if (level === DEFAULT_DIVISION_LEVEL) delete next.divisionLevel;
  else next.divisionLevel = level;
  return next;
}

/** A bound field with its constraints changed: an undefined or empty value drops that constraint, no constraint drops them all. */
export function withConstraints(field: BoundField, change: Partial<Constraints>): BoundField {
  const constraints: Record<string, unknown> = { ...field.constraints, ...change };
  for (const key of Object.keys(constraints)) if (constraints[key] === undefined || constraints[key] === '') delete constraints[key];
  const rest: BoundField = { ...field };
  delete rest.constraints;
  return Object.keys(constraints).length > 0 ? { ...rest, constraints } : rest;
}

/** A field bound to a division element asking for the level (the element's own level is not written again). */
export function withBoundDivisionLevel(field: BoundField, level: DivisionLevel, element: DivisionLevel | undefined): BoundField {
  return withConstraints(field, { divisionLevel: level === divisionLevelOf(undefined, element) ? undefined : level });
}

/** The first free id of the form `${prefix}${n}` (fields) or `${prefix}-${n}` (steps, materials). */
export function freeId(taken: Iterable<string | undefined>, prefix: string, separator = ''): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${prefix}${separator}${n}`)) return `${prefix}${separator}${n}`;
}

export const ownFieldIds = (matter: MatterDraftModel): string[] => matter.form.fields.flatMap((f) => ('element' in f ? [] : [f.id, ...(f.type === 'group' ? f.fields.map((s) => s.id) : [])]));

/** A new matter: what every service guide has, with the usual three steps, waiting to be filled in. */
export function blankMatter(): MatterDraftModel {
  return {
    version: '1.0.0',
    name: { zh: '', en: '' },
    kind: 'public-service',
    department: { id: '', name: { zh: '', en: '' } },
    legalBasis: [{ title: { zh: '' } }],
    timeLimits: { legal: { days: 20, kind: 'working' }, committed: { days: 5, kind: 'working' } },
    visits: { count: 0 },
    steps: [
      { id: 'step-1', name: { zh: '受理', en: 'Acceptance' }, actor: 'window', timeLimit: { days: 1, kind: 'working' } },
      { id: 'step-2', name: { zh: '审查', en: 'Review' }, actor: 'department', timeLimit: { days: 3, kind: 'working' } },
      { id: 'step-3', name: { zh: '决定', en: 'Decision' }, actor: 'department', timeLimit: { days: 1, kind: 'working' } },
    ],
    materials: [],
    blankForms: [],
    sampleForms: [],
    fee: { charged: false },
    form: { fields: [] },
    result: { type: 'certificate', name: { zh: '', en: '' }, delivery: ['electronic'] },
  };
}

export function newMaterial(matter: MatterDraftModel, name = ''): Material {
  return {
    id: freeId(matter.materials.map((m) => m.id), 'material', '-'),
    name: { zh: name, en: '' },
    issuer: { zh: '申请人自备' },
    copies: 1,
    original: 'original',
    medium: 'paper-or-electronic',
    required: true,
    key: true,
  };
}

/** The catalogue's department as the matter names it (its id, names and region). */
export function departmentOf(department: Department): MatterDraftModel['department'] {
  const region = /^[1-9][0-9]{5}$/.test(department.region) ? { region: { divisionCode: department.region, name: { zh: department.regionName ?? department.region } } } : {};
  // a department the catalogue knows by its Chinese name only keeps that name in English too
  return { id: department.id, name: { zh: department.name.zh, en: department.name.en ?? department.name.zh }, ...region };
}

/**
 * The data element dictionary the field picker searches: the standard one, then the local data elements
 * (本地区数据元) of the regions read so far and those added here (localElements.ts).
 */
export function elementDictionary(): DictionaryIndex {
  return knownDictionary();
}

/** Whether an element is one of a region's local data elements (本地区数据元), not a standard one. */
export const isLocalElement = (id: string): boolean => id.startsWith(`${LOCAL_ENTITY}.`);

/** The data elements whose Chinese (or English) label or id contains the text, at most `limit`. */
export function findElements(text: string, limit = 12): { id: string; zh: string; en: string }[] {
  const needle = text.trim().toLowerCase();
  if (needle === '') return [];
  const found: { id: string; zh: string; en: string }[] = [];
  for (const element of elementDictionary().elements.values()) {
    if ([element.label.zh, element.label.en ?? '', element.id].some((s) => s.toLowerCase().includes(needle))) found.push({ id: element.id, zh: element.label.zh, en: element.label.en ?? element.label.zh });
    if (found.length >= limit) break;
  }
  return found;
}

/** The id a matter without one is previewed under. */
const PREVIEW_ID = 'new-matter';

/** The matter alone as the engine compiles a bundle of it, for the live preview of its form and notice. */
export function previewOf(matter: MatterDraftModel, local: readonly DataElement[]): CompiledBundle | undefined {
  const id = matter.id ?? PREVIEW_ID;
  if (matter.form.fields.length === 0) return undefined;
  try {
    const bundle = { ...blankBundle(), id: 'matter-preview', name: matter.name, matters: [{ matter: id }], timeLimits: { committed: matter.timeLimits.committed } };
    return compileBundle({ bundle, matters: new Map([[id, { ...matter, id }]]), dictionary: knownDictionary(local) });
  } catch {
    return undefined; // a half-written matter: the preview waits for the next edit
  }
}

/**
 * The matter's problems, located and in plain words: the engine's check that publishing runs (a matter
 * without an id yet is checked under the one it is previewed under: ids are made, never typed).
 */
export function problemsOfMatter(matter: MatterDraftModel, local: readonly DataElement[] = []): MatterProblem[] {
  return matterProblems({ ...matter, id: matter.id ?? PREVIEW_ID }, local, definitionAjv());
}

/** The id of the element where a problem at this JSON Pointer is fixed (see the editor's ids). */
export function placeOfProblem(path: string): string {
  const [top, i, part, j, sub] = path.split('/').filter(Boolean).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  switch (top) {
    case 'name':
      return i === 'en' ? 'mx-name-en' : 'mx-name-zh';
    case 'code':
      return 'mx-code';
    case 'kind':
      return 'mx-kind';
    case 'department':
      return 'mx-department';
    case 'timeLimits':
      return i === 'legal' ? 'mx-legal-days' : 'mx-committed-days';
    case 'visits':
      return 'mx-visits';
    case 'fee':
      return i === 'amount' ? 'mx-fee-amount' : i === 'basis' ? 'mx-fee-basis' : 'mx-fee';
    case 'legalBasis':
      return i === undefined ? 'mx-basis-add' : `mx-basis-${i}`;
    case 'steps':
      if (i === undefined) return 'mx-step-add';
      return part === 'name' && j === 'en' ? `mx-step-${i}-en` : part === 'timeLimit' ? `mx-step-${i}-days` : `mx-step-${i}`;
    case 'materials':
      if (i === undefined) return 'mx-material-add';
      if (part === 'name') return j === 'en' ? `mx-material-${i}-en` : `mx-material-${i}`;
      if (part === 'issuer') return `mx-material-${i}-issuer`;
      if (part === 'commitment') return `mx-material-${i}-commitment`;
      if (part === 'replaceableBy') return `mx-material-${i}-replace`;
      return `mx-material-${i}`;
    case 'form':
      if (i !== 'fields' || part === undefined) return 'mx-field-search';
      if (j === 'label' && sub === 'en') return `mx-field-${part}-en`;
      if (j === 'options') return `mx-field-${part}-options`;
      if (j === 'divisionLevel' || (j === 'constraints' && sub === 'divisionLevel')) return `mx-field-${part}-level`;
      if (j === 'fields' && sub !== undefined) return `mx-field-${part}-${sub}`;
      return `mx-field-${part}`;
    case 'autoApproval':
      return i === 'description' ? 'mx-auto-description' : 'condition-auto';
    case 'result':
      return i === 'name' ? (part === 'en' ? 'mx-result-en' : 'mx-result-zh') : 'mx-result-type';
    default:
      return 'mx-basics';
  }
}
