// Departments (部门) are organisations of a region: 河南省公安厅 is not 济南市公安局历下区分局, and two
// regions' 公安局 are two departments. An admin creates them, or a catalogue import does for the 实施主体
// it names. The id is made from the name and the region (gonganju-410000), never typed.
import { divisionCodeProblem, divisionPrefix, NATIONAL_REGION } from '@onego/engine';
import type { Knex } from 'knex';
import type { Database } from '../db/createDatabase.ts';
import { DomainError } from '../domainError.ts';
import { idFromName } from './generatedId.ts';

export interface Department {
  id: string;
  name: { zh: string; en?: string };
  /** GB/T 2260 division code, or 'national'. */
  region: string;
  regionName?: string;
  createdBy: string;
  createdAt: string;
}

export interface NewDepartment {
  name: string;
  nameEn?: string;
  region: string;
  regionName?: string;
}

interface DepartmentRow {
  id: string;
  name_zh: string;
  name_en: string | null;
  region: string;
  region_name: string | null;
  created_by: string;
  created_at: string;
}

const toDepartment = (row: DepartmentRow): Department => ({
  id: row.id,
  name: row.name_en ? { zh: row.name_zh, en: row.name_en } : { zh: row.name_zh },
  region: row.region,
  ...(row.region_name ? { regionName: row.region_name } : {}),
  createdBy: row.created_by,
  createdAt: row.created_at,
});

/** A region as the catalogue keys it: a valid GB/T 2260 code, or 'national'. Throws REGION_INVALID. */
function checkedRegion(region: string): string {
  const trimmed = region.trim();
  if (trimmed === NATIONAL_REGION) return trimmed;
  if (divisionCodeProblem(trimmed) !== null) throw new DomainError('REGION_INVALID', { region: trimmed });
  return trimmed;
}

/** The id of a region's department of that name: pinyin of the name, then the region. */
export const departmentId = (name: string, region: string): string => `${idFromName(name, 'd')}-${region}`;

/**
 * The region's department of this name, created when there is none (by the database's uniqueness of
 * region + name, so that two imports at once create it once). Returns it as stored.
 */
export async function ensureDepartment(db: Knex, input: NewDepartment, by: string, at: string): Promise<Department> {
  const name = input.name.trim();
  if (name === '') throw new DomainError('DEPARTMENT_NAME_REQUIRED');
  const region = checkedRegion(input.region);
  const existing = (await db('departments').where({ region, name_zh: name }).first()) as DepartmentRow | undefined;
  if (existing) return toDepartment(existing);
  // The id may be another name's of the same sound (two homophones): then the next free one.
  for (let n = 1; n <= 20; n++) {
    const id = n === 1 ? departmentId(name, region) : `${departmentId(name, region)}-${n}`;
    await db('departments')
      .insert({ id, name_zh: name, name_en: input.nameEn?.trim() || null, region, region_name: input.regionName?.trim() || null, created_by: by, created_at: at })
      .onConflict()
      .ignore();
    const row = (await db('departments').where({ region, name_zh: name }).first()) as DepartmentRow | undefined;
    if (row) return toDepartment(row);
  }
  throw new Error(`no free id for the department ${name} (${region})`);
}

/**
 * The catalogue department a definition names: the department of that id, else the one of that name in
 * the region (a matter written before the catalogue names its department by a short id such as police).
 */
export async function catalogueDepartmentId(definition: Record<string, unknown>, region: string, db: Knex): Promise<string | null> {
  const department = definition['department'] as { id?: unknown; name?: { zh?: unknown } } | undefined;
  const id = typeof department?.id === 'string' && department.id !== '' ? department.id : undefined;
  if (id && (await db('departments').where({ id }).first('id'))) return id;
  const name = typeof department?.name?.zh === 'string' ? department.name.zh.trim() : undefined;
  const byName = name ? await db('departments').where({ region, name_zh: name }).first<{ id: string } | undefined>('id') : undefined;
  return byName?.id ?? id ?? null;
}

export class Departments {
  /** Ids found to be departments: a department is never deleted, so a positive answer stays true. */
  private readonly known = new Set<string>();

  constructor(private readonly db: Database) {}

  /** Whether `id` is a department's (an officer's token must name one). */
  async exists(id: string): Promise<boolean> {
    if (this.known.has(id)) return true;
    const found = (await this.db('departments').where({ id }).first('id')) !== undefined;
    if (found && this.known.size < 100_000) this.known.add(id);
    return found;
  }

  /** Every department, or those of a region and the regions inside it (370000: Shandong's, Jinan's, Lixia's …), by region then name. */
  async list(region?: string): Promise<Department[]> {
    const query = this.db('departments').orderBy([{ column: 'region' }, { column: 'name_zh' }]);
    if (region !== undefined) {
      const key = checkedRegion(region);
      if (key === NATIONAL_REGION) query.where({ region: key });
      else query.where('region', 'like', `${divisionPrefix(key)}%`);
    }
    return ((await query) as DepartmentRow[]).map(toDepartment);
  }

  async get(id: string): Promise<Department | undefined> {
    const row = (await this.db('departments').where({ id }).first()) as DepartmentRow | undefined;
    return row ? toDepartment(row) : undefined;
  }

  /** A new department of a region; one of the same name in that region already is DEPARTMENT_EXISTS. */
  async create(input: NewDepartment, by: string, at: string): Promise<Department> {
    const region = checkedRegion(input.region);
    const name = input.name.trim();
    const before = (await this.db('departments').where({ region, name_zh: name }).first()) as DepartmentRow | undefined;
    if (before) throw new DomainError('DEPARTMENT_EXISTS', { name, region, id: before.id });
    return ensureDepartment(this.db, { ...input, region }, by, at);
  }
}
