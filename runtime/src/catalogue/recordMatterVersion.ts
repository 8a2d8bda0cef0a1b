// Matters published before they were catalogued — the examples' files, the matters inside bundle versions
// published before the catalogue existed — recorded as catalogue versions, with their region's department.
// Safe when two processes do it at once: the database's keys decide who inserts (insert … on conflict do
// nothing), never a read followed by a write.
import type { Matter } from '@onego/schemas/types';
import type { Knex } from 'knex';
import { catalogueDepartmentId, ensureDepartment } from './departments.ts';
import { matterDigest } from './matterDigest.ts';

export interface RecordOptions {
  region: string;
  regionName?: string;
  by: string;
  at: string;
  /**
   * When the entry exists with no identical version: record the matter as its next version (a matter a
   * bundle version really used), rather than leave the entry as it is (the examples: seeded once).
   */
  asNextVersion: boolean;
}

/** The version of `matterId` whose definition is `matter` (same digest), if the catalogue has one. */
export async function identicalVersion(db: Knex, matterId: string, matter: unknown): Promise<number | undefined> {
  const row = await db('matter_versions').where({ matter_id: matterId, digest: matterDigest(matter) }).orderBy('version').first<{ version: number } | undefined>('version');
  return row ? Number(row.version) : undefined;
}

export interface Recorded {
  /** The catalogue version identical to the matter; undefined when the entry exists without one and `asNextVersion` is off. */
  version: number | undefined;
  /** This call made the entry (another process may have made it at the same time: then not). */
  created: boolean;
}

/** Records `matter` in the catalogue: its entry and version 1 when new, with its department. */
export async function recordMatterVersion(db: Knex, matter: Matter, options: RecordOptions): Promise<Recorded> {
  const definition = { ...matter } as Matter & { $schema?: string };
  delete definition.$schema;
  // A definition too broken to name its entry and department (never published so, but stored data is
  // what it is): left out of the catalogue.
  const named = (text: unknown): boolean => typeof (text as { zh?: unknown } | undefined)?.zh === 'string';
  if (typeof definition.id !== 'string' || !named(definition.name) || !named((definition.department as Matter['department'] | undefined)?.name)) return { version: undefined, created: false };
  const found = await identicalVersion(db, definition.id, definition);
  if (found !== undefined) return { version: found, created: false };
  await ensureDepartment(db, { name: definition.department.name.zh, nameEn: definition.department.name.en, region: options.region, ...(options.regionName ? { regionName: options.regionName } : {}) }, options.by, options.at);
  const departmentId = await catalogueDepartmentId(definition as unknown as Record<string, unknown>, options.region, db);
  const json = JSON.stringify(definition);
  const version = { matter_id: definition.id, definition: json, digest: matterDigest(definition), published_by: options.by, published_at: options.at };
  const inserted = await db('matters')
    .insert({
      id: definition.id,
      code: definition.code ?? null,
      name_zh: definition.name.zh,
      name_en: definition.name.en,
      department_id: departmentId,
      department_name: definition.department.name.zh,
      region: options.region,
      latest_version: 1,
      created_by: options.by,
      created_at: options.at,
    })
    .onConflict()
    .ignore()
    .returning('id');
  const created = inserted.length > 0;
  const entry = await db('matters').where({ id: definition.id }).first<{ latest_version: number } | undefined>('latest_version');
  if (!entry) return { version: undefined, created }; // its code is another entry's: left out of the catalogue
  const latest = Number(entry.latest_version);
  if (latest <= 1) await db('matter_versions').insert({ ...version, version: 1 }).onConflict(['matter_id', 'version']).ignore();
  const again = await identicalVersion(db, definition.id, definition);
  if (again !== undefined || !options.asNextVersion) return { version: again, created };
  const next = latest + 1;
  await db('matter_versions').insert({ ...version, version: next });
  await db('matters').where({ id: definition.id }).update({ latest_version: next });
  return { version: next, created };
}
