// The regional department of each matter of a bundle version: where its tasks go. A matter names its
// department by an id and a name; the id may be a department record's (gonganju-370102), else the
// department is the one of that name in the matter's catalogue region (the bundle's region when the matter
// is not catalogued), made when there is none. Two regions' 公安局 are so two departments, never one inbox.
import type { Bundle, Matter } from '@onego/schemas/types';
import type { Knex } from 'knex';
import { ensureDepartment } from './departments.ts';

/** matter id → department id, as bundle_versions.departments stores it. */
export type MatterDepartments = Record<string, string>;

export async function matterDepartments(db: Knex, bundle: Bundle, matters: readonly Matter[], by: string, at: string): Promise<MatterDepartments> {
  const bundleRegion = bundle.region?.divisionCode ?? 'national';
  const departments: MatterDepartments = {};
  for (const matter of matters) {
    const named = matter.department.id;
    if (await db('departments').where({ id: named }).first('id')) {
      departments[matter.id] = named;
      continue;
    }
    const entry = await db('matters').where({ id: matter.id }).first<{ region: string } | undefined>('region');
    const region = entry?.region ?? bundleRegion;
    const department = await ensureDepartment(
      db,
      {
        name: matter.department.name.zh,
        ...(matter.department.name.en ? { nameEn: matter.department.name.en } : {}),
        region,
        ...(region === bundleRegion && bundle.region ? { regionName: bundle.region.name.zh } : {}),
      },
      by,
      at,
    );
    departments[matter.id] = department.id;
  }
  return departments;
}

/** The matters with the department each one's tasks go to as their department id. */
export function withMatterDepartments(matters: readonly Matter[], departments: MatterDepartments | undefined): Matter[] {
  if (!departments) return [...matters];
  return matters.map((m) => {
    const id = departments[m.id];
    return id && id !== m.department.id ? { ...m, department: { ...m.department, id } } : m;
  });
}
