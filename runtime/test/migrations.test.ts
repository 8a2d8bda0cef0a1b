// The numbered migrations (runtime/src/db/migrations/): a fresh database gets every one; a database at the
// last one is left as it is (a database migrated by an older OneGo records the same names); a database
// migrated by a newer OneGo is refused; the one-off step after 011 gives the versions published before it
// the packing dictionary a publication gives, the one after 014 catalogues the matters of the versions
// published before it and pins the versions to them; `onego migrate` runs them alone and says what it applied.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { BundleCatalog } from '../src/bundles/bundleCatalog.ts';
import { publishExamples } from '../src/bundles/publishExamples.ts';
import { createDatabase } from '../src/db/createDatabase.ts';
import { MIGRATIONS, migrationSource } from '../src/db/migrations.ts';
import { OPEN_TASKS } from '../src/db/taskInbox.ts';
import { migrateDatabase } from '../src/migrateDatabase.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'onego-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const names = MIGRATIONS.map((m) => m.name);

async function withDatabase<T>(name: string, use: (db: Knex) => Promise<T>): Promise<T> {
  const db = createDatabase(path.join(dir, `${name}.sqlite`));
  try {
    return await use(db);
  } finally {
    await db.destroy();
  }
}

/** The schema as SQLite keeps it: every table and index, with its SQL. */
const schemaOf = (db: Knex) => db('sqlite_master').select('type', 'name', 'sql').orderBy(['type', 'name']);

describe('migrations', () => {
  it('are numbered files, in order, each named once', () => {
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
    for (const [i, name] of names.entries()) expect(name).toMatch(new RegExp(`^${String(i + 1).padStart(3, '0')}_[a-z0-9_]+$`));
  });

  it('migrate a fresh database: every migration, recorded by name, then the one-off step', async () => {
    await withDatabase('fresh', async (db) => {
      const report = await migrateDatabase(db);
      expect(report.migrations).toEqual(names);
      expect(report.steps).toHaveLength(2);
      expect(await db('knex_migrations').orderBy('id').pluck('name')).toEqual(names);
      // The inbox queries name the very WHERE of the partial index (SQLite uses it only then).
      const index = await db('sqlite_master').where({ name: 'tasks_open_inbox_index' }).first<{ sql: string }>('sql');
      expect(index?.sql).toContain(`where ${OPEN_TASKS}`);
    });
  });

  it('leave a database at the last migration unchanged', async () => {
    await withDatabase('fresh', async (db) => {
      const before = { schema: await schemaOf(db), recorded: await db('knex_migrations').select() };
      expect(await migrateDatabase(db)).toEqual({ migrations: [], steps: [] });
      expect({ schema: await schemaOf(db), recorded: await db('knex_migrations').select() }).toEqual(before);
    });
  });

  it('refuse a database migrated by a newer OneGo, naming what it does not know', async () => {
    await withDatabase('newer', async (db) => {
      await migrateDatabase(db);
      await db('knex_migrations').insert({ name: '999_from_the_future', batch: 2, migration_time: new Date() });
      await expect(migrateDatabase(db)).rejects.toThrow(/newer OneGo \(999_from_the_future\)/);
    });
  });

  it('after 011, give the versions published before it the dictionary a publication gives them', async () => {
    const published = await withDatabase('published', async (db) => {
      await migrateDatabase(db);
      await publishExamples(new BundleCatalog(db), 'examples', '2026-01-05T00:00:00.000Z', pino({ level: 'silent' }));
      return db('bundle_versions').orderBy(['bundle_id', 'version']).select<Record<string, unknown>[]>();
    });
    expect(published.length).toBeGreaterThan(0);
    expect(published.every((v) => typeof v['packing'] === 'string')).toBe(true);

    await withDatabase('before-011', async (db) => {
      const before011 = MIGRATIONS.filter((m) => m.name < '011');
      await db.migrate.latest({ migrationSource: migrationSource(before011) });
      const withoutPacking = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([column]) => column !== 'packing' && column !== 'departments'));
      for (const row of published) await db('bundle_versions').insert(withoutPacking(row));
      // A definition this OneGo cannot compile keeps no dictionary.
      await db('bundle_versions').insert({ ...withoutPacking(published[0] ?? {}), bundle_id: 'broken', definition: '{"bundle":{},"matters":[]}' });

      const report = await migrateDatabase(db);
      expect(report.migrations).toEqual(names.filter((name) => name >= '011'));
      expect(report.steps).toHaveLength(2);
      const after = await db('bundle_versions').orderBy(['bundle_id', 'version']).select<Record<string, unknown>[]>();
      // Migration 016 names the departments `<short id>-<region>` where the database had none (this one had no catalogue).
      expect(after.filter((v) => v['bundle_id'] !== 'broken').map(withoutPacking)).toEqual(published.map(withoutPacking));
      expect(after.filter((v) => v['bundle_id'] !== 'broken').map((v) => v['packing'])).toEqual(published.map((v) => v['packing']));
      expect(after.find((v) => v['bundle_id'] === 'broken')?.['packing']).toBeNull();
    });

    // After 014: the matters of the versions published before it are catalogued, and the versions pinned.
    await withDatabase('before-014', async (db) => {
      await db.migrate.latest({ migrationSource: migrationSource(MIGRATIONS.filter((m) => m.name < '014')) });
      const withoutDepartments = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([column]) => column !== 'departments'));
      for (const row of published) await db('bundle_versions').insert(withoutDepartments(row));
      // A later version of the newborn bundle with another definition of one of its matters.
      const newborn = published.find((v) => v['bundle_id'] === 'henan-newborn') ?? {};
      const definition = JSON.parse(String(newborn['definition'])) as { matters: { id: string; visits: { count: number } }[] };
      const changed = definition.matters.find((m) => m.id === 'birth-registration');
      if (!changed) throw new Error('the newborn bundle has no birth-registration');
      changed.visits = { count: 0 };
      await db('bundle_versions').insert({ ...withoutDepartments(newborn), version: 2, definition: JSON.stringify(definition), published_at: '2026-02-01T00:00:00.000Z' });

      const report = await migrateDatabase(db);
      expect(report.migrations).toEqual(MIGRATIONS.filter((m) => m.name >= '014').map((m) => m.name));
      expect(report.steps).toEqual(['the matters of the bundle versions published before 014 catalogued and pinned']);
      expect(Number((await db('matters').count({ n: '*' }).first())?.n)).toBe(18);
      expect(await db('matter_versions').where({ matter_id: 'birth-registration' }).orderBy('version').pluck('version')).toEqual([1, 2]);
      const pins = await db('bundle_version_matters').where({ bundle_id: 'henan-newborn', matter_id: 'birth-registration' }).orderBy('bundle_version');
      expect(pins.map((p: { bundle_version: number; matter_version: number }) => [p.bundle_version, p.matter_version])).toEqual([
        [1, 1],
        [2, 2],
      ]);
      expect(Number((await db('bundle_version_matters').count({ n: '*' }).first())?.n)).toBe(18 + 6);

      // 016: each version names the regional department of each matter, made as <short id>-<region>;
      // the catalogue, filled after it, finds the same records by region and name.
      const departmentsOf = async (bundleId: string) => JSON.parse(String((await db('bundle_versions').where({ bundle_id: bundleId, version: 1 }).first<{ departments: string } | undefined>('departments'))?.departments)) as Record<string, string>;
      expect(await departmentsOf('henan-newborn')).toMatchObject({ 'birth-household-registration': 'police-410000', 'birth-medical-certificate': 'health-410000', 'vaccination-certificate': 'health-410000' });
      expect(await departmentsOf('school-enrolment')).toMatchObject({ 'household-verification': 'police-370102', 'vaccination-check': 'health-370102' });
      expect(await db('departments').where({ id: 'police-410000' }).first('name_zh', 'region')).toEqual({ name_zh: '公安局', region: '410000' });
      expect(await db('departments').where({ id: 'police-370102' }).first('name_zh', 'region')).toEqual({ name_zh: '济南市公安局历下区分局', region: '370102' });
      expect(await db('matters').where({ id: 'birth-household-registration' }).first('department_id')).toEqual({ department_id: 'police-410000' });
    });
  });
});

