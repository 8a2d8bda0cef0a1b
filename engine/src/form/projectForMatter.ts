// The part of an application's data one matter needs: its bound elements (per entity, per item for
// repeatable entities) and its own section. Used to hand each department only its own fields.
import type { Matter } from '@onego/schemas/types';
import { splitElementId } from '../definition/dictionaryIndex.ts';
import { MATTERS_KEY } from './matterFormSchema.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function pick(record: unknown, names: readonly string[]): Record<string, unknown> | undefined {
  if (!isRecord(record)) return undefined;
  const picked: Record<string, unknown> = {};
  for (const name of names) if (name in record) picked[name] = record[name];
  return picked;
}

export function projectForMatter(data: unknown, matter: Matter): Record<string, unknown> {
  if (!isRecord(data)) return {};
  const byEntity = new Map<string, string[]>();
  for (const field of matter.form.fields) {
    if (!('element' in field)) continue;
    const [entity, name] = splitElementId(field.element);
    byEntity.set(entity, [...(byEntity.get(entity) ?? []), name]);
  }
  const projected: Record<string, unknown> = {};
  for (const [entity, names] of byEntity) {
    const value = data[entity];
    if (Array.isArray(value)) projected[entity] = value.map((item: unknown) => pick(item, names) ?? item);
    else if (value !== undefined) projected[entity] = pick(value, names) ?? value;
  }
  const own = isRecord(data[MATTERS_KEY]) ? data[MATTERS_KEY][matter.id] : undefined;
  if (own !== undefined) projected[MATTERS_KEY] = { [matter.id]: own };
  return projected;
}
