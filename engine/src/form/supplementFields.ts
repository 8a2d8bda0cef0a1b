// 补正 on the form: which fields an officer may flag for correction, which fields an applicant changed,
// and a form with everything but the flagged fields locked. Fields are named by JSON Pointers into the
// application data: `/mother/name`, `/child/0/birthDate`, `/matters/<matterId>/<fieldId>`.
import type { Matter } from '@onego/schemas/types';
import { splitElementId } from '../definition/dictionaryIndex.ts';
import { MATTERS_KEY } from './matterFormSchema.ts';
import type { JsonSchema } from './valueSchema.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndex = (segment: string | undefined): boolean => segment !== undefined && /^(0|[1-9]\d{0,5})$/.test(segment);

export function pointerSegments(pointer: string): string[] | null {
  if (!pointer.startsWith('/')) return null;
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const pointerOf = (segments: readonly string[]): string => segments.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/**
 * Whether `pointer` names one of the matter's fields: a bound field (`/entity/name`, or
 * `/entity/<index>/name` in a repeatable entity), an own field (`/matters/<id>/<field>`), a whole own
 * group, one item of it, or a field of one item.
 */
export function isMatterFieldPointer(matter: Matter, pointer: string): boolean {
  const segments = pointerSegments(pointer);
  if (!segments || segments.some((s) => s === '')) return false;
  if (segments[0] === MATTERS_KEY) {
    const [, matterId, fieldId, index, inner, ...rest] = segments;
    if (matterId !== matter.id || rest.length > 0) return false;
    const field = matter.form.fields.find((f) => !('element' in f) && f.id === fieldId);
    if (!field || 'element' in field) return false;
    if (index === undefined) return true;
    if (field.type !== 'group' || !isIndex(index)) return false;
    return inner === undefined || field.fields.some((f) => f.id === inner);
  }
  const [entity, second, third, ...rest] = segments;
  if (rest.length > 0 || entity === undefined || second === undefined) return false;
  const name = third === undefined ? second : isIndex(second) ? third : undefined;
  if (name === undefined) return false;
  return matter.form.fields.some((f) => {
    if (!('element' in f)) return false;
    const [e, n] = splitElementId(f.element);
    return e === entity && n === name;
  });
}

/** The JSON Pointers of the leaves that differ between two JSON values (an array whose length changed is one change). */
export function changedPointers(before: unknown, after: unknown, at: string[] = []): string[] {
  if (isRecord(before) && isRecord(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) => changedPointers(before[key], after[key], [...at, key]));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return before.flatMap((item, index) => changedPointers(item, after[index], [...at, String(index)]));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [pointerOf(at)];
}

const within = (pointer: string, editable: string): boolean => pointer === editable || pointer.startsWith(`${editable}/`);

/** The changes between `before` and `after` outside the editable pointers, in document order. */
export function lockedChanges(before: unknown, after: unknown, editable: readonly string[]): string[] {
  return changedPointers(before, after).filter((pointer) => !editable.some((e) => within(pointer, e)));
}

/** A pointer with its array indexes replaced by `*`, the way a uiSchema addresses array items. */
function shapeOf(pointer: string): string {
  return (pointerSegments(pointer) ?? []).map((segment) => (isIndex(segment) ? '*' : segment)).join('/');
}

/**
 * The uiSchema of a form with every field read-only except the editable ones (and what is inside them).
 * A uiSchema cannot tell array items apart: flagging `/child/1/name` unlocks the name of every child in
 * the form, and the server still refuses a change to any other child (lockedChanges).
 */
export function lockedUiSchema(schema: JsonSchema, uiSchema: Record<string, unknown>, editable: readonly string[]): Record<string, unknown> {
  const shapes = editable.map(shapeOf);
  const walk = (node: JsonSchema, ui: Record<string, unknown>, at: string[]): Record<string, unknown> => {
    const shape = at.join('/');
    if (shapes.some((s) => s === shape || (shape !== '' && shape.startsWith(`${s}/`)))) return ui;
    if (!shapes.some((s) => shape === '' || s.startsWith(`${shape}/`))) return { ...ui, 'ui:readonly': true };
    const out: Record<string, unknown> = { ...ui };
    const properties = node['properties'];
    if (isRecord(properties)) {
      for (const [key, child] of Object.entries(properties)) {
        if (isRecord(child)) out[key] = walk(child, isRecord(ui[key]) ? ui[key] : {}, [...at, key]);
      }
    }
    const items = node['items'];
    if (isRecord(items)) out['items'] = walk(items, isRecord(ui['items']) ? ui['items'] : {}, [...at, '*']);
    return out;
  };
  return walk(schema, uiSchema, []);
}