describe('onego migrate', () => {
  const migrate = (file: string, ...args: string[]) =>
    spawnSync(process.execPath, ['runtime/bin/onego.js', 'migrate', ...args], { encoding: 'utf8', env: { ...process.env, ONEGO_DATABASE_URL: `sqlite:${file}` } });

  it('migrates a fresh file and reports what it applied, then that nothing was left to do', async () => {
    const file = path.join(dir, 'cli', 'onego.sqlite');
    const first = migrate(file, '--lang', 'en');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout.trim().split('\n')).toEqual([
      ...names.map((name) => `applied migration ${name}`),
      'ran the one-off step: packing dictionaries of the versions published before 011',
      'ran the one-off step: the matters of the bundle versions published before 014 catalogued and pinned',
      `the database is up to date now (${names.length} migrations): ${file}`,
    ]);
    const db = knex({ client: 'sqlite3', connection: { filename: file }, useNullAsDefault: true });
    try {
      expect(await db('knex_migrations').orderBy('id').pluck('name')).toEqual(names);
      expect(await db('bundle_versions').count({ n: '*' }).first()).toEqual({ n: 0 }); // migrations only: nothing published
    } finally {
      await db.destroy();
    }
    const again = migrate(file);
    expect(again.status).toBe(0);
    expect(again.stdout.trim()).toBe(`数据库已是最新（${names.length} 个迁移），未做更改：${file}`);
  });

  it('fails with a message, not a stack trace, on a database it cannot open', () => {
    const notAFolder = path.join(dir, 'not-a-folder');
    writeFileSync(notAFolder, '');
    const result = migrate(path.join(notAFolder, 'onego.sqlite'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).toContain('not-a-folder');
  });
});
