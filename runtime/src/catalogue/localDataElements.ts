// Local data elements (本地区数据元): what a region adds to the standard data element dictionary when it
// lacks a meaning (住宅建筑面积, 供水户号 …). A designer names it (Chinese, English), chooses its plain type
// (文本, 数字, 日期 … 选项 with its options); the id is made from the Chinese name (local.<pinyin>), never
// typed. Once made an element never changes: matters bind it as they bind a standard one, and a bundle
// version stores the local elements it binds with its definition (pinnedLocalElements).
import { isPlainShape, LOCAL_ENTITY, NATIONAL_REGION, STANDARD_DICTIONARY, divisionCodeProblem } from '@onego/engine';
import type { DataElement } from '@onego/schemas/types';
import type { Knex } from 'knex';
import type { Database } from '../db/createDatabase.ts';
import { isUniqueViolation } from '../db/uniqueViolation.ts';
import { DomainError } from '../domainError.ts';
import { idFromName } from './generatedId.ts';

type Option = NonNullable<DataElement['options']>[number];

/** An element of a region's dictionary as the designer searches it: standard or the region's own. */
export interface DictionaryEntry {
  id: string;
  label: { zh: string; en: string };
  type: DataElement['type'];
  format?: string;
  options?: Option[];
  origin: 'standard' | 'local';
  /** The region of a local element. */
  region?: string;
}

export interface NewDataElement {
  region: string;
  name: { zh: string; en?: string };
  type: string;
  format?: string;
  /** The options of a 选项 element, by their names; their values are made (option1, option2 …). */
  options?: { zh: string; en?: string }[];
}

interface ElementRow {
  id: string;
  region: string;
  name_zh: string;
  name_en: string | null;
  type: string;
  format: string | null;
  options: string | null;
  created_by: string;
  created_at: string;
}

const MAX_ID_ATTEMPTS = 50;

function elementOf(row: ElementRow): DataElement {
  return {
    id: row.id,
    label: { zh: row.name_zh, en: row.name_en ?? row.name_zh },
    type: row.type as DataElement['type'],
    ...(row.format ? { format: row.format } : {}),
    ...(row.options ? { options: JSON.parse(row.options) as Option[] } : {}),
  };
}

const entryOf = (element: DataElement, origin: DictionaryEntry['origin'], region?: string): DictionaryEntry => ({
  id: element.id,
  label: { zh: element.label.zh, en: element.label.en },
  type: element.type,
  ...(element.format ? { format: element.format } : {}),
  ...(element.options ? { options: element.options } : {}),
  origin,
  ...(region ? { region } : {}),
});

function checkedRegion(region: string): string {
  const trimmed = region.trim();
  if (trimmed !== NATIONAL_REGION && divisionCodeProblem(trimmed) !== null) throw new DomainError('REGION_INVALID', { region: trimmed });
  return trimmed;
}

/** The local elements of a region, by Chinese name. */
export async function regionElements(db: Knex, region: string): Promise<DataElement[]> {
  const rows = (await db('local_data_elements').where({ region }).orderBy('name_zh')) as ElementRow[];
  return rows.map(elementOf);
}

/** The local elements of these ids (those that are local ones), by id. */
async function localElementsByIds(db: Knex, ids: readonly string[]): Promise<DataElement[]> {
  const local = [...new Set(ids)].filter((id) => id.startsWith(`${LOCAL_ENTITY}.`));
  if (local.length === 0) return [];
  const rows = (await db('local_data_elements').whereIn('id', local).orderBy('id')) as ElementRow[];
  return rows.map(elementOf);
}

/** The element ids a matter's form binds (its fields, not its own ones). */
function boundElementIds(matter: unknown): string[] {
  const fields = (matter as { form?: { fields?: unknown } } | null)?.form?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((f) => (f !== null && typeof f === 'object' && typeof (f as { element?: unknown }).element === 'string' ? [(f as { element: string }).element] : []));
}

/**
 * The local elements a bundle's matters bind, as the catalogue has them now: what a version stores with
 * its definition, so that it compiles the same however the region's dictionary grows.
 */
export async function pinnedLocalElements(db: Knex, matters: readonly unknown[]): Promise<DataElement[]> {
  return localElementsByIds(db, matters.flatMap(boundElementIds));
}

export class LocalDataElements {
  constructor(private readonly db: Database) {}

  /** The standard dictionary's elements, then the region's own (none without a region). */
  async dictionary(region?: string): Promise<DictionaryEntry[]> {
    const standard = STANDARD_DICTIONARY.elements.map((e) => entryOf(e, 'standard'));
    if (region === undefined) return standard;
    const key = checkedRegion(region);
    return [...standard, ...(await regionElements(this.db, key)).map((e) => entryOf(e, 'local', key))];
  }

  /**
   * A new local element of the region. Refused: a name the standard dictionary or the region has
   * (DATA_ELEMENT_EXISTS), a type and format that are no plain choice (DATA_ELEMENT_TYPE_INVALID), options
   * on another type or a 选项 element without any (DATA_ELEMENT_OPTIONS_INVALID).
   */
  async create(input: NewDataElement, by: string, at: string): Promise<DictionaryEntry> {
    const region = checkedRegion(input.region);
    const zh = input.name.zh.trim();
    const en = input.name.en?.trim() || zh;
    if (zh === '') throw new DomainError('DATA_ELEMENT_NAME_REQUIRED');
    const format = input.format?.trim() || undefined;
    if (!['string', 'number', 'boolean'].includes(input.type) || !isPlainShape(input.type, format)) {
      throw new DomainError('DATA_ELEMENT_TYPE_INVALID', { type: input.type, format: format ?? '' });
    }
    const names = (input.options ?? []).map((o) => ({ zh: o.zh.trim(), en: o.en?.trim() || o.zh.trim() }));
    if (input.options !== undefined && (input.type !== 'string' || format !== undefined || names.length === 0 || names.some((o) => o.zh === ''))) {
      throw new DomainError('DATA_ELEMENT_OPTIONS_INVALID');
    }
    const standard = STANDARD_DICTIONARY.elements.find((e) => e.label.zh === zh);
    if (standard) throw new DomainError('DATA_ELEMENT_EXISTS', { name: zh, where: '标准数据元', whereEn: 'a standard data element' });
    const options: Option[] | undefined = input.options ? names.map((label, i) => ({ value: `option${i + 1}`, label })) : undefined;
    const base = `${LOCAL_ENTITY}.${idFromName(zh, 'e').replace(/[^a-z0-9]/g, '')}`;
    for (let n = 1; n <= MAX_ID_ATTEMPTS; n++) {
      const row: ElementRow = {
        id: n === 1 ? base : `${base}${n}`,
        region,
        name_zh: zh,
        name_en: en,
        type: input.type,
        format: format ?? null,
        options: options ? JSON.stringify(options) : null,
        created_by: by,
        created_at: at,
      };
      if (await this.db('local_data_elements').where({ region, name_zh: zh }).first('id')) {
        throw new DomainError('DATA_ELEMENT_EXISTS', { name: zh, where: '本地区数据元', whereEn: 'a data element of this region' });
      }
      try {
        await this.db('local_data_elements').insert(row);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        continue; // the id (another name of the same sound, anywhere) or the name (a colleague just now): the next round says which
      }
      return entryOf(elementOf(row), 'local', region);
    }
    throw new Error(`no free id for the data element ${zh}`);
  }
}
